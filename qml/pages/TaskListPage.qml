// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// "Send now, or tell us more" (issue 15): after what the person wants, the story and why they
// think it was aimed at them, the report can go. The optional parts of the questionnaire are
// sections the person opens or skips (GOV.UK task list); each comes back here when answered.
FormPage {
    id: page
    objectName: "TaskListPage"
    title: qsTr("Send now, or tell us more")
    heading: pageHeading

    Heading {
        id: pageHeading
        text: page.title
        Accessible.description: easyRead.visible ? easyRead.ideas.map(idea => idea.text).join(" ") : introduction.text
    }
    BodyText {
        id: introduction
        visible: !easyRead.visible
        text: qsTr("You have told us enough to send your report. You can send it now.")
    }
    EasyRead {
        id: easyRead
        objectName: "taskListEasyRead"
        ideas: [{ picture: "sent", text: qsTr("You can send your report now.") },
                { picture: "list", text: qsTr("Or you can tell us more. You choose which parts.") },
                { picture: "question", text: qsTr("Every part is up to you. You can skip them all.") }]
    }
    AppButton {
        objectName: "sendNowButton"
        Layout.maximumWidth: parent ? parent.width : Infinity
        text: qsTr("Check and send your report")
        onClicked: page.submit()
    }
    Heading {
        id: moreHeading
        text: qsTr("Tell us more (optional)")
        font.pixelSize: Theme.headingSize * 0.8
    }
    BodyText {
        hint: true
        text: Session.routing.recordOnly
              ? qsTr("You asked only for it to be recorded, so you do not need to answer any of these. Open a part only if you want to.")
              : qsTr("More details can help them act, for example to find who did it or to keep you safe. Open any part you want and skip the rest.")
    }
    // Each section is a link with how much of it is answered (GOV.UK task list: name, then status).
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 0
        Accessible.role: Accessible.Grouping
        Accessible.name: moreHeading.text
        Repeater {
            model: Session.flow.sections
            delegate: Column {
                id: row
                required property string name
                required property int progress
                required property int answered
                required property int asked
                readonly property string status: row.progress === 0 ? qsTr("Not started")
                                                 : qsTr("%1 of %2 answered").arg(row.answered).arg(row.asked)
                Layout.fillWidth: true
                Rectangle { width: row.width; height: 1; color: Theme.border }
                ChangeLink {
                    objectName: "section-" + row.name
                    width: Math.min(implicitWidth, row.width)
                    textAlignment: Text.AlignLeft
                    spoken: true
                    text: row.name
                    Accessible.description: row.status
                    onClicked: Session.flow.enterSection(row.name)
                }
                BodyText {
                    width: row.width
                    bottomPadding: Theme.smallSpacing
                    text: row.status
                    color: row.progress === 0 ? Theme.secondaryText : Theme.text
                }
            }
        }
        Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.border }
    }
}
