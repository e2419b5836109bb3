// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// One question per page (GOV.UK): the heading is the question; the answer control suits its type.
// The answer area is loaded by URL: Qt 6.4 refuses bound inline components in a Loader, and
// the linter refuses unbound ones that reach the page.
FormPage {
    id: page
    objectName: "question-" + question.id
    // Session.flow.current when the page was made (translated texts).
    required property questionView question

    title: question.title
    // The loaded answer area (each type's is a different AnswerArea) focuses its field.
    onFieldRequested: field => (answer.item as AnswerArea)?.focusRequested(field)

    heading: header.headingItem

    QuestionHeader {
        id: header
        section: page.question.section
        heading: page.question.heading
        hint: page.question.hint
        easyRead: page.question.easyRead
    }
    // Made by URL with its question (not an inline Component: see above).
    Loader {
        id: answer
        Layout.fillWidth: true
        Component.onCompleted: {
            const files = new Map([[QuestionType.Text, "TextQuestion"], [QuestionType.Line, "TextQuestion"],
                                   [QuestionType.YesNo, "ChoiceQuestion"], [QuestionType.Date, "DateTimeAnswer"],
                                   [QuestionType.Place, "PlaceAnswer"], [QuestionType.Group, "GroupAnswer"],
                                   [QuestionType.Single, "ChoiceQuestion"], [QuestionType.Multiple, "ChoiceQuestion"]])
            setSource("../components/" + files.get(page.question.type) + ".qml", { question: page.question })
        }
    }
    AppButton {
        // A long label at 200 % text wraps inside the page instead of widening it.
        Layout.maximumWidth: parent ? parent.width : Infinity
        text: qsTr("Continue")
        onClicked: page.submit()
    }
}
