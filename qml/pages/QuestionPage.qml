// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Harbour

// One question per page (GOV.UK): the heading is the question; the answer control suits its type.
// The answer area is loaded by URL: Qt 6.4 refuses bound inline components in a Loader, and
// the linter refuses unbound ones that reach the page.
PageScaffold {
    id: page
    objectName: "question-" + question.id
    // Session.flow.current when the page was made (a map with translated texts).
    required property var question
    // The flow moved (Continue, Back, or to a group item's page): Main shows its new page.
    signal navigated()
    // The loaded answer area; "var" because each type's area is a different component.
    readonly property var answerItem: answer.item

    title: question.title

    function submit() {
        if (Session.flow.next()) {
            page.navigated()
            return
        }
        summary.forceActiveFocus()
    }

    BackLink {
        onClicked: {
            Session.flow.back()
            page.navigated()
        }
    }
    ErrorSummary {
        id: summary
        model: Session.flow.errors
        onLinkActivated: field => page.answerItem.focusField(field)
    }
    QuestionHeader {
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
            const files = { text: "TextQuestion", line: "TextQuestion", yesno: "YesNoAnswer", date: "DateTimeAnswer",
                            place: "PlaceAnswer", group: "GroupAnswer", single: "ChoiceQuestion",
                            multiple: "ChoiceQuestion" }
            setSource("../components/" + files[page.question.type] + ".qml", { question: page.question })
        }
    }
    // A group's "Add" and "Change" open the item's page.
    Connections {
        target: page.answerItem
        ignoreUnknownSignals: true
        function onItemRequested() { page.navigated() }
    }
    AppButton {
        // A long label at 200 % text wraps inside the page instead of widening it.
        Layout.maximumWidth: parent ? parent.width : Infinity
        text: qsTr("Continue")
        onClicked: page.submit()
    }
}
