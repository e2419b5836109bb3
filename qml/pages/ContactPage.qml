// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi
import Harbour

// Anonymous or contactable, and consent (docs/report-content.md, "Support and consent"). Contact
// details go only to the organisations ticked under "Who may contact you?"; the others get a copy
// without them. Multi-agency (MARAC) consent is asked only when the report looks high risk.
// "Send report" asks Session.flow to check the page and send (with sections: "Continue" returns to
// check answers, which sends).
FormPage {
    id: page
    objectName: "ContactPage"
    title: qsTr("Can we contact you?")
    readonly property bool contactable: Session.routing.contact === Routing.Contactable
    heading: pageHeading

    // A contact detail: never learnt by the keyboard, held by Session.routing.
    component DetailField: TextInputField {
        property int extraHints: 0
        horizontalPadding: 10
        // No predictive text: the keyboard must not learn a reporter's details.
        inputHints: extraHints | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
    }
    // One choice of a single-answer question bound to a property of Session.routing.
    component RoutingChoice: RadioOption {
        id: radio
        required property int value
        required property int current
        signal chosen(int value)
        checked: radio.current === radio.value
        onToggled: {
            radio.chosen(radio.value)
            checked = Qt.binding(() => radio.current === radio.value)
        }
    }
    component SubHeading: Heading {
        font.pixelSize: Theme.headingSize * 0.75
    }

    onFieldRequested: field => {
        const targets = { contact: anonymousOption, mayContact: fixedContactList.count > 0 ? fixedContactList.itemAt(0)
                                      : mayContactList.count > 0 ? mayContactList.itemAt(0) : anonymousOption,
                          methods: phoneMethod, phone: phoneField, email: emailField, multiAgency: multiAgencyYes }
        const target = targets[field] || anonymousOption
        if (target instanceof TextInputField)
            target.focusInput()
        else
            target.forceActiveFocus()
    }

    Heading {
        id: pageHeading
        text: page.title
        Accessible.description: introduction.text
    }
    BodyText {
        id: introduction
        text: qsTr("You can stay anonymous. If you let an organisation contact you, it can tell you what happens next and offer you support.")
    }
    // --- Easy read (display work; keep as one block) ---
    EasyRead {
        objectName: "contactEasyRead"
        ideas: [
            { picture: "mask", text: qsTr("You do not have to give your name.") },
            { picture: "phone", text: qsTr("If you want, they can call or write to you.") },
            { picture: "support", text: qsTr("Then they can tell you what happens next.") }
        ]
    }
    // --- end of easy read ---
    FieldError {
        message: page.errorFor("contact")
    }
    // Each set of radio buttons is one group named by its question (docs/accessibility.md).
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Accessible.role: Accessible.Grouping
        Accessible.name: page.title
        RoutingChoice {
            id: anonymousOption
            value: Routing.Anonymous
            current: Session.routing.contact
            text: qsTr("No, keep me anonymous")
            onChosen: value => Session.routing.contact = value
        }
        RoutingChoice {
            value: Routing.Contactable
            current: Session.routing.contact
            text: qsTr("Yes, you can contact me")
            onChosen: value => Session.routing.contact = value
        }
    }

    ColumnLayout {
        visible: page.contactable
        Layout.fillWidth: true
        spacing: Theme.spacing

        SubHeading {
            id: mayContactHeading
            text: qsTr("Who may contact you?")
        }
        BodyText {
            hint: true
            text: qsTr("Only the organisations you tick here get your contact details. The others get your report without them.")
        }
        FieldError {
            message: page.errorFor("mayContact")
        }
        // Nobody is ticked until the person ticks it: consent is given, never assumed (issue 15).
        ColumnLayout {
            visible: Session.routing.fixedRecipients
            Layout.fillWidth: true
            spacing: Theme.spacing
            Accessible.role: Accessible.Grouping
            Accessible.name: mayContactHeading.text
            Repeater {
                id: fixedContactList
                model: Session.routing.fixedNames
                delegate: ChoiceOption {
                    id: fixedContactOption
                    required property int index
                    required property string modelData
                    readonly property bool mayContact: Session.routing.fixedMayContact[index] === true
                    text: modelData
                    checked: mayContact
                    onToggled: {
                        Session.routing.setFixedMayContact(index, checked)
                        checked = Qt.binding(() => fixedContactOption.mayContact)
                    }
                }
            }
        }
        ColumnLayout {
            visible: mayContactList.count > 0 && !Session.routing.fixedRecipients
            Layout.fillWidth: true
            spacing: Theme.spacing
            Accessible.role: Accessible.Grouping
            Accessible.name: mayContactHeading.text
            Repeater {
                id: mayContactList
                model: Session.routing.proposals
                delegate: ChoiceOption {
                    id: mayContactOption
                    required property int index
                    required property string name
                    required property bool chosen
                    required property bool mayContact
                    // What it will do and how soon it answers, from the directory.
                    required property string promise
                    visible: chosen
                    text: name
                    hint: promise
                    checked: mayContact
                    onToggled: {
                        Session.routing.setMayContact(index, checked)
                        checked = Qt.binding(() => mayContactOption.mayContact)
                    }
                }
            }
        }

        SubHeading {
            text: qsTr("How can they contact you?")
        }
        FieldError {
            message: page.errorFor("methods")
        }
        ChoiceOption {
            id: phoneMethod
            text: qsTr("By phone")
            checked: Session.routing.byPhone
            onToggled: {
                Session.routing.byPhone = checked
                checked = Qt.binding(() => Session.routing.byPhone)
            }
        }
        DetailField {
            id: phoneField
            visible: phoneMethod.checked
            label: qsTr("Phone number")
            hint: qsTr("For example, 07700 900 982")
            error: page.errorFor("phone")
            value: Session.routing.phone
            extraHints: Qt.ImhDialableCharactersOnly
            onEdited: text => Session.routing.phone = text
        }
        ChoiceOption {
            id: emailMethod
            text: qsTr("By email")
            checked: Session.routing.byEmail
            onToggled: {
                Session.routing.byEmail = checked
                checked = Qt.binding(() => Session.routing.byEmail)
            }
        }
        DetailField {
            id: emailField
            visible: emailMethod.checked
            label: qsTr("Email address")
            error: page.errorFor("email")
            value: Session.routing.email
            extraHints: Qt.ImhEmailCharactersOnly
            onEdited: text => Session.routing.email = text
        }
        ChoiceOption {
            id: throughMethod
            visible: Session.routing.throughSupportPossible || checked
            text: qsTr("The police should contact me only through the support organisation")
            checked: Session.routing.throughSupport
            onToggled: {
                Session.routing.throughSupport = checked
                checked = Qt.binding(() => Session.routing.throughSupport)
            }
        }
        DetailField {
            label: qsTr("What should we call you? (optional)")
            hint: qsTr("This does not have to be your full or real name.")
            value: Session.routing.contactName
            onEdited: text => Session.routing.contactName = text
        }
        DetailField {
            label: qsTr("When is it safe to contact you? (optional)")
            hint: qsTr("For example, weekdays after 6pm")
            value: Session.routing.safeTimes
            onEdited: text => Session.routing.safeTimes = text
        }
        SubHeading {
            id: leaveMessageHeading
            text: qsTr("Is it safe to leave a message? (optional)")
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Accessible.role: Accessible.Grouping
            Accessible.name: leaveMessageHeading.text
            RoutingChoice {
                value: Routing.Yes
                current: Session.routing.leaveMessage
                text: qsTr("Yes")
                Accessible.name: qsTr("Yes, it is safe to leave a message")
                onChosen: value => Session.routing.leaveMessage = value
            }
            RoutingChoice {
                value: Routing.No
                current: Session.routing.leaveMessage
                text: qsTr("No")
                Accessible.name: qsTr("No, do not leave a message")
                onChosen: value => Session.routing.leaveMessage = value
            }
            RoutingChoice {
                value: Routing.NotSure
                current: Session.routing.leaveMessage
                text: qsTr("I'm not sure")
                Accessible.name: qsTr("I'm not sure if it is safe to leave a message")
                onChosen: value => Session.routing.leaveMessage = value
            }
        }

    }

    ColumnLayout {
        visible: Session.routing.highRisk
        Layout.fillWidth: true
        spacing: Theme.spacing
        SubHeading {
            text: qsTr("Sharing your report to keep you safe")
        }
        BodyText {
            text: qsTr("What you told us suggests you could be at serious risk. When someone is at high risk, the police, the council, health and support services sometimes meet to plan how to keep them safe (a multi-agency risk meeting, called a MARAC).")
        }
        BodyText {
            id: multiAgencyQuestion
            text: qsTr("Can the organisations you chose share your report with them for this?")
            font.bold: true
        }
        FieldError {
            message: page.errorFor("multiAgency")
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Accessible.role: Accessible.Grouping
            Accessible.name: multiAgencyQuestion.text
            RoutingChoice {
                id: multiAgencyYes
                value: Routing.Yes
                current: Session.routing.multiAgencyConsent
                text: qsTr("Yes, they can share it to keep me safe")
                onChosen: value => Session.routing.multiAgencyConsent = value
            }
            RoutingChoice {
                value: Routing.No
                current: Session.routing.multiAgencyConsent
                text: qsTr("No, do not share it")
                onChosen: value => Session.routing.multiAgencyConsent = value
            }
        }

    }

    // The way back (docs/protocol.md §13): a code instead of contact details. Its keys are derived
    // as soon as it is ticked (seconds on a phone), so the report can carry the public half.
    SubHeading {
        text: qsTr("Hear back without giving contact details (optional)")
    }
    BodyText {
        text: qsTr("With a follow-up code you can read replies from the organisations in Harbour, answer them and add to your report, from any phone or computer. Only someone with the code can read the replies.")
    }
    ChoiceOption {
        id: followUpOption
        text: qsTr("Give me a follow-up code")
        hint: qsTr("You will see it after you send your report. Write it down: Harbour does not keep it.")
        checked: Session.followUp.wanted
        onToggled: {
            Session.followUp.wanted = checked
            checked = Qt.binding(() => Session.followUp.wanted)
        }
    }
    FollowUpPreparing { }
    BodyText {
        hint: true
        text: qsTr("You can change your mind later: contact the organisation and give your reference number.")
    }
    // With sections these are on check answers, beside the one Send.
    SendTimeChoice {
        visible: !Session.kioskMode && !Session.flow.tasked
    }
    TorChoice {
        visible: !Session.kioskMode && !Session.flow.tasked
    }
    BodyText {
        visible: Session.errorMessage.length > 0
        text: Session.errorMessage
        color: Theme.error
        font.bold: true
    }
    AppButton {
        // With sections this page is reached from check answers, which sends.
        text: Session.flow.tasked ? qsTr("Continue") : qsTr("Send report")
        onClicked: page.submit()
    }
}
