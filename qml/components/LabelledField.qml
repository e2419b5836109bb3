// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbour

// A short field with its label above (and a hint): parts of a date, a time, an area.
// Bound to the page's draft in both directions, so two views of one field always agree.
ColumnLayout {
    id: root
    required property string field
    required property string label
    property string hint: ""
    // The screen reader's name; contains the visible label (WCAG 2.5.3).
    property string accessibleName: label
    // Width in characters; 0 fills the line.
    property int characters: 0
    property int inputHints: Qt.ImhNoPredictiveText
    // A date's parts share one message above them (DateFields), so they do not repeat it.
    property bool showError: true
    readonly property real characterWidth: fontMetrics.averageCharacterWidth * root.characters + 3 * Theme.smallSpacing
    readonly property string error: Session.flow.fieldErrors[root.field] || ""

    spacing: Theme.smallSpacing / 2
    // The label and hint wrap at the page's width; only the box is as wide as its characters.
    Layout.fillWidth: true

    function focusInput() {
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
        text: Session.flow.draft[root.field] || ""
        font.pixelSize: Theme.bodySize
        color: Theme.text
        inputMethodHints: root.inputHints
        leftPadding: Theme.smallSpacing
        rightPadding: Theme.smallSpacing
        Accessible.role: Accessible.EditableText
        Accessible.name: root.accessibleName
        Accessible.description: root.hint
        onTextEdited: Session.flow.setDraftValue(root.field, text)
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
