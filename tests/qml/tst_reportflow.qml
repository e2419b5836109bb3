// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbour

// Completes a report the way a person does: finding controls by their accessible names,
// clicking and typing. Then the organisation's inbox opens it.
TestCase {
    id: testCase
    name: "ReportFlow"
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
    // Waits until no page transition is running: StackView takes no input while busy.
    function settle(window) {
        const stack = visibleItems(window.contentItem, []).find(i => i.objectName === "pageStack")
        tryVerify(() => !stack.busy, 5000, "page transition finished")
    }
    function isText(item) {
        return item.Accessible.role === Accessible.StaticText || item.Accessible.role === Accessible.Heading
    }
    // The visible text or heading reading exactly `name`.
    function text(window, name) {
        return find(window, name, true)
    }
    // The visible control (not text) whose accessible name is exactly `name`.
    function control(window, name) {
        return find(window, name, false)
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
            fail("expected one visible control named \"" + name + "\", found " + count
                 + "; visible names: " + JSON.stringify(names))
        }
        return found
    }
    // Scrolls the page the way a person would until the item is inside the window.
    function scrollIntoView(window, item) {
        let flick = item.parent
        while (flick && flick.contentY === undefined)
            flick = flick.parent
        if (!flick)
            return
        const top = item.mapToItem(flick.contentItem, 0, 0).y
        if (top < flick.contentY || top + item.height > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, top - flick.height / 3))
        const pos = item.mapToItem(window.contentItem, 0, 0)
        verify(pos.y >= 0 && pos.y + item.height <= window.height, item.Accessible.name + " is inside the window")
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
    function heading(window) {
        const page = visibleItems(window.contentItem, []).find(i => i.objectName && i.objectName.startsWith("question-"))
        return page ? page.objectName : ""
    }

    function init() {
        Session.clear()
    }

    function test_1_exitClearsTheReport() {
        const window = createTemporaryObject(mainComponent, null)
        click(window, "Start now")
        type(window, "What happened?", "exit canary")
        compare(Session.report.answers.narrative, "exit canary")
        click(window, "Exit: leave quickly and clear this report")
        verify(Session.report.isEmpty)
        control(window, "Start now")
    }

    function test_2_missingNarrativeShowsTheErrorSummary() {
        const window = createTemporaryObject(mainComponent, null)
        click(window, "Start now")
        click(window, "Continue")
        text(window, "There is a problem")
        const link = control(window, "Tell us what happened")
        tryVerify(() => link.activeFocus, 2000, "focus moves to the error summary")
        click(window, "Tell us what happened")
        tryVerify(() => control(window, "What happened?").activeFocus, 2000, "the link moves focus to the field")
    }

    function test_3_wholeReportArrivesAsTyped() {
        const window = createTemporaryObject(mainComponent, null)
        click(window, "Start now")
        type(window, "What happened?", "A man spat at us outside the mosque and shouted abuse.")
        click(window, "Continue")
        click(window, "Religion or belief, including having no belief")
        click(window, "Race or ethnicity, including Gypsy, Irish Traveller and Roma")
        click(window, "Continue")
        click(window, "No")
        click(window, "Continue")
        click(window, "Continue")           // when: optional, left empty
        type(window, "Where did it happen? (optional)", "Outside the mosque on Brick Lane")
        click(window, "Continue")

        // Change an answer from the check page and come back to it.
        click(window, "Change your answer to: Did it happen online, or through a phone or computer?")
        click(window, "Partly")
        click(window, "Continue")
        text(window, "Not provided")     // the skipped question says so
        click(window, "Send report")

        tryCompare(Session, "deliveryState", Session.Sent, 15000)
        const reference = Session.reference
        verify(/^HB-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(reference))
        text(window, "Report sent")

        const report = JSON.parse(receiver.openOnlyReport())
        compare(report.reference, reference)
        compare(report.answers.narrative, "A man spat at us outside the mosque and shouted abuse.")
        compare(report.answers.targeted, ["religion", "race"])
        compare(report.answers.online, "partly")
        compare(report.answers.where, "Outside the mosque on Brick Lane")
        verify(report.answers.when === undefined)
        compare(report.flags.strands, ["race", "religion"])
        compare(report.flags.cyber_enabled, true)
        compare(receiver.storedCount(), 1)

        click(window, "Finish and clear this report from the screen")
        verify(Session.report.isEmpty)
        compare(Session.reference, "")
        control(window, "Start now")
    }
}
