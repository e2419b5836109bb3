// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Harbour

// The answer area of a single- or multiple-choice question page.
ColumnLayout {
    id: root
    required property var question
    spacing: Theme.smallSpacing

    function focusField(field) {
        choices.focusFirst()
    }

    FieldError {
        message: Session.flow.fieldErrors["value"] || ""
    }
    ChoiceAnswer {
        id: choices
        options: root.question.options
        multiple: root.question.type === "multiple"
    }
}
