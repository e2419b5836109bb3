// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbour

// What the kiosk UI tests share: finding controls by their accessible names (as in
// ../tst_reportflow.qml), clicking and typing as a person does, and opening Main.
TestCase {
    id: testCase
    when: windowShown

    Component {
        id: mainComponent
        Main { }
    }

    function visibleItems(root, out) {
        if (!root || !root.visible)
            return out
        out.push(root)
        for (let i = 0; i < root.children.length; ++i)
            visibleItems(root.children[i], out)
        return out
    }
    function stackOf(window) {
        return visibleItems(window.contentItem, []).find(i => i.objectName === "pageStack")
    }
    // StackView takes no input while a transition runs.
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
            fail("expected one visible item named \"" + name + "\", found " + count + "; visible names: " + JSON.stringify(names))
        }
        return found
    }
    function text(window, name) {
        return find(window, name, true)
    }
    function control(window, name) {
        return find(window, name, false)
    }
    function has(window, name) {
        return visibleItems(window.contentItem, []).some(item => item.Accessible.name === name && item.width > 0)
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
    function type(window, name, text) {
        const field = click(window, name)
        tryVerify(() => field.activeFocus, 2000, "focus in " + name)
        for (const ch of text)
            keyClick(ch)
    }
    function next(window) {
        click(window, "Continue")
    }
    function startReport(window) {
        click(window, "Start now")
        text(window, "Are you in danger now? (optional)")
    }
    // Straight to the check page through the flow (the questions are the report flow test's job).
    function toCheckPage(window) {
        Session.flow.showPage(QuestionFlow.Check)
        window.showFlowPage()
        text(window, "Check your answers before sending your report")
    }
    function chooseRecipientsAndSend(window) {
        click(window, "Send report")
        click(window, "A support organisation")
        next(window)
        click(window, "No, keep me anonymous")
        click(window, "Send report")
    }
    function screenshot(window, name) {
        if (receiver.screenshotDir.length === 0)
            return
        settle(window)
        wait(200)
        grabImage(window.contentItem).save(receiver.screenshotDir + "/" + name + ".png")
    }
    function openMain() {
        const window = createTemporaryObject(mainComponent, null)
        window.requestActivate()
        tryVerify(() => window.active, 5000, "the window is active")
        return window
    }
    function init() {
        Session.clear()
        Session.language = "en"
        Session.preferences.reset()
    }
}
