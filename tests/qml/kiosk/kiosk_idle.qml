// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbour

// The idle warning (docs/accessibility.md, WCAG 2.2.1; docs/threat-model.md): it appears after the configured time
// with focus on "I need more time", which extends as often as asked (ten times here); left
// unanswered it clears the report after the grace period (the real 20 s minimum). Run with
// HARBOUR_TEST_IDLE_WARNING_SECONDS=2.
KioskTestCase {
    name: "KioskIdle"

    function warningShown(window) {
        return has(window, "Do you need more time?")
    }

    function test_1_warningExtendsTenTimesThenClears() {
        const window = openMain()
        startReport(window)
        click(window, "No")
        next(window)
        type(window, "What happened?", "idle canary")
        next(window)
        compare(Session.report.answers.narrative, "idle canary")

        for (let n = 1; n <= 10; ++n) {
            tryVerify(() => warningShown(window), 6000, "warning " + n + " appears")
            const more = control(window, "I need more time")
            tryVerify(() => more.activeFocus, 2000, "focus moves to \"I need more time\" (warning " + n + ")")
            // Focus is in the warning, so the keyboard answers it (Enter on the focused button).
            if (n % 2 === 0)
                keyClick(Qt.Key_Space)
            else
                mouseClick(more)
            tryVerify(() => !warningShown(window), 2000, "extension " + n + " closes the warning")
            compare(Session.report.answers.narrative, "idle canary", "the report is kept after extension " + n)
            verify(!window.covered)
        }

        // The eleventh warning is left alone: the report is cleared after the grace period.
        tryVerify(() => warningShown(window), 6000, "the warning appears again")
        const shownAt = Date.now()
        textMatching(window, /^To keep your report private, we will clear it in (20|19) second/)
        tryVerify(() => window.covered, 26000, "the neutral cover after the grace period")
        const waited = (Date.now() - shownAt) / 1000
        verify(waited >= 19, "the grace period was at least 20 s (waited " + waited.toFixed(1) + " s)")
        verify(Session.report.isEmpty)
        compare(Session.flow.page, QuestionFlow.Start)
        verify(Session.flow.draft.value === undefined)
        verify(!warningShown(window))
        console.log("idle: warning after 2 s, 10 extensions, cleared after " + waited.toFixed(1) + " s of grace")
    }

    function test_2_volunteerTurnsTheLimitOff() {
        const window = openMain()
        click(window, "Staff: I am helping someone")
        type(window, "Volunteer code", receiver.volunteerCode)
        click(window, "Start assisted mode")
        text(window, "Assisted mode is on. The report will say that a volunteer helped. It never says who.")
        click(window, "Turn off the time limit for this session")
        verify(Session.kiosk.idleLimitOff)
        click(window, "Start the report")
        click(window, "A support organisation")
        next(window)
        text(window, "Are you in danger now? (optional)")
        wait(5000) // more than twice the warning time
        verify(!warningShown(window), "no warning with the limit off")
        // Turned off for this session only: the next one has the limit again.
        Session.clear()
        verify(!Session.kiosk.idleLimitOff)
        verify(!Session.kiosk.assisted)
    }
}
