// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import HarbourUi
import HarbourDesk

// harbour-desk through its UI, as a caseworker works it: controls found by their accessible names,
// clicked and typed into; the real intake behind it (tst_deskui.cpp).
TestCase {
    id: testCase
    name: "DeskUi"
    when: windowShown

    Component {
        id: mainComponent
        Main { }
    }

    function openMain() {
        const window = createTemporaryObject(mainComponent, null)
        window.requestActivate()
        tryVerify(() => window.active, 5000, "the window is active")
        return window
    }
    function visibleItems(root, out) {
        if (!root || !root.visible)
            return out
        out.push(root)
        for (let i = 0; i < root.children.length; ++i)
            visibleItems(root.children[i], out)
        return out
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
        for (let tries = 0; tries < 100 && !search(); ++tries)
            wait(100)
        if (!found) {
            const names = visibleItems(window.contentItem, []).map(i => i.Accessible.name).filter(n => n)
            fail("expected one visible " + (wantText ? "text" : "control") + " named \"" + name + "\", found "
                 + count + "; visible names: " + JSON.stringify(names))
        }
        return found
    }
    function control(window, name) {
        return find(window, name, false)
    }
    function text(window, name) {
        return find(window, name, true)
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
        const item = control(window, name)
        scrollIntoView(window, item)
        mouseClick(item)
        return item
    }
    function type(window, name, value) {
        const field = click(window, name)
        tryVerify(() => field.activeFocus, 2000, "focus in " + name)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        for (const ch of value)
            keyClick(ch)
        return field
    }
    // Where a screen reader is: the focused item's accessible name (docs/accessibility.md, "How each
    // page speaks": a page's heading takes the focus when it opens).
    function focusedOn(window, wanted) {
        const name = () => window.activeFocusItem ? window.activeFocusItem.Accessible.name : ""
        tryVerify(() => wanted(name()), 5000, "the focus is where it should be (on \"" + name() + "\")")
    }
    function unlock(window, passphrase) {
        type(window, "Passphrase", passphrase)
        keyClick(Qt.Key_Return)
    }
    function queueNames(window) {
        const list = visibleItems(window.contentItem, []).find(i => i.objectName === "queueList")
        verify(list, "the queue is shown")
        const names = []
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            names.push(list.itemAtIndex(i).Accessible.name)
        }
        return names
    }
    // Opens a case from the queue by its reference, wherever the queue puts it.
    function openByReference(window, name) {
        const row = queueNames(window).find(n => n.startsWith(fixture.reference(name) + ","))
        verify(row, "the queue lists " + name)
        click(window, row)
        text(window, "Case " + fixture.reference(name))
    }
    function init() {
        Desk.lock()
        Desk.queue.clearFilters()
        Desk.language = "en"
        Desk.textPercent = 100
        Desk.highContrast = false
        Desk.idleMinutes = 10
    }

    function test_1_wrongPassphraseIsRefused() {
        const window = openMain()
        focusedOn(window, name => name === "Unlock the desk")
        unlock(window, "not the passphrase")
        text(window, "Error: That passphrase does not unlock this desk. Check it and try again.")
        // The error takes the focus (a screen reader says it); Tab goes on to the field.
        focusedOn(window, name => name === "Error: That passphrase does not unlock this desk. Check it and try again.")
        keyClick(Qt.Key_Tab)
        focusedOn(window, name => name === "Passphrase")
        verify(!Desk.unlocked)
        compare(Desk.queue.count, 0)
    }

    function test_2_workACase() {
        const window = openMain()
        unlock(window, fixture.passphrase)
        tryVerify(() => Desk.unlocked, 20000, "the desk unlocks")
        // The first sync after unlocking brings the six reports and the junk.
        tryVerify(() => !Desk.syncing && Desk.queue.total === 6, 30000, "the queue holds the six reports")
        verify(!Desk.syncFailed, Desk.syncMessage)
        focusedOn(window, name => name === "Queue (6)")
        control(window, "Junk (1)")
        // Return presses a button, once (as space does).
        control(window, "Show filters").forceActiveFocus()
        keyClick(Qt.Key_Return)
        control(window, "Hide filters").forceActiveFocus()
        keyClick(Qt.Key_Return)
        control(window, "Show filters")
        // Urgent and high risk first, then the rest in the order they arrived.
        const names = queueNames(window)
        compare(names.length, 6)
        const order = ["urgent", "high", "plain", "kiosk", "unknown_kiosk", "contact"]
        for (let i = 0; i < order.length; ++i)
            verify(names[i].startsWith(fixture.reference(order[i]) + ","), names[i] + " is " + order[i])
        verify(names[0].startsWith(fixture.reference("urgent") + ", Urgent, New, High"), names[0])

        // Filters and search on the desk.
        Desk.queue.search = "mosque"
        compare(Desk.queue.count, 1)
        Desk.queue.search = ""
        Desk.queue.sourceFilter = 0 // registered kiosk
        compare(Desk.queue.count, 1)
        Desk.queue.sourceFilter = 1 // unknown kiosk
        compare(Desk.queue.count, 1)
        Desk.queue.clearFilters()
        compare(Desk.queue.count, 6)

        // Open the plain report: its answers, no contact details (the reporter kept anonymous).
        click(window, queueNames(window)[2])
        text(window, "Case " + fixture.reference("plain"))
        focusedOn(window, name => name === "Case " + fixture.reference("plain"))
        text(window, "Shouted at on the bus home from work.")
        text(window, "Not shown: the reporter did not allow this organisation to contact them directly.")
        text(window, "No kiosk signature: sent from a personal device.")

        click(window, "In progress")
        click(window, "Change status")
        tryVerify(() => Desk.actionMessage === "Status changed to In progress.", 20000, "the status is changed")
        text(window, "Status changed to In progress.")
        // The result takes the focus (a screen reader says it).
        focusedOn(window, name => name === "Status changed to In progress.")
        type(window, "Internal note", "Called the reporter back.")
        // Tab leaves the note for the next control.
        keyClick(Qt.Key_Tab)
        tryVerify(() => window.activeFocusItem && window.activeFocusItem.Accessible.name === "Add note",
                  2000, "Tab moves from the note to Add note")
        keyClick(Qt.Key_Return)
        tryVerify(() => Desk.actionMessage === "Note added.", 20000, "the note is added")
        text(window, "Called the reporter back.")
        text(window, "Note added")
        compare(Desk.currentCase.status, 2)

        type(window, "Owner", "Caseworker A")
        click(window, "Save owner")
        tryVerify(() => Desk.actionMessage === "Owner changed to Caseworker A.", 20000, "the owner is saved")
        type(window, "Next action", "Refer to support")
        type(window, "Due date", "2030-01-02")
        click(window, "Save next action")
        tryVerify(() => Desk.actionMessage === "Next action saved.", 20000, "the next action is saved")
        compare(Desk.currentCase.dueDate, "2030-01-02")

        // A second desk (another process) sees all of it after its sync.
        const seen = fixture.desk2Sees(fixture.caseId("plain"))
        compare(seen.status, "in_progress")
        compare(seen.owner, "Caseworker A")
        compare(seen.notes, ["Called the reporter back."])

        // Closed needs a reason.
        click(window, "Closed")
        click(window, "Change status")
        compare(Desk.actionMessage, "Give a reason for closing the case")
        focusedOn(window, name => name === "Give a reason for closing the case")
        compare(Desk.currentCase.status, 2)

        // Contact details where the reporter allowed this organisation; the registered kiosk.
        // The response standard orders the queue: the plain case is past first contact (in
        // progress), so its next clock is the decision's, later than the new cases' first contact.
        click(window, "Back to the queue")
        // Back in the queue, focus is on the case's row.
        focusedOn(window, name => name.startsWith(fixture.reference("plain") + ","))
        const after = queueNames(window)
        verify(after[5].startsWith(fixture.reference("plain") + ","), after[5])
        verify(after[5].includes("Decision due by") && after[5].includes("Next action due"), after[5])
        verify(after[2].startsWith(fixture.reference("kiosk") + ",") && after[2].includes("First contact due by"), after[2])
        openByReference(window, "contact")
        text(window, "07700900123")
        click(window, "Back to the queue")
        openByReference(window, "kiosk")
        text(window, "Source: Registered kiosk: Library, front desk")
        click(window, "Lock")
        tryVerify(() => !Desk.unlocked)
        compare(Desk.queue.count, 0)
        verify(!Desk.caseOpen)
    }

    function test_3_locksAfterIdle() {
        const window = openMain()
        unlock(window, fixture.passphrase)
        tryVerify(() => Desk.unlocked && Desk.queue.total === 6, 30000, "the desk unlocks")
        click(window, queueNames(window)[0])
        tryVerify(() => Desk.caseOpen)
        Desk.idleMinutes = 0.05 // 3 seconds
        tryVerify(() => !Desk.unlocked, 15000, "the desk locks itself")
        compare(Desk.queue.total, 0)
        verify(!Desk.caseOpen)
        compare(Desk.currentCase.caseId, "")
        compare(Desk.junk.count, 0)
        text(window, "The desk locked itself after 1 minute without use.")
        control(window, "Passphrase")
    }

    // The kiosk registry: a key that does not read is refused in words; revoking the registered
    // kiosk makes its report one from an unknown kiosk; adding it again trusts it again.
    function test_5_kioskRegistry() {
        const window = openMain()
        unlock(window, fixture.passphrase)
        tryVerify(() => Desk.unlocked && Desk.queue.total === 6, 30000, "the desk unlocks")
        Desk.queue.sourceFilter = 0
        compare(Desk.queue.count, 1)
        // The tab bar may still be placing its tabs just after unlocking: wait until it holds still.
        const tab = control(window, "Kiosks (1)")
        let x = -1
        tryVerify(() => {
            const now = tab.mapToItem(window.contentItem, 0, 0).x
            const still = now === x
            x = now
            return still
        }, 5000, "the tabs are in place")
        mouseClick(tab)
        text(window, "Add a kiosk")
        type(window, "Kiosk name", "Station")
        type(window, "Kiosk public key", "not a key")
        click(window, "Add kiosk")
        tryVerify(() => Desk.kioskFailed, 5000, "the key is refused")
        text(window, "Enter the kiosk's public key as harbour-kiosk-setup prints it: harbour-kiosk-ed25519 and 44 characters of base64")
        click(window, "Revoke Library, front desk")
        tryVerify(() => Desk.kioskMessage === "Kiosk revoked: its reports now show as from an unknown kiosk.", 10000)
        tryVerify(() => Desk.queue.count === 0, 10000, "no report from a registered kiosk now")
        Desk.queue.sourceFilter = 1
        compare(Desk.queue.count, 2)
        Desk.queue.clearFilters()
        Desk.lock()
    }

    function grab(window, path) {
        let saved = false
        wait(300) // a frame with the new layout
        const pages = visibleItems(window.contentItem, []).find(i => i.objectName === "pages")
        pages.grabToImage(result => {
            saved = result.saveToFile(path)
        })
        tryVerify(() => saved, 5000, "saved " + path)
    }

    // HARBOUR_DESK_SCREENSHOTS=DIR (tests/screenshots/desk.sh): the unlock page, the queue and a case
    // in English, Welsh, 200 % text and high contrast, as PNGs for people to look at.
    function test_4_screenshots() {
        if (fixture.screenshotDir.length === 0)
            skip("HARBOUR_DESK_SCREENSHOTS is not set")
        const variants = [["english", "en", 100, false], ["welsh", "cy", 100, false],
                          ["text200", "en", 200, false], ["contrast", "en", 100, true]]
        const window = openMain()
        window.width = 1280
        window.height = 800
        for (const [name, language, percent, contrast] of variants) {
            Desk.lock()
            Desk.language = language
            Desk.textPercent = percent
            Desk.highContrast = contrast
            const dir = fixture.screenshotDir + "/" + name
            grab(window, dir + "-1-unlock.png")
            Desk.unlock(fixture.passphrase)
            tryVerify(() => Desk.unlocked && !Desk.syncing && Desk.queue.total === 6, 30000, "unlocked")
            grab(window, dir + "-2-queue.png")
            Desk.openCase(fixture.caseId("contact"))
            tryVerify(() => Desk.caseOpen)
            grab(window, dir + "-3-case.png")
            const flick = visibleItems(window.contentItem, []).find(i => i.contentY !== undefined && i.contentHeight > i.height && i.objectName === "casePage")
            if (flick) {
                flick.contentY = Math.min(flick.contentHeight - flick.height, flick.height)
                grab(window, dir + "-4-case-more.png")
            }
            Desk.closeCase()
            const tabs = visibleItems(window.contentItem, []).find(i => i.objectName === "tabs")
            tabs.currentIndex = 3 // the case log
            tryVerify(() => !Desk.checkingLog && Desk.caseLogSummary.length > 0, 20000, "the case log is checked")
            grab(window, dir + "-5-case-log.png")
            tabs.currentIndex = 2 // the kiosk registry (its buttons wrap in a Flow at large text sizes)
            grab(window, dir + "-6-kiosks.png")
            tabs.currentIndex = 0
        }
        Desk.lock()
    }

    // Export through the case page (a PDF read back with pdftotext, a MARAC pack only with the
    // reporter's consent), the audit of the case log, and retention's schedule of closed cases.
    function test_6_exportAuditRetention() {
        verify(fixture.writeRetention('{"delete_closed_after_days": 30, "warn_days": 60}'))
        const window = openMain()
        unlock(window, fixture.passphrase)
        tryVerify(() => Desk.unlocked && !Desk.syncing && Desk.queue.total === 6, 30000, "the desk unlocks")
        const folder = fixture.makeFolder("exports")
        verify(folder.length > 0)
        Desk.exportFolder = folder

        openByReference(window, "contact")
        const historyBefore = Desk.currentCase.history.count
        click(window, "Export case summary (PDF)")
        tryVerify(() => Desk.actionMessage.startsWith("Exported to"), 20000, "the PDF is exported")
        compare(fixture.files(folder), ["HB-CONTACT-case-summary.pdf"])
        const pdf = fixture.pdfText(folder + "/HB-CONTACT-case-summary.pdf")
        verify(pdf.includes("HB-CONTACT"), "the PDF names the case")
        verify(pdf.includes("07700900123"), "the contact the reporter allowed is in the PDF")
        click(window, "Export MARAC pack (PDF)")
        tryVerify(() => !Desk.working && Desk.actionMessage.startsWith("Exported to"), 20000, "the MARAC pack is made with consent")
        compare(fixture.files(folder), ["HB-CONTACT-case-summary.pdf", "HB-CONTACT-marac-pack.pdf"])
        tryVerify(() => Desk.currentCase.history.count === historyBefore + 2, 5000, "both exports are in the history")
        click(window, "Back to the queue")

        // The plain report records no consent to multi-agency sharing: refused, no file.
        openByReference(window, "plain")
        click(window, "Export MARAC pack (PDF)")
        tryVerify(() => !Desk.working && Desk.actionFailed, 20000, "the MARAC pack is refused")
        verify(Desk.actionMessage.startsWith("Not exported: no MARAC pack") && Desk.actionMessage.includes("multi-agency sharing"), Desk.actionMessage)
        text(window, Desk.actionMessage)
        compare(fixture.files(folder).length, 2)

        // Closed: now on retention's schedule, 30 days from today, within the 60-day warning.
        click(window, "Closed")
        type(window, "Reason for closing", "Support given")
        click(window, "Change status")
        tryVerify(() => !Desk.working && Desk.currentCase.status === 4, 20000, "the case is closed")
        click(window, "Back to the queue")

        click(window, "Case log")
        text(window, "Retention")
        text(window, "Closed cases are deleted 30 days after they were closed, on every desk and at the intake. Each is listed as soon 60 days before.")
        tryVerify(() => Desk.retention.count === 1, 10000, "the closed case is on the schedule")
        text(window, "Case " + fixture.reference("plain"))
        tryVerify(() => !Desk.checkingLog && Desk.caseLogSummary.includes("No problems found"), 20000, Desk.caseLogSummary)
        verify(!Desk.caseLogProblems)
        verify(Desk.caseLog.count >= 4, "the events are listed: " + Desk.caseLog.count)
        text(window, Desk.caseLogSummary)
        control(window, "Check the case log again")
        compare(Desk.retentionDue, 0)
        Desk.lock()
        verify(fixture.writeRetention('{}'))
    }

    // The way back (issue 17): a report whose reporter took a follow-up code; the caseworker replies
    // from the case page (CaseActions::reply), the reporter's device opens the reply with the code;
    // the reporter's answer ("it helped a little") marks the case in the queue until it is opened.
    function test_7_theWayBack() {
        verify(fixture.postFollowUpReport(), "the report with a follow-up code is posted")
        const window = openMain()
        unlock(window, fixture.passphrase)
        tryVerify(() => Desk.unlocked && !Desk.syncing && Desk.queue.total === 7, 30000, "the seventh report")
        Desk.queue.search = "station"
        compare(Desk.queue.count, 1)
        click(window, queueNames(window)[0])
        text(window, "Case " + fixture.reference("followup"))
        text(window, "The reporter's answers and additions")
        text(window, "The reporter has not answered or added anything yet.")
        text(window, "No reply has been sent yet.")

        // An empty reply is refused in words; then a reply, sealed to the mailbox and in the log.
        click(window, "Send reply")
        compare(Desk.actionMessage, "Write the reply first")
        const reply = "Thank you. A caseworker will call you on Tuesday."
        type(window, "Reply", reply)
        click(window, "Send reply")
        tryVerify(() => Desk.actionMessage === "Reply sent. Only the reporter's follow-up code opens it.", 20000,
                  "the reply is sent")
        text(window, reply)
        text(window, "Reply sent to the reporter")
        compare(fixture.replies(), [reply])

        // The reporter answers; after a sync the queue marks the case, and opening it shows the answer.
        verify(fixture.answerFirstReply("Tuesday is fine, after 5pm."), "the reporter's answer is posted")
        click(window, "Back to the queue")
        click(window, "Sync now")
        tryVerify(() => !Desk.syncing && queueNames(window)[0].includes("New answer from the reporter"), 30000,
                  "the queue marks the unread answer")
        compare(Desk.queue.total, 7) // the answer is no case of its own
        // The row shows it too, beside the reference (its name says it in words, above).
        verify(visibleItems(window.contentItem, []).some(i => i.text === "New answer" && i.width > 0), "the row's mark")
        click(window, queueNames(window)[0])
        text(window, "Tuesday is fine, after 5pm.")
        someTextMatching(window, /^New: Answer, .*\. Did the response help\? A little$/)
        compare(Desk.currentCase.unreadAnswers, 1)
        // Opened: read on this desk, so the queue no longer marks it.
        click(window, "Back to the queue")
        tryVerify(() => !queueNames(window)[0].includes("New answer"), 5000, "read once opened")
        Desk.queue.clearFilters()
        Desk.lock()
    }
    function someTextMatching(window, pattern) {
        tryVerify(() => visibleItems(window.contentItem, []).some(i => isText(i) && pattern.test(i.Accessible.name)),
                  5000, "a text matching " + pattern)
    }
}
