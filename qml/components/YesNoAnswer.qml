// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Harbour

// The answer area of a yes/no question: Yes, No (and I don't know); the flow supplies the labels.
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
    }
}
