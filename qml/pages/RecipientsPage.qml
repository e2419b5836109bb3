// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// Who receives the report (docs/report-content.md, "Support and consent"): the police, a support
// organisation, both, or only recorded; then the organisations proposed from the directory for
// the strands and area in the answers. A view of Session.routing; Session.flow checks it.
FormPage {
    id: page
    objectName: "RecipientsPage"
    // At the start (with sections) it asks only what the person wants; the organisations for it
    // are read back on check answers, whose Change comes here for them.
    title: Session.flow.choosingWish ? qsTr("What would you like to happen?") : qsTr("Who should we send your report to?")
    heading: pageHeading

    readonly property var choices: [
        { value: Routing.Police, label: qsTr("The police"),
          hint: qsTr("The police force for the area where it happened.") },
        { value: Routing.Support, label: qsTr("A support organisation"),
          hint: qsTr("A third-party reporting centre. It can support you, and can pass your report to the police if you want.") },
        { value: Routing.Both, label: qsTr("Both the police and a support organisation"),
          hint: qsTr("Each gets its own copy.") },
        { value: Routing.RecordOnly, label: qsTr("Only record it: I do not want any action taken"),
          hint: qsTr("A support organisation records it so that hate crime is counted. We ask them not to take any action.") }
    ]

    onFieldRequested: field => {
        // The first child of each row is its check box or radio button.
        if (field === "organisations" && organisationList.count > 0)
            organisationList.itemAt(0).children[0].forceActiveFocus()
        else if (choiceList.count > 0)
            choiceList.itemAt(0).children[0].forceActiveFocus()
    }
    Heading {
        id: pageHeading
        text: page.title
        Accessible.description: pageHint.text
    }
    BodyText {
        id: pageHint
        hint: true
        text: qsTr("Your report is locked so that only the organisations you choose can read it. Each one can see which others you chose.")
    }
    // --- Easy read (display work; keep as one block) ---
    EasyRead {
        objectName: "recipientsEasyRead"
        ideas: [
            { picture: "people", text: qsTr("Choose who gets your report.") },
            { picture: "lock", text: qsTr("Only the ones you choose can read it.") },
            { picture: "support", text: qsTr("A support group can help you. The police can look into what happened.") }
        ]
    }
    // --- end of easy read ---
    BodyText {
        visible: !Session.routing.available
        text: qsTr("Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers on the first page.")
        color: Theme.error
        font.bold: true
    }
    FieldError {
        message: page.errorFor("choice")
    }
    // The four choices are one named group (a screen reader says the question when focus enters).
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Accessible.role: Accessible.Grouping
        Accessible.name: page.title
        Repeater {
            id: choiceList
            model: page.choices
            delegate: ColumnLayout {
                id: choiceRow
                required property var modelData
                Layout.fillWidth: true
                spacing: 0
                RadioOption {
                    id: option
                    text: choiceRow.modelData.label
                    // The error first, as on every field (docs/accessibility.md), then the hint.
                    Accessible.description: [page.errorFor("choice"), choiceRow.modelData.hint].filter(t => t.length > 0).join(". ")
                    checked: Session.routing.choice === choiceRow.modelData.value
                    onToggled: {
                        Session.routing.choice = choiceRow.modelData.value
                        checked = Qt.binding(() => Session.routing.choice === choiceRow.modelData.value)
                    }
                }
                BodyText {
                    hint: true
                    Layout.leftMargin: 54
                    text: choiceRow.modelData.hint
                }
            }
        }
    }
    BodyText {
        visible: Session.routing.fixedRecipients && !Session.flow.choosingWish
        text: qsTr("This device sends every report to: %1").arg(Session.routing.chosenNames)
    }
    Heading {
        id: organisationsHeading
        visible: organisationList.count > 0 && !Session.flow.choosingWish
        text: Session.routing.choice === Routing.Police ? qsTr("Choose the police force")
              : Session.routing.choice === Routing.Both ? qsTr("Choose the police force and a support organisation")
              : qsTr("Choose a support organisation")
        font.pixelSize: Theme.headingSize * 0.8
    }
    BodyText {
        visible: organisationList.count > 0 && !Session.flow.choosingWish
        hint: true
        text: Session.routing.area.length > 0
              ? qsTr("These cover %1, where you said it happened.").arg(Session.routing.area)
              : qsTr("You did not say where it happened, so organisations for every area are shown.")
    }
    FieldError {
        message: page.errorFor("organisations")
    }
    ColumnLayout {
        visible: organisationList.count > 0 && !Session.flow.choosingWish
        Layout.fillWidth: true
        spacing: Theme.spacing
        Accessible.role: Accessible.Grouping
        Accessible.name: organisationsHeading.text
        Repeater {
            id: organisationList
            model: Session.routing.proposals
            delegate: ColumnLayout {
                id: organisation
                required property int index
                required property string name
                required property string kindText
                required property string coverageText
                required property string strandsText
                required property string languagesText
                required property string promise
                required property bool chosen
                readonly property string details: qsTr("%1. %2. Reports about: %3. Languages: %4.")
                                                  .arg(organisation.kindText).arg(organisation.coverageText)
                                                  .arg(organisation.strandsText).arg(organisation.languagesText)
                Layout.fillWidth: true
                spacing: 0
                ChoiceOption {
                    id: box
                    text: organisation.name
                    Accessible.description: organisation.details
                    checked: organisation.chosen
                    onToggled: {
                        Session.routing.setChosen(organisation.index, checked)
                        checked = Qt.binding(() => organisation.chosen)
                    }
                }
                BodyText {
                    hint: true
                    Layout.leftMargin: 54
                    text: organisation.details
                }
                // What it does with a report and how soon it answers (the directory's promise).
                BodyText {
                    visible: text.length > 0
                    Layout.leftMargin: 54
                    text: organisation.promise
                }
            }
        }
    }
    AppButton {
        text: qsTr("Continue")
        onClicked: page.submit()
    }
}
