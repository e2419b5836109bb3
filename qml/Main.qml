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

    QuestionList { id: flowQuestions }

    // Shift three times (or Escape twice) anywhere: leave at once.
    QuickExit {
        onTriggered: root.exitNow()
    }
    // Kiosk only: a report left alone is cleared, after a warning that offers more time.
    IdleMonitor {
        id: idle
        enabled: Session.kioskMode && !root.covered && stack.depth > 1
        warningAfterMs: Session.idleWarningAfterMs
        graceMs: Session.idleGraceMs
        onTimedOut: root.exitNow()
    }
    property bool covered: false
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
        implicitHeight: Theme.targetSize + 2 * Theme.smallSpacing
        RowLayout {
            anchors { fill: parent; leftMargin: Theme.pageMargin; rightMargin: Theme.smallSpacing }
            Text {
                Layout.fillWidth: true
                text: qsTr("Harbour")
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

    function showQuestion(index, returnToCheck) {
        stack.push(questionPage, { question: flowQuestions.questions[index], questionIndex: index,
                                   returnToCheck: returnToCheck })
    }
    function afterQuestion(index, returnToCheck) {
        if (returnToCheck || index + 1 >= flowQuestions.questions.length) {
            if (returnToCheck)
                stack.pop()
            else
                stack.push(checkPage)
            return
        }
        root.showQuestion(index + 1, false)
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
        id: startPage
        StartPage {
            onStartRequested: root.showQuestion(0, false)
        }
    }
    Component {
        id: questionPage
        QuestionPage {
            id: questionPageItem
            property int questionIndex: 0
            property bool returnToCheck: false
            onContinued: root.afterQuestion(questionPageItem.questionIndex, questionPageItem.returnToCheck)
            onBackRequested: stack.pop()
        }
    }
    Component {
        id: checkPage
        CheckAnswersPage {
            questionList: flowQuestions
            onChangeRequested: index => root.showQuestion(index, true)
            onBackRequested: stack.pop()
            onSent: stack.replace(null, confirmationPage, {}, StackView.Immediate)
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
        interval: root.screenshotDir.length > 0 ? 400 : 50
        repeat: true
        running: root.selfTest
        function capture(name) {
            if (root.screenshotDir.length === 0)
                return
            frame.grabToImage(result => result.saveToFile(root.screenshotDir + "/" + name + ".png"))
        }
        onTriggered: {
            if (step > 0)
                capture(String(step).padStart(2, "0") + "-" + (stack.currentItem ? stack.currentItem.objectName : "page"))
            const questions = flowQuestions.questions.length
            if (step < questions)
                root.showQuestion(step, false)
            else if (step === questions)
                stack.push(checkPage)
            else if (step === questions + 1)
                stack.push(confirmationPage)
            else if (step === questions + 2)
                stack.push(startPage)
            else {
                stop()
                Qt.quit()
            }
            step++
        }
    }
}
