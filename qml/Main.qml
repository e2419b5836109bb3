// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Harbour

ApplicationWindow {
    id: root
    property bool selfTest: false
    // With --screenshots DIR, the self-test saves each page it shows as a PNG there.
    property string screenshotDir: ""
    // Tests run the self-test's page sequence without quitting, checking each page it shows.
    property bool quitWhenDone: true
    property bool selfTestDone: false
    signal selfTestPageShown(Item page)

    width: 400
    height: 740
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Harbour")
    color: Theme.background
    Material.theme: Theme.highContrast ? Material.Dark : Material.Light
    Material.accent: Theme.primary
    LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    // Shift three times (or Escape twice) anywhere: leave at once.
    QuickExit {
        onTriggered: root.exitNow()
    }
    // Kiosk only: a report left alone is cleared, after a warning that offers more time.
    IdleMonitor {
        id: idle
        // An assisting volunteer can turn the limit off for this session (StaffPage).
        enabled: Session.kioskMode && !root.covered && stack.depth > 1 && !Session.kiosk.idleLimitOff
        warningAfterMs: Session.idleWarningAfterMs
        graceMs: Session.idleGraceMs
        onTimedOut: root.exitNow()
    }
    property bool covered: false
    Binding { target: Theme; property: "textScale"; value: Session.preferences.textScale }
    Binding { target: Theme; property: "highContrast"; value: Session.preferences.highContrast }
    Binding { target: Speech; property: "language"; value: Session.language }
    Binding { target: Speech; property: "wanted"; value: Session.preferences.readAloud }
    // A screen reader's actions move focus and pages without key or mouse events: count them too.
    onActiveFocusItemChanged: idle.activity()

    // The whole screen in one item, so the self-test can grab it (header included).
    ColumnLayout {
        id: frame
        anchors.fill: parent
        spacing: 0

    Rectangle {
        Layout.fillWidth: true
        color: Theme.background
        // Grows with the text size: at 200 % the title and Exit are taller than one target.
        implicitHeight: Math.max(Theme.targetSize, headerRow.implicitHeight) + 2 * Theme.smallSpacing
        RowLayout {
            id: headerRow
            anchors { fill: parent; leftMargin: Theme.pageMargin; rightMargin: Theme.smallSpacing }
            Text {
                Layout.fillWidth: true
                text: qsTr("Harbour")
                // Explicit, so that right-to-left layouts mirror it to the right like everything else.
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Theme.bodySize * 1.2
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            ExitButton {
                objectName: "exitButton"
                onClicked: root.exitNow()
            }
        }
        Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 2; color: Theme.border }
    }

    StackView {
        id: stack
        objectName: "pageStack"
        Layout.fillWidth: true
        Layout.fillHeight: true
        initialItem: startPage
        onCurrentItemChanged: idle.activity()
    }
    }

    // Exit, idle timeout, Finish: a neutral screen at once, then the report is wiped. In kiosk
    // mode the process then ends (a fresh one starts); on a phone a tap starts afresh.
    function exitNow() {
        root.covered = true
        stack.replace(null, startPage, {}, StackView.Immediate)
        idle.restart()
        Session.endSession()
    }

    // The questionnaire's pages follow Session.flow (C++): after every move of the flow, this
    // shows its page. The start page stays at the bottom of the stack; the flow's page is above it.
    function showFlowPage() {
        const flow = Session.flow
        let component = null
        let properties = {}
        switch (flow.page) {
        case QuestionFlow.Start:
            stack.replace(null, startPage, {}, StackView.Immediate)
            return
        case QuestionFlow.Question:
            component = questionPage
            properties = { question: flow.current }
            break
        case QuestionFlow.GroupItem:
            component = groupItemPage
            properties = { question: flow.current }
            break
        case QuestionFlow.Danger:
            component = dangerPage
            break
        case QuestionFlow.Check:
            // Hook for the recipient pages (who receives it, contact, consent): they can go here,
            // between the last question and the check page, or in sendReport() below.
            component = checkPage
            break
        }
        if (stack.depth > 1)
            stack.replace(component, properties, StackView.Immediate)
        else
            stack.push(component, properties, StackView.Immediate)
    }
    // "Send report" on the check page. Hook: recipient selection can come before Session.send().
    // routing pages: who receives it (RecipientsPage), then contact and consent (ContactPage),
    // whose "Send report" seals and queues it.
    function sendReport() {
        Session.prepareRecipients()
        stack.push(recipientsPage, {}, StackView.Immediate)
    }
    function sendToChosen() {
        if (Session.send())
            stack.replace(null, confirmationPage, {}, StackView.Immediate)
    }

    TimeoutWarning {
        anchors.fill: parent
        z: 100
        visible: idle.warning
        secondsLeft: idle.secondsLeft
        onMoreTime: idle.extend()
        onClearNow: root.exitNow()
    }
    NeutralCover {
        anchors.fill: parent
        z: 1000
        visible: root.covered
        onDismissed: root.covered = false
    }

    Component {
        id: languagePage
        LanguagePage {
            onChosen: stack.pop()
            onBackRequested: stack.pop()
        }
    }
    Component {
        id: startPage
        StartPage {
            onStartRequested: {
                Session.flow.start()
                root.showFlowPage()
            }
            onLanguageRequested: stack.push(languagePage)
            onStaffRequested: stack.push(staffPage, {}, StackView.Immediate)
        }
    }
    // kiosk staff: volunteer code (assisted mode), admin settings
    Component {
        id: staffPage
        StaffPage {
            onStartRequested: {
                Session.flow.start()
                root.showFlowPage()
            }
            onAdminRequested: stack.push(adminPage, {}, StackView.Immediate)
            onBackRequested: stack.pop(StackView.Immediate)
        }
    }
    Component {
        id: adminPage
        AdminPage {
            onBackRequested: stack.pop(StackView.Immediate)
        }
    }
    Component {
        id: questionPage
        QuestionPage {
            onNavigated: root.showFlowPage()
        }
    }
    Component {
        id: groupItemPage
        GroupItemPage {
            onNavigated: root.showFlowPage()
        }
    }
    Component {
        id: dangerPage
        DangerPage {
            onNavigated: root.showFlowPage()
        }
    }
    Component {
        id: checkPage
        CheckAnswersPage {
            onNavigated: root.showFlowPage()
            onSendRequested: root.sendReport()
        }
    }
    // routing pages
    Component {
        id: recipientsPage
        RecipientsPage {
            onContinued: stack.push(contactPage, {}, StackView.Immediate)
            onBackRequested: stack.pop(StackView.Immediate)
        }
    }
    Component {
        id: contactPage
        ContactPage {
            onSendRequested: root.sendToChosen()
            onBackRequested: stack.pop(StackView.Immediate)
        }
    }
    Component {
        id: confirmationPage
        ConfirmationPage {
            onFinished: root.exitNow()
        }
    }

    // --self-test: show every page once; any QML warning fails the run.
    Timer {
        id: selfTestTimer
        property int step: 0
        property var steps: []
        interval: root.screenshotDir.length > 0 ? 400 : 50
        repeat: true
        running: root.selfTest
        function capture(name, after) {
            if (root.screenshotDir.length === 0)
                return
            frame.grabToImage(result => {
                result.saveToFile(root.screenshotDir + "/" + name + ".png")
                after()
            })
        }
        function flowStep(action) {
            return () => {
                action(Session.flow)
                root.showFlowPage()
            }
        }
        // Every question of whatever questionnaire is loaded, then each kind of page and state.
        function makeSteps() {
            const flow = Session.flow
            const list = []
            for (let i = 0; i < flow.questionCount; ++i)
                list.push(flowStep(f => f.showQuestionAt(i)))
            const date = flow.indexOfType("date")
            if (date >= 0) {
                for (const mode of ["exact", "approximate", "range", "ongoing"]) {
                    list.push(flowStep(f => {
                        f.showQuestionAt(date)
                        f.setDraftValue("mode", mode)
                        // A range ending before it starts: the error summary and the messages.
                        if (mode === "range") {
                            for (const [k, v] of [["from_day", "9"], ["from_month", "5"], ["from_year", "2024"],
                                                  ["to_day", "2"], ["to_month", "5"], ["to_year", "2024"]])
                                f.setDraftValue(k, v)
                            f.next()
                        }
                    }))
                }
            }
            const place = flow.indexOfType("place")
            if (place >= 0) {
                list.push(flowStep(f => {
                    f.showQuestionAt(place)
                    f.setDraftValue("area", "E1 6AN")
                    f.next()
                }))
            }
            const group = flow.indexOfType("group")
            if (group >= 0) {
                list.push(flowStep(f => f.showPage(QuestionFlow.GroupItem)))
                // Two items on the group's page, each described by its first question.
                list.push(flowStep(f => {
                    for (let n = 0; n < 2; ++n) {
                        f.showQuestionAt(group)
                        f.addItem()
                        const first = f.current.questions[0]
                        const isText = first.type === "line" || first.type === "text"
                        f.setDraftValue(first.id, isText ? "Example " + (n + 1) : first.options[n % first.options.length].value)
                        f.next()
                    }
                }))
            }
            list.push(flowStep(f => f.showPage(QuestionFlow.Danger)))
            list.push(flowStep(f => f.showPage(QuestionFlow.Check)))
            // routing pages: the choice unanswered, then "both" with its proposals, then contact
            // with every field shown, then an error on each page.
            list.push(() => root.sendReport())
            list.push(() => { Session.routing.choice = "both" })
            list.push(() => stack.push(contactPage, {}, StackView.Immediate))
            list.push(() => {
                Session.routing.contact = "contactable"
                Session.routing.setContactMethod("phone", true)
                Session.routing.setContactMethod("email", true)
            })
            list.push(() => {
                Session.routing.phone = "12"
                stack.currentItem.submit()
            })
            list.push(() => {
                Session.routing.clear()
                stack.pop(StackView.Immediate)
                stack.currentItem.submit()
            })
            list.push(() => stack.push(confirmationPage, {}, StackView.Immediate))
            list.push(() => {
                Session.clear()
                stack.replace(null, startPage, {}, StackView.Immediate)
            })
            list.push(() => stack.push(languagePage, {}, StackView.Immediate))
            // kiosk staff pages (locked: the admin view needs the passphrase)
            list.push(() => stack.push(staffPage, {}, StackView.Immediate))
            list.push(() => stack.push(adminPage, {}, StackView.Immediate))
            return list
        }
        // With screenshots, a page is grabbed on the tick after it is shown (grabbing waits for a
        // frame), a screenful at a time down to its end.
        property bool grabNext: false
        property int grabPart: 0
        onTriggered: {
            if (step === 0 && steps.length === 0)
                steps = makeSteps()
            if (grabNext) {
                const page = stack.currentItem as PageScaffold
                const flick = page ? page.flickable : null
                const more = flick !== null && flick.contentY + flick.height < flick.contentHeight - 1 && grabPart < 9
                const name = String(step).padStart(2, "0") + "-" + (page ? page.objectName : "page")
                capture(grabPart > 0 ? name + "-" + grabPart : name, () => {
                    if (more)
                        flick.contentY = Math.min(flick.contentHeight - flick.height, flick.contentY + flick.height - 80)
                })
                grabPart = more ? grabPart + 1 : 0
                grabNext = more
                return
            }
            if (step > 0 && stack.currentItem)
                root.selfTestPageShown(stack.currentItem)
            if (step < steps.length) {
                steps[step]()
                step++
                grabNext = root.screenshotDir.length > 0
            } else {
                stop()
                root.selfTestDone = true
                if (root.quitWhenDone)
                    Qt.quit()
            }
        }
    }
}
