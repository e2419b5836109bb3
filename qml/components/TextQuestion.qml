// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import HarbourUi
import Harbour

// The answer area of a free-text question page ("text": a large box, "line": one line).
AnswerArea {
    id: root
    spacing: Theme.smallSpacing

    onFocusRequested: input.focusInput()

    FieldError {
        id: errorLine
        message: Session.flow.fieldErrors["value"] || ""
    }
    TextAnswer {
        id: input
        focus: true
        label: root.question.heading
        // The hint is the heading's description (QuestionHeader); the error is the field's.
        description: errorLine.visible ? errorLine.text : ""
        multiLine: root.question.type === QuestionType.Text
    }
}
