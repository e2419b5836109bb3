// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbour
import "helpers"

// A report that should only be recorded (issue 15) is never asked about the people who did it, a
// vehicle, witnesses or CCTV unless the person opens that section; opened, the questions are there.
// Nothing is sent here (tst_reportflow counts this process's intake).
HarbourTestCase {
    id: testCase
    name: "RecordOnly"

    readonly property var details: ["offender_count", "offender_known", "offender_relationship", "offenders",
                                    "vehicle", "vehicles", "witnesses", "witness_details", "cctv"]

    function test_recordOnlyIsNotAskedForDetails() {
        const window = openMain()
        click(window, "Start now")
        text(window, "What would you like to happen?")
        click(window, "Only record it: I do not want any action taken")
        next(window)
        verify(Session.routing.recordOnly)
        const asked = []
        const sendNow = "Check and send your report"
        let guard = 0
        while (!has(window, sendNow)) {
            verify(++guard < 10, "the essentials end at \"Send now, or tell us more\"")
            if (Session.flow.page === QuestionFlow.Question)
                asked.push(Session.flow.currentId)
            if (Session.flow.currentId === "narrative" && Session.flow.draft.value === undefined)
                type(window, "What happened?", "Someone wrote abuse on our caravan in the night.")
            next(window)
        }
        verify(asked.length >= 3, "the essentials were asked: " + asked)
        text(window, "You asked only for it to be recorded, so you do not need to answer any of these. Open a part only if you want to.")
        click(window, sendNow)
        text(window, "Check your answers before sending your report")
        const rows = Session.flow.checkRows
        for (let i = 0; i < rows.count; ++i)
            asked.push(rows.value(i, "questionId"))
        for (const id of testCase.details)
            verify(asked.indexOf(id) < 0, id + " was not asked or read back")
        verify(has(window, "Send report"), "it can be sent from here")

        // Only when the person opens "The people who did it" are those questions asked.
        click(window, "Back")
        text(window, "Send now, or tell us more")
        click(window, "The people who did it")
        text(window, "How many people did it? (optional)")
        compare(Session.flow.openSection, "The people who did it")
        let opened = []
        guard = 0
        while (Session.flow.page === QuestionFlow.Question && ++guard < 20) {
            opened.push(Session.flow.currentId)
            next(window)
        }
        compare(Session.flow.page, QuestionFlow.TaskList)
        for (const id of ["offender_count", "offenders", "vehicle", "witnesses", "cctv"])
            verify(opened.indexOf(id) >= 0, id + " is asked once the section is opened")
    }
}
