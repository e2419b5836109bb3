// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbour

// Single or multiple choice. An "exclusive" option (like "I don't know") clears the others.
ColumnLayout {
    id: root
    required property string questionId
    required property var options
    property bool multiple: false
    property bool hasError: false
    // Re-read when the report changes, so Change from the check page shows the saved answer.
    readonly property var saved: Session.report.answers[questionId]

    Layout.fillWidth: true
    spacing: Theme.smallSpacing

    function isChosen(value) {
        if (root.saved === undefined)
            return false
        return root.multiple ? root.saved.indexOf(value) >= 0 : root.saved === value
    }
    function choose(option, chosen) {
        if (!root.multiple) {
            Session.report.setAnswer(root.questionId, option.value)
            return
        }
        if (chosen && option.exclusive) {
            Session.report.setAnswer(root.questionId, [option.value])
            return
        }
        if (chosen) {
            for (const other of root.options) {
                if (other.exclusive)
                    Session.report.setChoice(root.questionId, other.value, false)
            }
        }
        Session.report.setChoice(root.questionId, option.value, chosen)
    }
    function focusFirst() {
        if (repeater.count > 0)
            repeater.itemAt(0).forceActiveFocus()
    }

    ButtonGroup { id: group; exclusive: !root.multiple }

    Repeater {
        id: repeater
        model: root.options
        delegate: ChoiceOption {
            required property var modelData
            required property int index
            multiple: root.multiple
            ButtonGroup.group: root.multiple ? null : group
            text: modelData.label
            checked: root.isChosen(modelData.value)
            onToggled: {
                root.choose(modelData, checked)
                // Clicking breaks the binding; restore it so the saved answer stays the truth.
                checked = Qt.binding(() => root.isChosen(modelData.value))
            }
        }
    }
}
