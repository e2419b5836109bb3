// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbour

// Free-text answer: a large box for long answers, one line for short ones.
FocusScope {
    id: root
    required property string questionId
    required property string label
    property bool multiLine: true
    property bool hasError: false
    readonly property string value: multiLine ? area.text : field.text

    Layout.fillWidth: true
    implicitHeight: multiLine ? Math.max(Theme.targetSize * 4, area.implicitHeight) : Math.max(Theme.targetSize, field.implicitHeight)

    function load() {
        const saved = Session.report.answer(root.questionId)
        const text = saved === undefined ? "" : String(saved)
        if (root.multiLine) area.text = text
        else field.text = text
    }
    Component.onCompleted: load()
    function focusInput() {
        if (root.multiLine)
            area.forceActiveFocus()
        else
            field.forceActiveFocus()
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
        border.width: root.activeFocus ? Theme.focusWidth : 2
        border.color: root.hasError ? Theme.error : (root.activeFocus ? Theme.focus : Theme.border)
    }
    ScrollView {
        visible: root.multiLine
        anchors.fill: parent
        anchors.margins: 3
        TextArea {
            id: area
            focus: root.multiLine
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.bodySize
            color: Theme.text
            background: null
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.role: Accessible.EditableText
            Accessible.name: root.label
            Accessible.ignored: !root.visible || !root.multiLine
            onTextChanged: Session.report.setAnswer(root.questionId, text)
        }
    }
    TextField {
        id: field
        visible: !root.multiLine
        focus: !root.multiLine
        anchors.fill: parent
        anchors.margins: 3
        font.pixelSize: Theme.bodySize
        color: Theme.text
        background: null
        inputMethodHints: Qt.ImhNoPredictiveText
        Accessible.role: Accessible.EditableText
        Accessible.name: root.label
        Accessible.ignored: !root.visible || root.multiLine
        onTextChanged: Session.report.setAnswer(root.questionId, text)
    }
}
