// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import HarbourUi
import Harbour

ApplicationWindow {
    id: root
    property bool selfTest: false
    // With --screenshots DIR, the self-test saves each page it shows as a PNG there (SelfTest.qml).
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
    // Qt 6.4 sends no focus event when the window becomes active, and Orca then says only the
    // window's title: once Orca has taken in the activation, focus the focused item again, so the
    // screen reader says where the person is (the start page's heading when Harbour opens). Focus
    // has to leave the item and come back for Qt to send the event.
    onActiveChanged: if (root.active) refocus.restart()
    Timer {
        id: refocus
        interval: 300
        onTriggered: {
            const item = root.activeFocusItem
            if (root.active && item && item !== root.contentItem) {
                item.focus = false
                item.forceActiveFocus()
            }
        }
    }

    // The whole screen in one item, so the self-test can grab it (header included).
    ColumnLayout {
        id: frame
        anchors.fill: parent
        spacing: 0

    Rectangle {
        id: header
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
            // Text size, contrast, read-aloud, easy read and language from any page (DisplayMenu);
            // Exit stays last and as big as before. On a narrow or enlarged header only the sign shows.
            DisplayButton {
                compact: root.width < 30 * Theme.bodySize
                onClicked: displayMenu.open()
            }
            ExitButton {
                objectName: "exitButton"
                onClicked: {
                    displayMenu.close()
                    root.exitNow()
                }
            }
        }
        DisplayMenu {
            id: displayMenu
            // Below the header, which stays usable: Exit works with the menu open.
            top: header.height
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

    // Exit, idle timeout, Finish: a neutral screen and a fresh start page at once, then the report
    // is wiped (the flow goes back to its start page too). In kiosk mode the process then ends (a
    // fresh one starts); on a phone a tap starts afresh.
    function exitNow(): void {
        root.covered = true
        stack.replace(null, startPage, {}, StackView.Immediate)
        idle.restart()
        Session.endSession()
    }

    // Session.flow owns navigation: pages ask it to move, and this shows whatever page it is on.
    // The start page stays at the bottom of the stack; the page the flow is on is above it (the
    // admin page above the staff page it was opened from). A move to or from the language page
    // slides; every other move is immediate.
    property int shownPage: QuestionFlow.Start
    Connections {
        target: Session.flow
        function onPageChanged() {
            root.follow()
        }
    }
    function follow(): void {
        const flow = Session.flow
        const page = flow.page
        const slide = !root.selfTest && (page === QuestionFlow.Language || root.shownPage === QuestionFlow.Language)
        root.shownPage = page
        switch (page) {
        case QuestionFlow.Start:
            if (stack.depth > 1 && stack.get(0).objectName === "StartPage")
                stack.pop(stack.get(0), slide ? StackView.PopTransition : StackView.Immediate)
            else if (stack.depth !== 1 || stack.currentItem.objectName !== "StartPage")
                stack.replace(null, startPage, {}, StackView.Immediate)
            return
        case QuestionFlow.Confirmation:
            stack.replace(null, confirmationPage, {}, StackView.Immediate)
            return
        case QuestionFlow.Staff:
            // Back from the admin page: the staff page it was opened from.
            if (stack.depth > 2 && stack.get(1).objectName === "StaffPage") {
                stack.pop(stack.get(1), StackView.Immediate)
                return
            }
            break
        default:
            break
        }
        const components = new Map([[QuestionFlow.Question, questionPage], [QuestionFlow.GroupItem, groupItemPage],
                                    [QuestionFlow.Danger, dangerPage], [QuestionFlow.Check, checkPage],
                                    [QuestionFlow.Recipients, recipientsPage], [QuestionFlow.Contact, contactPage],
                                    [QuestionFlow.Language, languagePage], [QuestionFlow.Staff, staffPage],
                                    [QuestionFlow.Admin, adminPage], [QuestionFlow.FollowUpCode, followUpCodePage],
                                    [QuestionFlow.FollowUpReplies, followUpRepliesPage],
                                    [QuestionFlow.FollowUpAnswer, followUpAnswerPage],
                                    [QuestionFlow.TaskList, taskListPage]])
        const withQuestion = page === QuestionFlow.Question || page === QuestionFlow.GroupItem
        const level = page === QuestionFlow.Admin ? 2 : 1
        const properties = withQuestion ? { question: flow.current } : {}
        const operation = slide ? StackView.PushTransition : StackView.Immediate
        if (stack.depth > level)
            stack.replace(stack.get(level), components.get(page), properties, operation)
        else
            stack.push(components.get(page), properties, operation)
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
        onDismissed: {
            root.covered = false
            // The fresh start page takes the focus (its heading), so a screen reader hears it. (Not
            // a line starting with "(": JavaScript read it as `false(...)`, a TypeError that kept the
            // cover up for good; orca_walk found it.)
            const start = stack.currentItem as PageScaffold
            start?.arrive()
        }
    }

    Component {
        id: startPage
        StartPage { }
    }
    Component {
        id: languagePage
        LanguagePage { }
    }
    // kiosk staff: volunteer code (assisted mode), admin settings
    Component {
        id: staffPage
        StaffPage { }
    }
    Component {
        id: adminPage
        AdminPage { }
    }
    Component {
        id: questionPage
        QuestionPage { }
    }
    Component {
        id: groupItemPage
        GroupItemPage { }
    }
    Component {
        id: dangerPage
        DangerPage { }
    }
    Component {
        id: taskListPage
        TaskListPage { }
    }
    Component {
        id: checkPage
        CheckAnswersPage { }
    }
    // who receives the report (first only what the person wants), and contact and consent: changed
    // from the check page, whose "Send report" seals and queues it
    Component {
        id: recipientsPage
        RecipientsPage { }
    }
    Component {
        id: contactPage
        ContactPage { }
    }
    // the way back: a follow-up code, its replies, an answer or addition
    Component {
        id: followUpCodePage
        FollowUpCodePage { }
    }
    Component {
        id: followUpRepliesPage
        FollowUpRepliesPage {
            onFinished: root.exitNow()
        }
    }
    Component {
        id: followUpAnswerPage
        FollowUpAnswerPage { }
    }
    Component {
        id: confirmationPage
        ConfirmationPage {
            onFinished: root.exitNow()
        }
    }

    // --self-test (SelfTest.qml): shows every page once; any QML warning fails the run. Made by URL
    // and only then: Qt 6.4 refuses a bound inline component in a Loader.
    Loader {
        id: selfTest
        Component.onCompleted: {
            if (root.selfTest)
                setSource("SelfTest.qml", { screen: frame, stack: stack, screenshotDir: root.screenshotDir })
        }
    }
    Connections {
        target: selfTest.item as SelfTest
        function onPageShown(page: Item) {
            root.selfTestPageShown(page)
        }
        function onDone() {
            root.selfTestDone = true
            if (root.quitWhenDone)
                Qt.quit()
        }
    }
}
