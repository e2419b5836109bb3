// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbour
import "../helpers"

// The way back through the pages, as a person does it (issue 17): a report sent with a follow-up
// code, the code shown, typed back and shown on its own; the organisation's desk replies
// (harbour-desk-sync reply, the desk's code path); the code typed again as people type it, the
// reply read, answered with "Did the response help?", and the desk sees the answer; a mistyped code
// opens an empty mailbox. Its own process (one report in the intake for tst_reportflow).
HarbourTestCase {
    id: testCase
    name: "WayBack"

    readonly property string replyText: "WAYBACK-REPLY-7f3a: a caseworker will call you on Tuesday"
    readonly property string answerText: "WAYBACK-ANSWER-7f3a: Tuesday after 5pm is fine"
    property string mailbox: ""

    // Every visible text on the screen, for checking what a photo of it would show.
    function screenTexts(window) {
        return visibleItems(window.contentItem, [], true).filter(i => isText(i) && i.Accessible.name)
            .map(i => i.Accessible.name)
    }
    // HARBOUR_WAYBACK_SCREENSHOTS=DIR: the page as it is now, as a PNG.
    function shot(window, name) {
        if (receiver.screenshotDir.length === 0)
            return
        let saved = false
        wait(300)
        const frame = visibleItems(window.contentItem, []).find(i => i.objectName === "pageStack").parent
        frame.grabToImage(result => { saved = result.saveToFile(receiver.screenshotDir + "/" + name + ".png") })
        tryVerify(() => saved, 5000, "saved " + name)
    }
    function openReplies(window, typed) {
        click(window, "I have a follow-up code: read replies to my report")
        text(window, "Enter your follow-up code")
        retype(window, "Follow-up code", typed)
        click(window, "Continue")
        // One Argon2id MODERATE derivation (seconds) and a fetch.
        tryVerify(() => Session.flow.page === QuestionFlow.FollowUpReplies, 90000, "the replies page")
        tryVerify(() => Session.followUp.state === FollowUp.Ready, 30000, "the replies fetched")
        text(window, "Replies to your report")
    }

    function test_1_aReporterHearsBack() {
        const window = openMain()
        toCheckPage(window)
        click(window, "Change your answer to: Can they contact you?")
        click(window, "No, keep me anonymous")
        click(window, "Give me a follow-up code")
        shot(window, "1-contact-code-offered")
        next(window)
        textMatching(window, /\nYou will get a follow-up code to read their replies\.$/)
        chooseRecipientsAndSend(window)
        // The report waits for the code's keys, then goes.
        tryVerify(() => Session.flow.page === QuestionFlow.Confirmation, 90000, "the confirmation page")
        tryCompare(Session, "deliveryState", Session.Sent, 20000)
        text(window, "Your follow-up code")
        const code = Session.followUp.code
        verify(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/.test(code), "code shown in groups")
        text(window, "Your code is " + Session.followUp.spokenCode)
        control(window, "Read the code aloud")

        // Typed back once: a wrong code is refused in words, then the code as people type it.
        type(window, "Type your follow-up code", "K82Q")
        click(window, "Check my code")
        text(window, "Error: That is not the same code. Look at each letter and number again.")
        retype(window, "Type your follow-up code", code.toLowerCase().replace(/-/g, " "))
        click(window, "Check my code")
        text(window, "That is your code. Keep it safe.")
        verify(Session.followUp.confirmed)
        scrollIntoView(window, text(window, "Your follow-up code"))
        shot(window, "2-confirmation-code")

        // On its own, for a photo: the code and "Harbour", nothing about what it is for.
        click(window, "Show only the code, to write it down or take a photo")
        tryVerify(() => control(window, "Close the code").activeFocus, 2000, "focus moves to the card")
        shot(window, "3-code-card")
        const onCard = screenTexts(window)
        verify(onCard.every(t => !/hate|crime|report|incident|police/i.test(t)), JSON.stringify(onCard))
        click(window, "Close the code")

        // The report carries the mailbox's public values, nothing that opens a reply.
        const report = JSON.parse(receiver.openOnlyReport())
        testCase.mailbox = report.followup.mailbox
        compare(report.reference, Session.reference)
        compare(Object.keys(report.followup).sort(), ["box_key", "mailbox", "signing_key"])
        click(window, "Finish and clear this report from the screen")
        compare(Session.followUp.code, "")
        // The neutral cover after Finish: a key brings back a fresh start page.
        tryVerify(() => window.covered, 2000, "the neutral cover")
        keyClick(Qt.Key_Space)
        tryVerify(() => !window.covered, 2000, "the cover dismissed")

        // The organisation replies from its desk.
        verify(receiver.replyToOnlyCase(testCase.replyText), "the desk replied")

        // Later, the code typed from paper: spaces, lower case, O for 0, L for 1. First a short one.
        click(window, "I have a follow-up code: read replies to my report")
        type(window, "Follow-up code", "K82Q V992")
        click(window, "Continue")
        text(window, "There is a problem")
        const error = "Your follow-up code has 20 letters and numbers. Check that you typed all of them, and no more."
        text(window, "Error: " + error)
        tryVerify(() => control(window, error).activeFocus, 2000, "focus moves to the error summary")
        Session.flow.back()
        openReplies(window, code.toLowerCase().replace(/-/g, " ").replace(/0/g, "o").replace(/1/g, "l"))
        text(window, "From Test organisation")
        text(window, testCase.replyText)
        shot(window, "4-replies")

        // Answer it: nothing written is refused, then "Yes, it helped" and a few words.
        click(window, "Answer this reply from Test organisation")
        text(window, "Answer Test organisation")
        click(window, "Send answer")
        text(window, "Error: Write your answer, or say whether the response helped")
        click(window, "Yes, it helped")
        type(window, "Your answer (optional if you said whether it helped)", testCase.answerText)
        shot(window, "5-answer")
        click(window, "Send answer")
        text(window, "Replies to your report")
        text(window, "You answered this reply.")
        tryCompare(Session.followUp, "message", "Sent. The organisation has your answer now.", 20000)
        shot(window, "6-answered")

        // The desk files it with the case, unread, and knows it helped (never printing its text).
        const answers = receiver.answersOfOnlyCase()
        verify(/^\d+ answer helped yes \S+ unread$/.test(answers.trim()), answers)

        // Something altered on the way: not shown, and said.
        verify(receiver.postTamperedReply(testCase.mailbox), "a tampered reply is posted")
        click(window, "Check for new replies")
        tryVerify(() => Session.followUp.state === FollowUp.Ready, 30000, "fetched again")
        text(window, "Some replies could not be opened with this code: they may have been changed on the way. They are not shown.")
        compare(Session.followUp.replies.count, 1)
        text(window, testCase.replyText)

        // Delete the replies (the altered one too): gone for every device and every code.
        click(window, "Delete these replies")
        tryVerify(() => Session.followUp.state === FollowUp.Ready, 30000, "deleted")
        text(window, "The replies were deleted. Nobody can read them now, even with the code.")
        text(window, "There are no replies yet.")
        click(window, "Finish and clear the replies from the screen")
        compare(Session.followUp.replies.count, 0)
        control(window, "Start now")
    }

    function test_2_aMistypedCodeOpensAnEmptyMailbox() {
        const window = openMain()
        // A code that could be one (20 symbols) but is nobody's: the same page as a mailbox with no
        // replies, as the intake's answer is the same.
        openReplies(window, "ZZZZ YYYY XXXX WWWW VVVV")
        text(window, "There are no replies yet.")
        compare(Session.followUp.replies.count, 0)
        verify(!has(window, "Add information to your report"))
        click(window, "Finish and clear the replies from the screen")
    }
}
