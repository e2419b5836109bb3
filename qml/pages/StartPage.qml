// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

PageScaffold {
    id: page
    objectName: "StartPage"
    title: qsTr("Report a hate crime")
    heading: pageHeading

    Heading {
        id: pageHeading
        text: qsTr("Report a hate crime or hate incident")
    }
    // On a wide screen the display options are in the side panel, beside the introduction.
    DisplayOptions {
        visible: !page.wide
        onLanguageRequested: Session.flow.showPage(QuestionFlow.Language)
    }
    sidePanel.showContacts: false
    sidePanel.showLanguage: true
    onSideLanguageRequested: Session.flow.showPage(QuestionFlow.Language)
    BodyText {
        visible: !Session.preferences.easyRead
        text: qsTr("Use this to tell an organisation about something that happened to you or someone else because of who they are.")
    }
    BodyText {
        visible: !Session.preferences.easyRead
        text: qsTr("It takes about 10 minutes. You do not have to give your name. Only %1 can read what you send.").arg(Session.recipientNames)
    }
    BodyText {
        visible: !Session.preferences.easyRead
        text: qsTr("You can press Exit at any time. It clears everything you have typed.")
    }
    EasyRead {
        ideas: [
            { picture: "speech", text: qsTr("Tell us when someone was hurt or scared because of who they are.") },
            { picture: "clock", text: qsTr("It takes about 10 minutes.") },
            { picture: "mask", text: qsTr("You do not have to give your name.") },
            { picture: "lock", text: qsTr("Only %1 can read what you send.").arg(Session.recipientNames) },
            { picture: "exit", text: qsTr("Press Exit at any time. It clears everything you typed.") }
        ]
    }
    AppButton {
        id: startButton
        objectName: "startButton"
        text: qsTr("Start now")
        onClicked: Session.flow.start()
    }
    // The way back: replies to a report sent earlier, from this device or another.
    AppButton {
        kind: AppButton.Secondary
        // The column's width: as wide as its words, it widened the first page past 320 px at 200 % text.
        Layout.fillWidth: true
        text: qsTr("I have a follow-up code")
        Accessible.name: qsTr("I have a follow-up code: read replies to my report")
        onClicked: Session.flow.showPage(QuestionFlow.FollowUpCode)
    }
    BodyText {
        visible: Session.kiosk.assisted
        font.bold: true
        text: qsTr("Assisted mode is on: the report will say that a volunteer helped, never who.")
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: danger.implicitHeight + 2 * Theme.spacing
        color: Theme.inset
        border.color: Theme.border
        border.width: Theme.highContrast ? 2 : 0
        // Signposting: the numbers come from the recipient directory's data (docs/accessibility.md); the
        // sentence is the fallback when no directory is usable.
        ColumnLayout {
            id: danger
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
            spacing: Theme.smallSpacing
            BodyText {
                visible: otherWays.count > 0
                text: qsTr("If you are in danger now, or would rather phone:")
                font.bold: true
            }
            SupportContacts {
                id: otherWays
                model: Session.directory.startContacts
                fallback: qsTr("If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. "
                               + "For non-emergencies call 101.")
            }
        }
    }
    // Kiosk only, at the end of the page: volunteers (assisted mode) and the organisation's admin.
    AppButton {
        visible: Session.kioskMode
        kind: AppButton.Secondary
        text: qsTr("Staff: I am helping someone")
        onClicked: Session.flow.showPage(QuestionFlow.Staff)
    }
}
