// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbour
import "../helpers"

// The shortest honest report, measured (issue 15): the route the issue counted, driven through the
// real UI as a person on a phone would: anonymous, to a support organisation, only the story given,
// every optional question left as it is. Prints "shortest report: N screens, N taps" (screens from
// the start page to the confirmation, both counted; taps on controls, a block of typing being one
// tap on its field). Fails above 8 screens.
// Then the confirmation: each emergency number once, as a link.
// Its own process (CMakeLists.txt): it sends a report, and tst_reportflow counts its intake's.
HarbourTestCase {
    id: testCase
    name: "ShortestReport"
    width: 390
    height: 844

    property int screens: 0
    property int taps: 0
    property var lastPage: null

    // Counts the page on screen once it has settled, if it is a new one.
    function look(window) {
        settle(window)
        const page = stackOf(window).currentItem
        if (page !== lastPage) {
            lastPage = page
            ++screens
        }
    }
    function tap(window, name) {
        look(window)
        click(window, name)
        ++taps
        look(window)
    }
    function typeStory(window, name, story) {
        look(window)
        type(window, name, story)
        ++taps
    }

    function test_shortestReport() {
        const window = openMain()
        window.width = testCase.width
        window.height = testCase.height
        screens = 0
        taps = 0
        lastPage = null
        look(window)
        tap(window, "Start now")
        // What the person wants comes first.
        verify(has(window, "What would you like to happen?"), "the wish is the first question")
        tap(window, "A support organisation")
        tap(window, "Continue")
        const sendNow = "Check and send your report"
        let guard = 0
        while (!has(window, sendNow)) {
            verify(++guard < 10, "the essentials end at \"Send now, or tell us more\"")
            if (has(window, "What happened?") && Session.flow.draft.value === undefined)
                typeStory(window, "What happened?", "Someone shouted racist abuse at me at a bus stop and spat at me.")
            tap(window, "Continue")
        }
        tap(window, sendNow)
        // Check answers reads back who gets it and contact, above the one Send button.
        verify(has(window, "Check your answers before sending your report"))
        const page = stackOf(window).currentItem
        const named = name => visibleItems(page, []).find(item => item.objectName === name)
        const recipients = named("recipientsRow")
        const contact = named("contactRow")
        verify(recipients && recipients.visible && contact && contact.visible)
        verify(recipients.answer.indexOf(Session.routing.chosenNames) >= 0 && Session.routing.chosenCount === 1)
        verify(contact.answer.indexOf("No, keep me anonymous") === 0, contact.answer)
        const sends = visibleItems(page, []).filter(item => item.Accessible.role === Accessible.Button
                                                            && item.Accessible.name === "Send report")
        compare(sends.length, 1, "one Send button")
        const below = item => item.mapToItem(page, 0, 0).y
        verify(below(recipients) < below(sends[0]) && below(contact) < below(sends[0]))
        tap(window, "Send report")
        tryVerify(() => Session.flow.page === QuestionFlow.Confirmation, 30000, "the confirmation page")
        look(window)
        tryCompare(Session, "deliveryState", Session.Sent, 20000)
        console.info("shortest report: %1 screens, %2 taps".arg(screens).arg(taps))
        // The issue opened at 29 screens; at most 8, start and confirmation included.
        verify(screens <= 8, "at most 8 screens, counted " + screens)
        verify(screens >= 5 && taps >= 5, "the route was walked")

        // The confirmation lists each emergency number once, as a link a tap dials, on a phone
        // and on a tablet, where the side panel would list it again (issue 15).
        for (const size of [[390, 844], [1280, 800]]) {
            window.width = size[0]
            window.height = size[1]
            settle(window)
            const calls = visibleItems(window.contentItem, []).filter(item => item.Accessible.name === "Call 999")
            compare(calls.length, 1, "\"Call 999\" once at " + size[0] + " px")
            compare(calls[0].Accessible.role, Accessible.Link)
            verify(!has(window, "If you are in danger now, call 999."), "999 is not said twice at " + size[0] + " px")
        }
    }
}
