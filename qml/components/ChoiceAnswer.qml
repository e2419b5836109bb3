// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi
import Harbour

// Single or multiple choice over the page's draft. The flow makes an "exclusive" option
// (like "I don't know") clear the others.
ColumnLayout {
    id: root
    property string field: "value"
    // choiceView values (Session.flow.current's options or dateModes).
    required property var options
    property bool multiple: false
    // Added to each option's accessible name when several questions share a page ("A man, What gender...").
    property string legend: ""
    // The question the choices answer: a screen reader names the group by it when focus enters
    // ("What happened? grouping"), as a fieldset's legend is read on the web.
    property string groupName: ""
    readonly property var saved: Session.flow.draft[root.field]

    Layout.fillWidth: true
    spacing: Theme.smallSpacing
    Accessible.role: Accessible.Grouping
    Accessible.name: root.groupName

    function isChosen(value: string): bool {
        if (root.saved === undefined)
            return false
        return root.multiple ? root.saved.indexOf(value) >= 0 : root.saved === value
    }
    function choose(value: string, chosen: bool): void {
        if (root.multiple)
            Session.flow.setDraftChoice(root.field, value, chosen)
        else if (chosen)
            Session.flow.setDraftValue(root.field, value)
    }
    function focusFirst(): void {
        const repeater = root.multiple ? boxes : radios
        if (repeater.count > 0)
            repeater.itemAt(0).forceActiveFocus()
    }
    // A tap (or a screen reader's action) on one option: the draft records it, and the option's
    // `checked`, which the tap broke away from the draft, is bound to the draft again.
    function optionToggled(option: AbstractButton, value: string): void {
        root.choose(value, option.checked)
        option.checked = Qt.binding(() => root.isChosen(value))
    }
    function accessibleName(label: string): string {
        return root.legend.length > 0 ? qsTr("%1, %2").arg(label).arg(root.legend) : label
    }

    // Choose any: check boxes.
    Repeater {
        id: boxes
        model: root.multiple ? root.options : []
        delegate: ChoiceOption {
            id: box
            required property choiceView modelData
            text: modelData.label
            hint: modelData.hint
            accessibleName: root.accessibleName(modelData.label)
            checked: root.isChosen(modelData.value)
            onToggled: root.optionToggled(box, box.modelData.value)
        }
    }
    // Choose one: radio buttons.
    Repeater {
        id: radios
        model: root.multiple ? [] : root.options
        delegate: RadioOption {
            id: radio
            required property choiceView modelData
            text: modelData.label
            hint: modelData.hint
            accessibleName: root.accessibleName(modelData.label)
            checked: root.isChosen(modelData.value)
            onToggled: root.optionToggled(radio, radio.modelData.value)
        }
    }
}
