// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbour

// Quick exit on every page of the flow (docs/threat-model.md, the next person at a kiosk): the Exit button
// (HARBOUR_TEST_EXIT_BY=button) or Shift pressed three times (=shift) shows the neutral cover at
// once and wipes the session: answers, drafts, contact details, recipients, assisted mode.
KioskTestCase {
    name: "KioskQuickExit"
    property int exits: 0

    function pageName(window) {
        const page = stackOf(window).currentItem
        return page ? page.objectName : ""
    }
    // Leaves from whatever is on screen, then checks that nothing of the session is left.
    function exitAndCheck(window, expectedPage) {
        settle(window)
        compare(pageName(window), expectedPage, "on the page to leave from")
        verify(!window.covered)
        if (receiver.exitBy === "shift") {
            for (let i = 0; i < 3; ++i) {
                keyPress(Qt.Key_Shift, Qt.NoModifier)
                keyRelease(Qt.Key_Shift, Qt.NoModifier)
                wait(50)
            }
        } else {
            compare(receiver.exitBy, "button")
            click(window, "Exit: leave quickly and clear this report")
        }
        tryVerify(() => window.covered, 500, "the neutral cover shows at once (" + expectedPage + ")")
        const cover = visibleItems(window.contentItem, []).find(i => i.z === 1000)
        verify(cover !== undefined && cover.width === window.contentItem.width, "the cover fills the window")
        verify(Session.report.isEmpty, "answers wiped (" + expectedPage + ")")
        compare(Session.flow.page, QuestionFlow.Start)
        verify(Session.flow.draft.value === undefined)
        compare(Session.reference, "")
        compare(Session.routing.phone, "")
        compare(Session.routing.contact, Routing.Unanswered)
        verify(!Session.kiosk.assisted)
        verify(!Session.kiosk.adminUnlocked)
        compare(stackOf(window).depth, 1)
        exits++
        // A kiosk's process ends here; in the test the next person taps the cover.
        mouseClick(window.contentItem)
        tryVerify(() => !window.covered, 2000, "the cover goes on a tap")
        control(window, "Start now")
    }
    // Something of the report in the session, so the wipe can be seen.
    function answerSomething() {
        Session.report.setAnswer("narrative", "quick exit canary")
        verify(!Session.report.isEmpty)
    }

    function test_everyPage() {
        const window = openMain()

        // Confirmation first: sending needs the outbox, which a kiosk session's end closes.
        startReport(window)
        click(window, "No")
        next(window)
        type(window, "What happened?", "quick exit canary")
        next(window)
        toCheckPage(window)
        chooseRecipientsAndSend(window)
        tryVerify(() => Session.reference.length > 0, 5000, "the report was queued")
        exitAndCheck(window, "ConfirmationPage")

        exitAndCheck(window, "StartPage")

        click(window, "Staff: I am helping someone")
        type(window, "Volunteer code", receiver.volunteerCode)
        click(window, "Start assisted mode")
        tryVerify(() => Session.kiosk.assisted, 5000, "assisted mode on")
        exitAndCheck(window, "StaffPage")

        click(window, "Staff: I am helping someone")
        click(window, "Kiosk settings (admin passphrase)")
        type(window, "Admin passphrase", receiver.adminPassphrase)
        click(window, "Unlock the settings")
        tryVerify(() => Session.kiosk.adminUnlocked, 5000, "admin unlocked")
        exitAndCheck(window, "AdminPage")

        click(window, "Language: English")
        exitAndCheck(window, "LanguagePage")

        // Every question of the questionnaire, shown as the flow shows it.
        const count = Session.flow.questionCount
        verify(count > 10)
        for (let i = 0; i < count; ++i) {
            Session.flow.start()
            answerSomething()
            Session.flow.showQuestionAt(i)
            exitAndCheck(window, "question-" + Session.flow.current.id)
        }

        Session.flow.start()
        answerSomething()
        const group = Session.flow.indexOfType("group")
        verify(group >= 0)
        Session.flow.showQuestionAt(group)
        Session.flow.showPage(QuestionFlow.GroupItem)
        exitAndCheck(window, "group-item-" + Session.flow.current.id)

        Session.flow.start()
        answerSomething()
        Session.flow.showPage(QuestionFlow.Danger)
        exitAndCheck(window, "DangerPage")

        // What the person wants (the first page after Start), and "Send now, or tell us more".
        click(window, "Start now")
        text(window, "What would you like to happen?")
        click(window, "Only record it: I do not want any action taken")
        exitAndCheck(window, "RecipientsPage")
        startReport(window)
        answerSomething()
        Session.flow.showPage(QuestionFlow.TaskList)
        exitAndCheck(window, "TaskListPage")

        startReport(window)
        answerSomething()
        toCheckPage(window)
        exitAndCheck(window, "CheckAnswersPage")

        startReport(window)
        answerSomething()
        toCheckPage(window)
        click(window, "Change your answer to: Who gets your report")
        click(window, "Both the police and a support organisation")
        exitAndCheck(window, "RecipientsPage")

        startReport(window)
        answerSomething()
        toCheckPage(window)
        click(window, "Change your answer to: Can they contact you?")
        click(window, "Yes, you can contact me")
        wait(500) // the contact questions lay themselves out below
        click(window, "By phone")
        tryVerify(() => Session.routing.byPhone, 3000, "phone chosen as a contact method")
        type(window, "Phone number", "07700 900982")
        compare(Session.routing.phone, "07700 900982")
        exitAndCheck(window, "ContactPage")

        console.log("quick exit by " + receiver.exitBy + ": " + exits + " pages left, each covered and wiped")
    }
}
