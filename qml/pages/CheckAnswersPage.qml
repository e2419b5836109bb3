// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Harbour

PageScaffold {
    id: page
    objectName: "CheckAnswersPage"
    required property QuestionList questionList
    signal changeRequested(int index)
    signal backRequested()
    signal sent()
    title: qsTr("Check your answers before sending your report")

    BackLink {
        onClicked: page.backRequested()
    }
    Heading {
        text: page.title
    }
    Repeater {
        model: page.questionList.questions
        delegate: ColumnLayout {
            id: row
            required property var modelData
            required property int index
            readonly property string answer: page.questionList.answerText(modelData, Session.report.answers)
            Layout.fillWidth: true
            spacing: Theme.smallSpacing
            Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
            BodyText {
                text: row.modelData.title
                font.bold: true
            }
            BodyText {
                text: row.answer.length > 0 ? row.answer : qsTr("Not provided")
                color: row.answer.length > 0 ? Theme.text : Theme.secondaryText
            }
            AppButton {
                kind: AppButton.Secondary
                text: qsTr("Change")
                Accessible.name: qsTr("Change your answer to: %1").arg(row.modelData.title)
                onClicked: page.changeRequested(row.index)
            }
        }
    }
    Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
    Heading {
        text: qsTr("Now send your report")
        font.pixelSize: Theme.headingSize * 0.8
    }
    BodyText {
        text: qsTr("Your report is locked on this device so that only %1 can read it. If there is no internet now, it will be sent when there is.").arg(Session.recipientNames)
    }
    BodyText {
        visible: Session.errorMessage.length > 0
        text: Session.errorMessage
        color: Theme.error
        font.bold: true
    }
    AppButton {
        text: qsTr("Send report")
        onClicked: if (Session.send()) page.sent()
    }
}
