// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

PageScaffold {
    id: page
    objectName: "ConfirmationPage"
    // Finish: Main covers the screen and wipes the report, as Exit does.
    signal finished()
    readonly property bool delivered: Session.deliveryState === Session.Sent
    // Harbour has stopped sending it: refused for good, or not delivered in the time allowed.
    readonly property bool stopped: Session.deliveryState === Session.Refused
                                    || Session.deliveryState === Session.Undelivered
    readonly property bool withCode: Session.followUp.code.length > 0
    // "Show only the code": the card alone over the page, nothing else on the screen.
    property bool cardShown: false
    title: delivered ? qsTr("Report sent")
                     : stopped ? qsTr("Your report was not sent")
                               : qsTr("Report saved and waiting to send")
    heading: pageHeading
    // The page lists every contact, emergency numbers first: the side panel (tablet) would list
    // them again (issue 15).
    sidePanel.showContacts: false

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: panel.implicitHeight + 2 * Theme.spacing
        color: Theme.panel
        border.color: Theme.border
        border.width: Theme.highContrast ? 2 : 0
        ColumnLayout {
            id: panel
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
            spacing: Theme.smallSpacing
            Text {
                id: pageHeading
                Layout.fillWidth: true
                text: page.title
                color: Theme.panelLabel
                font.pixelSize: Theme.headingSize
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Accessible.role: Accessible.Heading
                Accessible.name: text
                activeFocusOnTab: activeFocus // as Heading.qml's
                // The reference is spoken with the heading when the page arrives.
                Accessible.description: reference.Accessible.name
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Your reference number")
                color: Theme.panelLabel
                font.pixelSize: Theme.bodySize
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
            Text {
                id: reference
                Layout.fillWidth: true
                text: Session.reference
                color: Theme.panelLabel
                font.pixelSize: Theme.headingSize
                font.bold: true
                font.letterSpacing: 2
                horizontalAlignment: Text.AlignHCenter
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Your reference number is %1").arg(Session.reference.split("").join(" "))
            }
        }
    }
    BodyText {
        visible: !Session.preferences.easyRead && !page.stopped
        text: page.delivered
              ? qsTr("%1 has received your report.").arg(Session.recipientNames)
              : qsTr("There is no connection to %1 yet. Harbour will keep trying and send it when it can. Your report is locked so only they can read it.").arg(Session.recipientNames)
    }
    BodyText {
        visible: Session.waitingForTor && Session.deliveryState === Session.Queued
        font.bold: true
        text: qsTr("Harbour cannot reach Tor on this device. Your report is waiting here and will be sent through Tor once Tor is running. It will not be sent any other way.")
    }
    BodyText {
        visible: page.stopped
        font.bold: true
        text: Session.deliveryState === Session.Refused
              ? qsTr("%1 did not accept your report, so Harbour has stopped sending it. Please use one of the other ways to report below.").arg(Session.recipientNames)
              : qsTr("Harbour could not send your report to %1 in %n day(s), so it has stopped trying. Please use one of the other ways to report below, or try again.", "", Session.undeliveredAfterDays).arg(Session.recipientNames)
    }
    AppButton {
        visible: Session.deliveryState === Session.Undelivered
        text: qsTr("Try sending again")
        Accessible.name: text
        onClicked: Session.tryAgain()
    }
    Heading {
        text: qsTr("What happens next")
        font.pixelSize: Theme.headingSize * 0.8
    }
    // Each chosen organisation: what it does next and when, and how to reach it (issue 15).
    ChosenOrganisations {
        objectName: "chosenOrganisations"
        organisations: Session.routing.chosenDetails
        reference: Session.reference
    }
    BodyText {
        visible: !Session.preferences.easyRead && !page.withCode
        text: qsTr("Write your reference number down, or keep it somewhere safe. If you gave contact details, the organisation may contact you. If you did not, they cannot.")
    }
    BodyText {
        visible: !Session.preferences.easyRead && page.withCode
        text: qsTr("Write your reference number down, or keep it somewhere safe. The organisation can reply to you through Harbour: to read replies, choose \"I have a follow-up code\" on the first page and type your code.")
    }
    FollowUpCodeSection {
        onShowCardRequested: page.cardShown = true
    }
    BodyText {
        visible: Session.routing.recordOnly && !Session.preferences.easyRead
        text: qsTr("You asked for your report only to be recorded. We have asked them not to take any action.")
    }
    // The list below starts with the emergency numbers; this line stands in when there is no list.
    BodyText {
        visible: !Session.preferences.easyRead && support.count === 0
        text: qsTr("If you are in danger now, call 999.")
        font.bold: true
    }
    EasyRead {
        ideas: {
            const ideas = [
                page.delivered ? { picture: "sent", text: qsTr("%1 has your report now.").arg(Session.recipientNames) }
                               : page.stopped ? { picture: "danger", text: qsTr("Your report was not sent. Please report another way.") }
                                              : { picture: "clock", text: qsTr("Your report is saved. Harbour will send it when it can.") },
                { picture: "lock", text: qsTr("Your report is locked. Only %1 can read it.").arg(Session.recipientNames) },
                { picture: "note", text: qsTr("Write down your reference number. Keep it somewhere safe.") },
                { picture: "phone", text: qsTr("If you gave your phone number or email, they may contact you.") }
            ]
            if (page.withCode)
                ideas.push({ picture: "note", text: qsTr("Write down your follow-up code. With it you can read their replies in Harbour.") })
            if (Session.routing.recordOnly)
                ideas.push({ picture: "shield", text: qsTr("You asked them only to record it. They will not take action.") })
            ideas.push({ picture: "danger", text: qsTr("If you are in danger now, call 999.") })
            return ideas
        }
    }
    // Signposting: from the recipient directory's data, not from code (docs/accessibility.md).
    Heading {
        visible: support.count > 0
        text: qsTr("Support and other ways to get help")
        font.pixelSize: Theme.headingSize * 0.8
    }
    SupportContacts {
        id: support
        model: Session.directory.supportContacts
    }
    AppButton {
        text: qsTr("Finish")
        Accessible.name: qsTr("Finish and clear this report from the screen")
        onClicked: page.finished()
    }

    // Over the whole page: only the card and a way back. The page itself is hidden meanwhile, so a
    // screen reader (and a photo) finds nothing else.
    Binding {
        target: page.flickable
        property: "visible"
        value: !page.cardShown
    }
    Rectangle {
        parent: page
        anchors.fill: parent
        z: 10
        visible: page.cardShown
        color: Theme.background
        onVisibleChanged: if (visible) closeCard.forceActiveFocus()
        ColumnLayout {
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.pageMargin }
            spacing: Theme.spacing
            CodeCard {
                Layout.fillWidth: true
                code: Session.followUp.code
                spokenCode: Session.followUp.spokenCode
            }
            AppButton {
                id: closeCard
                kind: AppButton.Secondary
                text: qsTr("Close")
                Accessible.name: qsTr("Close the code")
                onClicked: page.cardShown = false
            }
        }
        MouseArea {
            anchors.fill: parent
            z: -1
        }
    }
}
