// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import HarbourUi
import Harbour

// The answer area of a single- or multiple-choice question page.
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
        multiple: root.question.type === QuestionType.Multiple
    }
}
