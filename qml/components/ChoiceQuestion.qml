// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import HarbourUi
import Harbour

// The answer area of a single-choice, multiple-choice or yes/no question page (yes/no: the flow
// supplies Yes, No and perhaps I don't know as its options).
AnswerArea {
    id: root
    spacing: Theme.smallSpacing

    onFocusRequested: choices.focusFirst()

    FieldError {
        message: Session.flow.fieldErrors["value"] || ""
    }
    ChoiceAnswer {
        id: choices
        options: root.question.options
        groupName: root.question.heading
        multiple: root.question.type === QuestionType.Multiple
    }
}
