// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Harbour

// One question per page (GOV.UK): the heading is the question.
PageScaffold {
    id: page
    objectName: "question-" + question.id
    required property var question
    property string errorMessage: ""
    signal continued()
    signal backRequested()

    title: question.title
    readonly property bool isChoice: question.type === "single" || question.type === "multiple"
    readonly property string headingText: question.optional ? qsTr("%1 (optional)").arg(question.title) : question.title

    function answered() {
        const value = Session.report.answers[page.question.id]
        return value !== undefined && String(value).trim().length > 0
    }
    function submit() {
        if (!page.question.optional && !page.answered()) {
            page.errorMessage = page.question.missing
            summary.forceActiveFocus()
            return
        }
        page.errorMessage = ""
        page.continued()
    }
    function focusAnswer() {
        if (page.isChoice)
            choices.focusFirst()
        else
            textAnswer.focusInput()
    }

    BackLink {
        onClicked: page.backRequested()
    }
    ErrorSummary {
        id: summary
        message: page.errorMessage
        onLinkActivated: page.focusAnswer()
    }
    Heading {
        text: page.headingText
    }
    BodyText {
        hint: true
        text: page.question.hint || ""
        visible: text.length > 0
    }
    Text {
        Layout.fillWidth: true
        visible: page.errorMessage.length > 0
        text: qsTr("Error: %1").arg(page.errorMessage)
        color: Theme.error
        font.pixelSize: Theme.bodySize
        font.bold: true
        wrapMode: Text.Wrap
    }
    TextAnswer {
        id: textAnswer
        visible: !page.isChoice
        focus: !page.isChoice
        questionId: page.question.id
        label: page.headingText
        multiLine: page.question.type === "text"
        hasError: page.errorMessage.length > 0
    }
    ChoiceAnswer {
        id: choices
        visible: page.isChoice
        questionId: page.question.id
        options: page.question.options || []
        multiple: page.question.type === "multiple"
    }
    AppButton {
        text: qsTr("Continue")
        onClicked: page.submit()
    }
}
