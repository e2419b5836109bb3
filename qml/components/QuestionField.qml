// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// One of a group's questions on an item's page: its label, hint, error and answer control.
ColumnLayout {
    id: root
    required property questionView question
    readonly property bool isText: question.type === QuestionType.Line || question.type === QuestionType.Text

    Layout.fillWidth: true
    spacing: Theme.smallSpacing

    function focusInput(): void {
        if (root.isText)
            (answer.item as TextAnswer).focusInput()
        else
            (answer.item as ChoiceAnswer).focusFirst()
    }

    Text {
        Layout.fillWidth: true
        text: root.question.heading
        font.pixelSize: Theme.bodySize * 1.1
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    BodyText {
        hint: true
        visible: text.length > 0 && !easyRead.visible
        text: root.question.hint
    }
    // Easy read: the question's short sentences with pictures instead of its hint.
    EasyRead {
        id: easyRead
        ideas: root.question.easyRead
    }
    FieldError {
        id: errorLine
        message: Session.flow.fieldErrors[root.question.id] || ""
    }
    // A text answer speaks this question's error and hint after its name.
    Binding {
        target: answer.item
        when: root.isText && answer.status === Loader.Ready
        property: "description"
        value: errorLine.spoken(errorLine.message, root.question.hint)
    }
    // Loaded by URL with its properties: see QuestionPage.qml.
    Loader {
        id: answer
        Layout.fillWidth: true
        Component.onCompleted: {
            if (root.isText)
                setSource("TextAnswer.qml", { field: root.question.id, label: root.question.heading,
                                              multiLine: root.question.type === QuestionType.Text })
            else
                setSource("ChoiceAnswer.qml", { field: root.question.id, options: root.question.options,
                                                multiple: root.question.type === QuestionType.Multiple,
                                                legend: root.question.title, groupName: root.question.heading })
        }
    }
}
