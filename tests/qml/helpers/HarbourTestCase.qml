// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbour

// What Harbour's UI tests share (tst_reportflow, tst_inclusion, kiosk/KioskTestCase): opening Main,
// finding controls by their accessible names as a screen reader does, clicking and typing as a
// person does, and waiting for pages to settle.
TestCase {
    id: testCase
    when: windowShown

    Component {
        id: mainComponent
        Main { }
    }

    // A new window: keys go to the active window, so wait until it is (else the first key is lost).
    function openMain() {
        const window = createTemporaryObject(mainComponent, null)
        window.requestActivate()
        tryVerify(() => window.active, 5000, "the window is active")
        return window
    }
    function init() {
        Session.clear()
        // Other test files may leave another language or display settings behind: these names are English.
        Session.language = "en"
        Session.preferences.reset()
    }

    // Every visible item under root; with skipTransparent, also leaving out fully transparent ones.
    function visibleItems(root, out, skipTransparent) {
        if (!root || !root.visible || (skipTransparent === true && root.opacity === 0))
            return out
        out.push(root)
        for (let i = 0; i < root.children.length; ++i)
            visibleItems(root.children[i], out, skipTransparent)
        return out
    }
    function stackOf(window) {
        return visibleItems(window.contentItem, []).find(i => i.objectName === "pageStack")
    }
    // Waits until no page transition is running: StackView takes no input while busy.
    function settle(window) {
        const stack = stackOf(window)
        tryVerify(() => !stack.busy, 5000, "page transition finished")
        // A page that has just arrived scrolls to its top on the next turn of the event loop
        // (PageScaffold): a person sees it there before touching anything.
        wait(20)
    }
    function isText(item) {
        return item.Accessible.role === Accessible.StaticText || item.Accessible.role === Accessible.Heading
    }
    function find(window, name, wantText) {
        let found = null
        let count = 0
        const search = () => {
            const matches = visibleItems(window.contentItem, []).filter(
                item => item.Accessible.name === name && item.width > 0 && isText(item) === wantText)
            count = matches.length
            found = count === 1 ? matches[0] : null
            return found !== null
        }
        for (let tries = 0; tries < 50 && !search(); ++tries)
            wait(100)
        if (!found) {
            const names = visibleItems(window.contentItem, []).map(i => i.Accessible.name).filter(n => n)
            fail("expected one visible " + (wantText ? "text" : "control") + " named \"" + name + "\", found "
                 + count + "; visible names: " + JSON.stringify(names))
        }
        return found
    }
    // The visible text or heading reading exactly `name`.
    function text(window, name) {
        return find(window, name, true)
    }
    // The visible control (not text) whose accessible name is exactly `name`.
    function control(window, name) {
        return find(window, name, false)
    }
    function has(window, name) {
        return visibleItems(window.contentItem, []).some(item => item.Accessible.name === name && item.width > 0)
    }
    // The visible texts reading exactly `name` (at least one).
    function someText(window, name) {
        tryVerify(() => visibleItems(window.contentItem, []).some(
                      item => item.Accessible.name === name && isText(item)), 5000, "a text reads \"" + name + "\"")
    }
    // A visible text whose name matches the pattern; returns its name.
    function textMatching(window, pattern) {
        let name = ""
        tryVerify(() => {
            const item = visibleItems(window.contentItem, []).find(i => isText(i) && pattern.test(i.Accessible.name))
            name = item ? item.Accessible.name : ""
            return item !== undefined
        }, 5000, "a text matching " + pattern)
        return name
    }
    // Scrolls the page the way a person would until the item is inside the window. A new page lays
    // itself out on the next frame, so this tries again until its place is known.
    function scrollIntoView(window, item) {
        let flick = item.parent
        while (flick && flick.contentY === undefined)
            flick = flick.parent
        if (!flick)
            return
        const inside = () => {
            const top = item.mapToItem(flick.contentItem, 0, 0).y
            if (top < flick.contentY || top + item.height > flick.contentY + flick.height)
                flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, top - flick.height / 3))
            const pos = item.mapToItem(window.contentItem, 0, 0)
            return pos.y >= 0 && pos.y + item.height <= window.height
        }
        tryVerify(inside, 3000, item.Accessible.name + " is inside the window")
    }
    function click(window, name) {
        settle(window)
        const item = control(window, name)
        scrollIntoView(window, item)
        mouseClick(item)
        return item
    }
    function clickAll(window, names) {
        for (const name of names)
            click(window, name)
    }
    function type(window, name, text) {
        const field = click(window, name)
        tryVerify(() => field.activeFocus, 2000, "focus in " + name)
        for (const ch of text)
            keyClick(ch)
    }
    // Clears a field the way a person would (select all, then type over it).
    function retype(window, name, text) {
        const field = click(window, name)
        tryVerify(() => field.activeFocus, 2000, "focus in " + name)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        for (const ch of text)
            keyClick(ch)
    }

    // Harbour's own steps.
    function next(window) {
        click(window, "Continue")
    }
    // Start, then what the person wants (a support organisation): the first question.
    function startReport(window) {
        click(window, "Start now")
        text(window, "What would you like to happen?")
        click(window, "A support organisation")
        next(window)
        text(window, "Are you in danger now? (optional)")
    }
    // On "Send now, or tell us more": one optional section's questions.
    function openSection(window, name) {
        text(window, "Send now, or tell us more")
        click(window, name)
    }
    // Straight to the check page through the flow (the questions are the report flow test's job).
    function toCheckPage(window) {
        Session.flow.showPage(QuestionFlow.Check)
        text(window, "Check your answers before sending your report")
    }
    // From the check page: a support organisation if nothing is chosen yet (through the Change
    // link), anonymous as check answers says, and the one Send.
    function chooseRecipientsAndSend(window) {
        text(window, "Check your answers before sending your report")
        if (Session.routing.choice === Routing.Unanswered || Session.routing.chosenCount === 0) {
            click(window, "Change your answer to: Who gets your report")
            click(window, "A support organisation")
            next(window)
            text(window, "Check your answers before sending your report")
        }
        click(window, "Send report")
    }
}
