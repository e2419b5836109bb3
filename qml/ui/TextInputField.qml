// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A one-line field with its label above, a hint and its error (GOV.UK): the owner keeps the value
// (`value` in, `edited` out), so two views of one field always agree.
ColumnLayout {
    id: root
    required property string label
    property string hint: ""
    property string error: ""
    property string value: ""
    // The screen reader's name; contains the visible label (WCAG 2.5.3).
    property string accessibleName: label
    // Width in characters; 0 fills the line.
    property int characters: 0
    property int inputHints: Qt.ImhNoPredictiveText
    property int horizontalPadding: Theme.smallSpacing
    // Fields that share one message above them (a date's parts) do not repeat it; the box still
    // shows the error.
    property bool showError: true
    // Spoken after the field's name: its error, then its hint. A date's parts, which show neither
    // themselves, are given the date's (DateFields).
    property string description: errorLine.spoken(root.error, root.hint)
    readonly property real characterWidth: fontMetrics.averageCharacterWidth * root.characters + 3 * Theme.smallSpacing
    signal edited(string text)

    spacing: Theme.smallSpacing / 2
    // The label and hint wrap at the page's width; only the box is as wide as its characters.
    Layout.fillWidth: true

    function focusInput(): void {
        input.forceActiveFocus()
    }

    Text {
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        // In the reading order too (browse mode, read-aloud), not only as the field's name.
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
        id: errorLine
        message: root.showError ? root.error : ""
    }
    TextField {
        id: input
        // As wide as its characters, but never wider than the column (320 px at 200 % text):
        // a fixed preferred width would push the whole page sideways (WCAG 1.4.10).
        Layout.fillWidth: true
        Layout.preferredWidth: root.characters > 0 ? root.characterWidth : -1
        Layout.maximumWidth: root.characters > 0 ? root.characterWidth : 100000
        Layout.minimumHeight: Theme.targetSize
        Layout.minimumWidth: Theme.targetSize + 16
        text: root.value
        font.pixelSize: Theme.bodySize
        color: Theme.text
        inputMethodHints: root.inputHints
        leftPadding: root.horizontalPadding
        rightPadding: root.horizontalPadding
        Accessible.role: Accessible.EditableText
        Accessible.name: root.accessibleName
        Accessible.description: root.description
        onTextEdited: root.edited(text)
        background: Rectangle {
            color: Theme.background
            border.width: input.activeFocus ? Theme.focusWidth + 1 : (root.error.length > 0 ? Theme.focusWidth : 2)
            border.color: root.error.length > 0 ? Theme.error : (input.activeFocus ? Theme.focusRing : Theme.border)
        }
        FontMetrics {
            id: fontMetrics
            font: input.font
        }
    }
}
