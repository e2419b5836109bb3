// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Harbour

// The answer area of a free-text question page ("text": a large box, "line": one line).
ColumnLayout {
    id: root
    required property var question
    spacing: Theme.smallSpacing

    function focusField(field) {
        input.focusInput()
    }

    FieldError {
        message: Session.flow.fieldErrors["value"] || ""
    }
    TextAnswer {
        id: input
        focus: true
        label: root.question.heading
        multiLine: root.question.type === "text"
    }
}
