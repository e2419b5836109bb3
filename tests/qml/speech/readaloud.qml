// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbour

// Read-aloud (issue 5): the engine speaks (its state goes to Speaking), a language the engine
// lacks shows a plain message naming it, and every question, hint, answer choice and the
// confirmation are in what a page reads aloud.
TestCase {
    id: testCase
    name: "ReadAloud"
    when: windowShown

    Component {
        id: mainComponent
        Main {
            selfTest: true
            quitWhenDone: false
        }
    }
    Component {
        id: barComponent
        ReadAloudBar { }
    }

    function initTestCase() {
        // The engine is made when read-aloud is first wanted (Main binds it to the preference).
        verify(Speech.engine === null, "no speech engine before read-aloud is wanted")
        Speech.wanted = true
        verify(Speech.engine !== null, "the engine is made once read-aloud is wanted")
    }

    function test_1_speaks() {
        Speech.wanted = true
        tryVerify(() => Speech.engine !== null, 15000, "the speech engine was made")
        Speech.language = "en"
        verify(Speech.available, "the engine has an English voice")
        let spoke = false
        const watch = () => { if (Speech.speaking) spoke = true }
        Speech.engine.stateChanged.connect(watch)
        Speech.say("Harbour read aloud test.")
        tryVerify(() => spoke, 15000, "the engine started speaking")
        Speech.stop()
        Speech.engine.stateChanged.disconnect(watch)
        console.info("read-aloud: engine %1, %2 locales, English speaking: yes".arg(Speech.engine.engine)
                     .arg(Speech.engine.availableLocales().length))
    }

    // "Read the code aloud" speaks even when read-aloud is off for the pages (Speech.sayNow).
    function test_1b_readTheCodeAloud() {
        Speech.language = "en"
        Speech.wanted = false
        let spoke = false
        const watch = () => { if (Speech.speaking) spoke = true }
        Speech.engine.stateChanged.connect(watch)
        Speech.sayNow("Your follow-up code is: K, 8, 2, Q. V, 9, 9, 2")
        tryVerify(() => spoke, 15000, "the code is read aloud")
        Speech.stop()
        Speech.engine.stateChanged.disconnect(watch)
        console.info("read-aloud: the follow-up code read aloud with read-aloud off: yes")
    }

    function test_2_unavailableLanguage() {
        // Somali: no espeak-ng voice (docs/accessibility.md); a recorded-audio language.
        Speech.language = "so"
        verify(!Speech.available, "no Somali voice on this engine")
        const bar = createTemporaryObject(barComponent, testCase, { width: 360 })
        const message = findChild(bar, "readAloudUnavailable")
        verify(message !== null)
        // Not drawn here (the test case is no visible item); what counts is that it would show.
        verify(message.visible || !bar.visible || !testCase.visible, "the message is shown")
        verify(!Speech.available)
        verify(message.text.indexOf(Qt.locale("so").nativeLanguageName) >= 0, message.text)
        verify(message.text.indexOf("not available") >= 0, message.text)
        console.info("read-aloud: unavailable message shown for so: yes")
        Speech.language = "en"
        verify(Speech.available)
    }

    // What each page reads aloud holds its question, hint and every choice; the confirmation its
    // reference and what happens next.
    function test_3_everyPageReadable() {
        const window = createTemporaryObject(mainComponent, null, { width: 360, height: 740 })
        const missing = []
        let questions = 0, choices = 0, hints = 0, confirmation = false
        // The way back's pages (issue 17): each reads its heading and what it says.
        const followUp = { FollowUpCodePage: ["Enter your follow-up code", "Follow-up code",
                                              "For example, K82Q V992 78T6 CAJ1 0HKB. Spaces, dashes and capital letters do not matter."],
                           FollowUpRepliesPage: ["Replies to your report", "There are no replies yet."],
                           FollowUpAnswerPage: ["Add information to your report", "What you want to add"] }
        const followUpRead = new Set()
        // The shortest report's pages (issue 15): the wish, "Send now, or tell us more", and check
        // answers with who gets it and contact before the one Send.
        const shortest = { RecipientsPage: ["A support organisation", "Only record it: I do not want any action taken"],
                           TaskListPage: ["Send now, or tell us more", "You can send it now.", "Tell us more (optional)",
                                          "The people who did it", "Not started"],
                           CheckAnswersPage: ["Check your answers before sending your report", "Who gets your report",
                                              "Can they contact you?", "Now send your report"] }
        const shortestRead = new Set()
        window.selfTestPageShown.connect(page => {
            const spoken = page.readingText ? page.readingText() : ""
            if (page.objectName.startsWith("question-")) {
                const q = page.question
                questions++
                if (spoken.indexOf(q.heading) < 0)
                    missing.push("question " + q.id)
                if (q.hint && q.hint.length > 0) {
                    hints++
                    if (spoken.indexOf(q.hint) < 0)
                        missing.push("hint of " + q.id)
                }
                for (const option of (q.options || [])) {
                    choices++
                    if (spoken.indexOf(option.label) < 0)
                        missing.push("choice %1 of %2".arg(option.value).arg(q.id))
                    if (option.hint && spoken.indexOf(option.hint) < 0)
                        missing.push("hint of choice %1 of %2".arg(option.value).arg(q.id))
                }
            } else if (shortest[page.objectName] !== undefined) {
                shortestRead.add(page.objectName)
                for (const words of shortest[page.objectName]) {
                    if (spoken.indexOf(words) < 0)
                        missing.push("%1 on %2".arg(words).arg(page.objectName))
                }
            } else if (followUp[page.objectName] !== undefined) {
                followUpRead.add(page.objectName)
                for (const words of followUp[page.objectName]) {
                    if (spoken.indexOf(words) < 0)
                        missing.push("%1 on %2".arg(words).arg(page.objectName))
                }
            } else if (page.objectName === "ConfirmationPage") {
                confirmation = spoken.indexOf(qsTr("What happens next")) >= 0 && spoken.indexOf(qsTr("Your reference number")) >= 0
            }
        })
        tryVerify(() => window.selfTestDone, 120000, "the self-test showed every page")
        console.info("read-aloud: %1 questions, %2 hints, %3 choices in what pages read aloud, confirmation: %4, follow-up pages: %5, shortest report's pages: %6, missing: %7"
                     .arg(questions).arg(hints).arg(choices).arg(confirmation ? "yes" : "no").arg(followUpRead.size)
                     .arg(shortestRead.size).arg(missing.length))
        verify(questions > 10)
        verify(confirmation, "the confirmation page reads its reference and what happens next")
        compare(followUpRead.size, 3, "the three follow-up pages were read")
        compare(shortestRead.size, 3, "the wish, \"Send now, or tell us more\" and check answers were read")
        compare(missing.length, 0, missing.slice(0, 5).join("; "))
        Session.clear()
    }
}
