// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Harbour

// --self-test: shows every page once through Session.flow, as the pages themselves would move it;
// Main.qml shows each page, and any QML warning fails the run. With --screenshots DIR, each page
// is saved as PNGs there, a screenful at a time down to its end. Made by Main only with --self-test.
Timer {
    id: driver
    // What a screenshot shows: the whole window's content, header included.
    required property Item screen
    // Main's pages, which follow Session.flow.
    required property StackView stack
    readonly property Item page: stack.currentItem
    required property string screenshotDir
    // After each step, the page it showed (tests check every page).
    signal pageShown(Item page)
    signal done()

    property int step: 0
    property list<var> steps: []
    // With screenshots, a page is grabbed on the tick after it is shown (grabbing waits for a
    // frame), a screenful at a time down to its end.
    property bool grabNext: false
    property int grabPart: 0

    interval: driver.screenshotDir.length > 0 ? 400 : 50
    repeat: true
    running: true

    function capture(name: string, after: var): void {
        if (driver.screenshotDir.length === 0)
            return
        driver.screen.grabToImage(result => {
            result.saveToFile(driver.screenshotDir + "/" + name + ".png")
            after()
        })
    }
    // A page's own Continue or Send: the flow checks it and the page moves focus to its errors.
    function submit(): void {
        const form = driver.page as FormPage
        if (form)
            form.submit()
    }
    // Every question of whatever questionnaire is loaded, then each kind of page and state.
    function makeSteps(): list<var> {
        const flow = Session.flow
        const list = []
        for (let i = 0; i < flow.questionCount; ++i)
            list.push(() => flow.showQuestionAt(i))
        const date = flow.indexOfType(QuestionType.Date)
        if (date >= 0) {
            for (const mode of ["exact", "approximate", "range", "ongoing"]) {
                list.push(() => {
                    flow.showQuestionAt(date)
                    flow.setDraftValue("mode", mode)
                    // A range ending before it starts: the error summary and the messages.
                    if (mode === "range") {
                        for (const [k, v] of [["from_day", "9"], ["from_month", "5"], ["from_year", "2024"],
                                              ["to_day", "2"], ["to_month", "5"], ["to_year", "2024"]])
                            flow.setDraftValue(k, v)
                        flow.next()
                    }
                })
            }
        }
        const place = flow.indexOfType(QuestionType.Place)
        if (place >= 0) {
            list.push(() => {
                flow.showQuestionAt(place)
                flow.setDraftValue("area", "E1 6AN")
                flow.next()
            })
        }
        const group = flow.indexOfType(QuestionType.Group)
        if (group >= 0) {
            list.push(() => flow.showPage(QuestionFlow.GroupItem))
            // Two items on the group's page, each described by its first question.
            list.push(() => {
                for (let n = 0; n < 2; ++n) {
                    flow.showQuestionAt(group)
                    flow.addItem()
                    const first = flow.current.questions[0]
                    const isText = first.type === QuestionType.Line || first.type === QuestionType.Text
                    const option = first.options[n % first.options.length]
                    flow.setDraftValue(first.id, isText ? "Example " + (n + 1) : option.value)
                    flow.next()
                }
            })
        }
        // With optional sections: the wish first, and "Send now, or tell us more".
        if (flow.tasked) {
            list.push(() => flow.start())
            list.push(() => flow.showPage(QuestionFlow.TaskList))
        }
        list.push(() => flow.showPage(QuestionFlow.Danger))
        list.push(() => flow.showPage(QuestionFlow.Check))
        // The pages after the check page: the choice unanswered, then "both" with its proposals,
        // then contact with every field shown, then an error on each page.
        list.push(() => flow.next())
        list.push(() => { Session.routing.choice = Routing.Both })
        list.push(() => flow.showPage(QuestionFlow.Contact))
        list.push(() => {
            Session.routing.contact = Routing.Contactable
            Session.routing.setContactMethod("phone", true)
            Session.routing.setContactMethod("email", true)
        })
        list.push(() => {
            Session.routing.phone = "12"
            driver.submit()
        })
        list.push(() => {
            Session.routing.clear()
            flow.back()
            driver.submit()
        })
        list.push(() => flow.showPage(QuestionFlow.Confirmation))
        list.push(() => Session.clear())
        // The way back: the code page, its error, the replies page (no replies: the same page for an
        // unknown mailbox and an empty one), answering and adding.
        list.push(() => flow.showPage(QuestionFlow.FollowUpCode))
        list.push(() => Session.followUp.open("K82Q V992"))
        list.push(() => flow.showPage(QuestionFlow.FollowUpReplies))
        list.push(() => {
            Session.followUp.startAnswer(-1)
            flow.showPage(QuestionFlow.FollowUpAnswer)
        })
        list.push(() => Session.clear())
        list.push(() => flow.showPage(QuestionFlow.Language))
        // kiosk staff pages (locked: the admin view needs the passphrase)
        list.push(() => flow.showPage(QuestionFlow.Staff))
        list.push(() => flow.showPage(QuestionFlow.Admin))
        return list
    }

    onTriggered: {
        if (driver.step === 0 && driver.steps.length === 0)
            driver.steps = driver.makeSteps()
        if (driver.grabNext) {
            const page = driver.page as PageScaffold
            const flick = page ? page.flickable : null
            const more = flick !== null && flick.contentY + flick.height < flick.contentHeight - 1 && driver.grabPart < 9
            const name = String(driver.step).padStart(2, "0") + "-" + (page ? page.objectName : "page")
            driver.capture(driver.grabPart > 0 ? name + "-" + driver.grabPart : name, () => {
                if (more)
                    flick.contentY = Math.min(flick.contentHeight - flick.height, flick.contentY + flick.height - 80)
            })
            driver.grabPart = more ? driver.grabPart + 1 : 0
            driver.grabNext = more
            return
        }
        if (driver.step > 0 && driver.page)
            driver.pageShown(driver.page)
        if (driver.step < driver.steps.length) {
            driver.steps[driver.step]()
            driver.step++
            driver.grabNext = driver.screenshotDir.length > 0
        } else {
            driver.stop()
            driver.done()
        }
    }
}
