// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import HarbourUi
import Harbour

// The answer area of a yes/no question: Yes, No (and I don't know); the flow supplies the labels.
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
    }
}
