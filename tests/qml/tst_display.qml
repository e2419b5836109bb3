// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbour
import "helpers"

// Display and language from every page (issue 15, part 5): the start page's language control names
// the language in its own script and opens the language page; the header's "Display and language"
// changes text size in the middle of a report and the answers stay; easy read reaches the danger,
// recipient, contact and check-answers pages.
HarbourTestCase {
    id: testCase
    name: "Display"

    // Items over the pages (the display menu is a popup in the window's overlay) and under them.
    function everywhere(window) {
        return visibleItems(window.contentItem.parent, [])
    }
    function overlayControl(window, name) {
        let found = null
        tryVerify(() => {
            found = everywhere(window).find(item => item.Accessible.name === name && item.width > 0
                                                  && !isText(item))
            return found !== undefined
        }, 5000, "a control named \"" + name + "\" is shown")
        return found
    }
    // The menu's heading is shown while it is open (the button of the same name is a control).
    function menuOpen(window) {
        return everywhere(window).some(item => item.Accessible.name === "Display and language" && isText(item))
    }
    function byObjectName(window, objectName) {
        return everywhere(window).find(item => item.objectName === objectName)
    }

    function test_languageButtonNamesTheLanguageInItsOwnScript() {
        const window = openMain()
        settle(window)
        const button = control(window, "Language: English")
        compare(button.languageName, "English")
        // In Arabic the button shows العربية, whatever the person can read.
        Session.language = "ar"
        tryVerify(() => button.languageName === "العربية", 3000, "the button names Arabic in Arabic")
        verify(button.Accessible.name.indexOf("العربية") >= 0, button.Accessible.name)
        Session.language = "en"
        tryCompare(button, "languageName", "English")
        settle(window)
        mouseClick(button)
        tryCompare(Session.flow, "page", QuestionFlow.Language)
        text(window, "Choose your language")
    }

    function test_textSizeChangesMidReportAndAnswersStay() {
        const window = openMain()
        startReport(window)
        click(window, "No")
        const choice = control(window, "No")
        tryVerify(() => choice.checked, 2000, "the answer is chosen")
        const questionPage = Session.flow.page

        // The header's control opens the options over the page.
        const display = control(window, "Display and language")
        verify(display.height >= 48, "a 48 px target")
        mouseClick(display)
        tryVerify(() => menuOpen(window), 3000, "the display menu is open")
        const largest = overlayControl(window, "Largest text")
        scrollIntoView(window, largest)
        mouseClick(largest)
        tryCompare(Session.preferences, "textScale", 2.0)
        // Exit stays reachable with the menu open.
        verify(control(window, "Exit: leave quickly and clear this report").visible)
        const close = overlayControl(window, "Close and go back")
        scrollIntoView(window, close)
        mouseClick(close)
        tryVerify(() => !menuOpen(window), 3000, "the menu closes")

        // Same page, same answer, larger text.
        compare(Session.flow.page, questionPage)
        textMatching(window, /^Are you in danger now\?/)
        tryVerify(() => control(window, "No").checked, 2000, "the answer is still chosen")
        next(window)
        textMatching(window, /^What happened\?/)
    }

    function test_displayMenuChangesLanguageWithoutLeavingThePage() {
        const window = openMain()
        startReport(window)
        const page = Session.flow.page
        mouseClick(control(window, "Display and language"))
        tryVerify(() => menuOpen(window), 3000, "the display menu is open")
        const welsh = overlayControl(window, "Cymraeg (Welsh)")
        scrollIntoView(window, welsh)
        mouseClick(welsh)
        tryCompare(Session, "language", "cy")
        compare(Session.flow.page, page)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !menuOpen(window), 3000, "the menu closes")
    }

    function test_easyReadOnTheLastPages_data() {
        return [
            { tag: "danger", page: QuestionFlow.Danger, objectName: "dangerEasyRead" },
            { tag: "recipients", page: QuestionFlow.Recipients, objectName: "recipientsEasyRead" },
            { tag: "contact", page: QuestionFlow.Contact, objectName: "contactEasyRead" },
            { tag: "check", page: QuestionFlow.Check, objectName: "checkEasyRead" },
            { tag: "send now or tell us more", page: QuestionFlow.TaskList, objectName: "taskListEasyRead" }
        ]
    }
    function test_easyReadOnTheLastPages(data) {
        const window = openMain()
        settle(window)
        Session.flow.showPage(data.page)
        settle(window)
        tryVerify(() => byObjectName(window, data.objectName) === undefined, 2000, "no easy read until chosen")
        Session.preferences.easyRead = true
        tryVerify(() => byObjectName(window, data.objectName) !== undefined, 3000, "easy read is shown")
        const ideas = byObjectName(window, data.objectName)
        // Each idea has a picture and a sentence a screen reader reads.
        const sentences = visibleItems(ideas, []).filter(item => isText(item) && item.Accessible.name)
        verify(sentences.length >= 3, "at least three easy-read sentences, found " + sentences.length)
        const pictures = visibleItems(ideas, []).filter(item => item.source !== undefined && item.status === Image.Ready)
        compare(pictures.length, sentences.length)
    }
}
