// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbour
import "helpers"

// Completes a report the way a person does: finding controls by their accessible names,
// clicking and typing (helpers/HarbourTestCase.qml). Then the organisation's inbox opens it.
HarbourTestCase {
    id: testCase
    name: "ReportFlow"

    // From the start to the narrative: not in danger, no role given.
    function toNarrative(window) {
        startReport(window)
        click(window, "No")
        next(window)
        next(window)
        text(window, "What happened?")
    }
    function test_1_exitClearsTheReport() {
        const window = openMain()
        toNarrative(window)
        type(window, "What happened?", "exit canary")
        compare(Session.flow.draft.value, "exit canary")
        next(window)
        compare(Session.report.answers.narrative, "exit canary")
        click(window, "Exit: leave quickly and clear this report")
        verify(Session.report.isEmpty)
        compare(Session.flow.page, QuestionFlow.Start)
        verify(Session.flow.draft.value === undefined)
        control(window, "Start now")
    }

    function test_2_missingNarrativeShowsTheErrorSummary() {
        const window = openMain()
        toNarrative(window)
        next(window)
        text(window, "There is a problem")
        text(window, "Error: Tell us what happened")
        const link = control(window, "Tell us what happened")
        tryVerify(() => link.activeFocus, 2000, "focus moves to the error summary")
        click(window, "Tell us what happened")
        tryVerify(() => control(window, "What happened?").activeFocus, 2000, "the link moves focus to the field")
    }

    function test_3_inDangerShows999First() {
        const window = openMain()
        startReport(window)
        click(window, "Yes")
        next(window)
        text(window, "If you are in danger now, call 999")
        verify(Session.flow.urgent)
        click(window, "Carry on with my report")
        text(window, "Who are you reporting for? (optional)")
        // Assisted reports are for kiosks only; this is a phone.
        verify(visibleItems(window.contentItem, []).every(
                   item => item.Accessible.name !== "A volunteer is helping me make this report"))
    }

    function test_4_wholeReportArrivesAsTyped() {
        const window = openMain()
        startReport(window)
        click(window, "No")
        next(window)
        click(window, "It happened to me")
        next(window)
        type(window, "What happened?", "A man spat at us outside the mosque and shouted abuse.")
        next(window)
        clickAll(window, ["Shouting, insults or name-calling", "Someone was attacked or hurt"])
        next(window)
        clickAll(window, ["Religion or belief, including having no belief",
                          "Race or ethnicity, including Gypsy, Irish Traveller and Roma", "Age"])
        next(window)
        click(window, "No")                 // online: the online details are skipped
        next(window)

        // When: an approximate date, month and year only.
        text(window, "When did it happen? (optional)")
        click(window, "I know roughly when (an estimate)")
        type(window, "Roughly when: Month", "5")
        type(window, "Roughly when: Year", "2024")
        next(window)

        // Where: a full postcode is refused, a district is kept.
        text(window, "Where did it happen? (optional)")
        click(window, "In the street")
        type(window, "Area (optional)", "E1 6AN")
        next(window)
        const error = "Enter only the first part of the postcode, like E1, not the full postcode"
        text(window, "Error: " + error)
        tryVerify(() => control(window, error).activeFocus, 2000, "focus moves to the error summary")
        retype(window, "Area (optional)", "E1")
        next(window)

        click(window, "Two people")
        next(window)
        click(window, "No, they were strangers")
        next(window)

        // Two people, each on their own page.
        text(window, "Describe the people who did it (optional)")
        click(window, "Add a person")
        text(window, "Person 1")
        clickAll(window, ["A man, What gender did they seem to be?", "25 to 34, About how old were they?"])
        type(window, "What they were wearing (optional)", "Red hoodie")
        next(window)
        click(window, "Add a person")
        text(window, "Person 2")
        click(window, "Taller than most people, How tall were they?")
        type(window, "Anything else you noticed (optional)", "Scar on the left cheek")
        next(window)
        text(window, "25 to 34; A man; Red hoodie")
        control(window, "Change Person 2")
        control(window, "Remove Person 1")
        next(window)

        click(window, "Yes")                // a vehicle
        next(window)
        click(window, "Add a vehicle")
        type(window, "Make (optional)", "Ford")
        type(window, "Colour (optional)", "White")
        type(window, "Number plate, or part of it (optional)", "AB12")
        next(window)
        next(window)

        click(window, "No")                 // witnesses
        next(window)
        click(window, "I don't know")       // filmed
        next(window)
        click(window, "Yes")                // happened before
        next(window)
        click(window, "A few times")
        next(window)
        next(window)                        // same people: not answered
        click(window, "No")                 // getting worse
        next(window)
        next(window)                        // they know where you live
        next(window)                        // threatened
        next(window)                        // injured
        text(window, "Do you feel safe at home now? (optional)")
        click(window, "Yes")
        next(window)
        click(window, "No one else")
        next(window)
        click(window, "Language")
        next(window)
        click(window, "An interpreter")
        next(window)
        type(window, "Which language would you like an interpreter for? (optional)", "Bengali")
        next(window)
        next(window)                        // age
        next(window)                        // describe yourself

        // The check page: answers as read back, skipped ones "Not provided".
        text(window, "Check your answers before sending your report")
        text(window, "About May 2024 (an estimate)")
        someText(window, "Not provided")

        // Change online to "Partly": the questions it reveals are asked, then back to the check page.
        click(window, "Change your answer to: Did it happen online, or through a phone or computer?")
        click(window, "Partly")
        next(window)
        type(window, "Which website, app or service was it on? (optional)", "Instagram")
        next(window)
        next(window)                        // link
        next(window)                        // what was said
        click(window, "Yes")                // still visible
        next(window)
        text(window, "Check your answers before sending your report")
        text(window, "Instagram")

        chooseRecipientsAndSend(window)
        tryCompare(Session, "deliveryState", Session.Sent, 15000)
        const reference = Session.reference
        verify(/^HB-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(reference))
        text(window, "Report sent")

        const report = JSON.parse(receiver.openOnlyReport())
        compare(report.reference, reference)
        compare(report.questionnaire.id, "harbour-uk")
        compare(report.questionnaire.version, 3)
        const a = report.answers
        compare(a.in_danger, "no")
        compare(a.role, "victim")
        compare(a.narrative, "A man spat at us outside the mosque and shouted abuse.")
        compare(a.incident_types, ["physical_attack", "verbal_abuse"])
        compare(a.targeted, ["race", "religion", "age"])
        compare(a.online, "partly")
        compare(a.online_platform, "Instagram")
        compare(a.online_still_visible, "yes")
        compare(a.when, { mode: "approximate", date: "2024-05" })
        compare(a.where, { type: "street", area: "E1" })
        compare(a.offender_count, "two")
        compare(a.offender_known, "strangers")
        compare(a.offenders, [{ offender_age: "25_34", offender_gender: "man", offender_clothing: "Red hoodie" },
                              { offender_height: "tall", offender_marks: "Scar on the left cheek" }])
        compare(a.vehicle, "yes")
        compare(a.vehicles, [{ vehicle_make: "Ford", vehicle_colour: "White", vehicle_plate: "AB12" }])
        compare(a.cctv, "dont_know")
        compare(a.how_often, "few_times")
        verify(a.same_people === undefined)
        compare(a.others_at_risk, ["none"])
        compare(a.interpreter_language, "Bengali")
        verify(a.your_age === undefined)
        compare(report.flags.strands, ["race", "religion"])
        compare(report.flags.local_strands, ["age"])
        compare(report.flags.cyber_enabled, true)
        compare(report.flags.repeat_victim, true)
        compare(report.flags.triage, "elevated")
        compare(report.flags.triage_rules, ["E5", "E6"])
        compare(report.flags.urgent, false)
        compare(report.flags.assisted, false)
        compare(receiver.storedCount(), 1)

        click(window, "Finish and clear this report from the screen")
        verify(Session.report.isEmpty)
        compare(Session.reference, "")
        control(window, "Start now")
    }
}
