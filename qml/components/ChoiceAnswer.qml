// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Harbour

// Single or multiple choice over the page's draft. The flow makes an "exclusive" option
// (like "I don't know") clear the others.
ColumnLayout {
    id: root
    property string field: "value"
    required property var options
    property bool multiple: false
    // Added to each option's accessible name when several questions share a page ("A man, What gender...").
    property string legend: ""
    readonly property var saved: Session.flow.draft[root.field]

    Layout.fillWidth: true
    spacing: Theme.smallSpacing

    function isChosen(value) {
        if (root.saved === undefined)
            return false
        return root.multiple ? root.saved.indexOf(value) >= 0 : root.saved === value
    }
    function choose(value, chosen) {
        if (root.multiple)
            Session.flow.setDraftChoice(root.field, value, chosen)
        else if (chosen)
            Session.flow.setDraftValue(root.field, value)
    }
    function focusFirst() {
        const repeater = root.multiple ? boxes : radios
        if (repeater.count > 0)
            repeater.itemAt(0).forceActiveFocus()
    }
    // A tap (or a screen reader's action) on one option: the draft records it, and the option's
    // `checked`, which the tap broke away from the draft, is bound to the draft again.
    function optionToggled(option) {
        root.choose(option.modelData.value, option.checked)
        option.checked = Qt.binding(() => root.isChosen(option.modelData.value))
    }
    function accessibleName(label) {
        return root.legend.length > 0 ? qsTr("%1, %2").arg(label).arg(root.legend) : label
    }

    // Choose any: check boxes.
    Repeater {
        id: boxes
        model: root.multiple ? root.options : []
        delegate: ChoiceOption {
            id: box
            required property var modelData
            text: modelData.label
            hint: modelData.hint || ""
            accessibleName: root.accessibleName(modelData.label)
            checked: root.isChosen(modelData.value)
            onToggled: root.optionToggled(box)
        }
    }
    // Choose one: radio buttons.
    Repeater {
        id: radios
        model: root.multiple ? [] : root.options
        delegate: RadioOption {
            id: radio
            required property var modelData
            text: modelData.label
            hint: modelData.hint || ""
            accessibleName: root.accessibleName(modelData.label)
            checked: root.isChosen(modelData.value)
            onToggled: root.optionToggled(radio)
        }
    }
}
