// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi

// The language control: the drawn "文A" sign (no font or emoji needed) and the current language
// named in its own script, so a person who reads no English still recognises it.
AppButton {
    id: control
    objectName: "languageButton"
    kind: AppButton.Secondary
    property string languageName: "English"
    text: control.languageName
    // What the control is, in the current language, with the visible name in it (WCAG 2.5.3).
    Accessible.name: qsTr("Language: %1").arg(control.languageName)
    implicitWidth: Math.max(Theme.targetSize * 2, contentItem.implicitWidth + 32)
    implicitHeight: Math.max(Theme.targetSize, contentItem.implicitHeight + 16)

    contentItem: Item {
        implicitWidth: children[0].implicitWidth
        implicitHeight: children[0].implicitHeight
        RowLayout {
            anchors.centerIn: parent
            width: Math.min(implicitWidth, parent.width)
            spacing: Theme.smallSpacing
            Image {
                Layout.preferredWidth: Math.round(Theme.bodySize * 2)
                Layout.preferredHeight: Layout.preferredWidth
                source: "qrc:/harbour/pictures/language.svg"
                sourceSize.width: width
                sourceSize.height: height
                fillMode: Image.PreserveAspectFit
                Accessible.ignored: true
            }
            Text {
                Layout.fillWidth: true
                text: control.languageName
                font: control.font
                color: control.labelColour
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
                Accessible.ignored: true
            }
        }
    }
}
