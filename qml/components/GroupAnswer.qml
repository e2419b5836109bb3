// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// A repeatable group (GOV.UK "add another"): the items so far, each with Change and Remove,
// and a button that adds one. Each item is described on its own page (the flow moves there).
AnswerArea {
    id: root

    Layout.fillWidth: true
    spacing: Theme.spacing

    onFocusRequested: add.forceActiveFocus()

    BodyText {
        visible: Session.flow.items.count === 0
        text: qsTr("Nothing added yet.")
        hint: true
    }
    Repeater {
        model: Session.flow.items
        delegate: Rectangle {
            id: item
            required property int itemIndex
            required property string title
            required property string summary
            Layout.fillWidth: true
            implicitHeight: column.implicitHeight + 2 * Theme.spacing
            color: Theme.inset
            border.color: Theme.border
            border.width: Theme.highContrast ? 2 : 0
            ColumnLayout {
                id: column
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                spacing: Theme.smallSpacing
                Heading {
                    text: item.title
                    font.pixelSize: Theme.bodySize * 1.2
                }
                BodyText {
                    visible: text.length > 0
                    text: item.summary
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.smallSpacing
                    AppButton {
                        kind: AppButton.Secondary
                        text: qsTr("Change")
                        Accessible.name: qsTr("Change %1").arg(item.title)
                        onClicked: Session.flow.editItem(item.itemIndex)
                    }
                    AppButton {
                        kind: AppButton.Secondary
                        text: qsTr("Remove")
                        Accessible.name: qsTr("Remove %1").arg(item.title)
                        onClicked: Session.flow.removeItem(item.itemIndex)
                    }
                }
            }
        }
    }
    AppButton {
        // A long label at 200 % text wraps inside the page instead of widening it.
        Layout.maximumWidth: parent ? parent.width : Infinity
        id: add
        visible: Session.flow.items.count < root.question.maxItems
        kind: AppButton.Secondary
        text: root.question.addLabel
        onClicked: Session.flow.addItem()
    }
}
