// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi

// A box for a longer text of the way back (an answer, an addition): its label above, a hint, the
// error beside it (GOV.UK). The text stays in this item only; the keyboard must not learn it.
ColumnLayout {
    id: root
    required property string label
    property string hint: ""
    property string error: ""
    readonly property alias text: area.text

    Layout.fillWidth: true
    spacing: Theme.smallSpacing / 2

    function focusInput(): void {
        area.forceActiveFocus()
    }

    Text {
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Text {
        Layout.fillWidth: true
        visible: root.hint.length > 0
        text: root.hint
        font.pixelSize: Theme.hintSize
        color: Theme.secondaryText
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    FieldError {
        message: root.error
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Math.max(Theme.targetSize * 4, area.implicitHeight + 6)
        color: Theme.background
        border.width: area.activeFocus ? Theme.focusWidth + 1 : (root.error.length > 0 ? Theme.focusWidth : 2)
        border.color: root.error.length > 0 ? Theme.error : (area.activeFocus ? Theme.focusRing : Theme.border)
        TextArea {
            id: area
            anchors.fill: parent
            anchors.margins: 3
            wrapMode: TextEdit.Wrap
            leftPadding: Theme.smallSpacing
            rightPadding: Theme.smallSpacing
            font.pixelSize: Theme.bodySize
            color: Theme.text
            background: null
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
            Accessible.role: Accessible.EditableText
            Accessible.name: root.label
            Accessible.description: root.hint
        }
    }
}
