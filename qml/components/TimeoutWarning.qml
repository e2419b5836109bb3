// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi

// "Do you need more time?" (GOV.UK timeout warning). Takes focus so it is read first.
Rectangle {
    id: root
    property int secondsLeft: 0
    signal moreTime()
    signal clearNow()

    color: Qt.rgba(0, 0, 0, 0.6)
    onVisibleChanged: if (visible) moreTimeButton.forceActiveFocus()
    // Nothing behind the warning can be reached while it is up.
    MouseArea { anchors.fill: parent }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pageMargin, Theme.maxContentWidth)
        implicitHeight: column.implicitHeight + 2 * Theme.spacing
        color: Theme.background
        border.color: Theme.border
        border.width: 3
        Accessible.role: Accessible.AlertMessage
        Accessible.name: title.text

        ColumnLayout {
            id: column
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
            spacing: Theme.spacing
            Heading {
                id: title
                text: qsTr("Do you need more time?")
            }
            BodyText {
                text: qsTr("To keep your report private, we will clear it in %n second(s) if you do nothing.", "", root.secondsLeft)
            }
            AppButton {
                id: moreTimeButton
                text: qsTr("I need more time")
                onClicked: root.moreTime()
            }
            AppButton {
                kind: AppButton.Secondary
                text: qsTr("Clear my report now")
                onClicked: root.clearNow()
            }
        }
    }
}
