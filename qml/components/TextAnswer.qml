// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi
import Harbour

// Free-text answer: a large box for long answers, one line for short ones. Writes the page's draft.
FocusScope {
    id: root
    // The draft key it edits: "value" on a question page, the sub-question's id on an item page.
    property string field: "value"
    required property string label
    property bool multiLine: true
    // Spoken after the field's name: its error ("Error: ...") and hint, as the page shows them.
    property string description: ""
    readonly property bool hasError: (Session.flow.fieldErrors[root.field] || "").length > 0

    Layout.fillWidth: true
    implicitHeight: multiLine ? Math.max(Theme.targetSize * 4, area.implicitHeight + 6)
                              : Math.max(Theme.targetSize, field.implicitHeight + 6)

    // Loaded once: the text being typed is the truth, and each change goes to the draft.
    Component.onCompleted: {
        const saved = Session.flow.draft[root.field]
        const text = saved === undefined ? "" : String(saved)
        if (root.multiLine)
            area.text = text
        else
            field.text = text
    }
    function leave(event: KeyEvent, forward: bool): void {
        const next = area.nextItemInFocusChain(forward)
        if (next && next !== area)
            next.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason)
        event.accepted = true
    }
    function focusInput(): void {
        if (root.multiLine)
            area.forceActiveFocus()
        else
            field.forceActiveFocus()
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
        border.width: root.activeFocus ? Theme.focusWidth + 1 : (root.hasError ? Theme.focusWidth : 2)
        border.color: root.hasError ? Theme.error : (root.activeFocus ? Theme.focusRing : Theme.border)
    }
    ScrollView {
        visible: root.multiLine
        anchors.fill: parent
        anchors.margins: 3
        TextArea {
            id: area
            focus: root.multiLine
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.bodySize
            color: Theme.text
            background: null
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.role: Accessible.EditableText
            Accessible.name: root.label
            Accessible.description: root.description
            onTextChanged: if (root.multiLine) Session.flow.setDraftValue(root.field, text)
            // Tab and Shift+Tab leave the box like any other field (a TextArea would type a tab
            // character and keep the focus: a keyboard trap, WCAG 2.1.2). A report never needs a
            // tab character, so no key types one.
            Keys.onTabPressed: event => root.leave(event, true)
            Keys.onBacktabPressed: event => root.leave(event, false)
        }
    }
    TextField {
        id: field
        visible: !root.multiLine
        focus: !root.multiLine
        anchors.fill: parent
        anchors.margins: 3
        font.pixelSize: Theme.bodySize
        color: Theme.text
        background: null
        inputMethodHints: Qt.ImhNoPredictiveText
        Accessible.role: Accessible.EditableText
        Accessible.name: root.label
        Accessible.description: root.description
        onTextChanged: if (!root.multiLine) Session.flow.setDraftValue(root.field, text)
    }
}
