// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi

// A labelled box for several lines (a note). Tab and Shift+Tab leave it, as in every other field,
// instead of typing a tab character.
ColumnLayout {
    id: root
    required property string label
    property string hint: ""
    readonly property alias text: area.text

    function clear(): void {
        area.clear()
    }

    spacing: Theme.smallSpacing / 2
    Layout.fillWidth: true

    Text {
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Text {
        Layout.fillWidth: true
        visible: root.hint.length > 0
        text: root.hint
        font.pixelSize: Theme.hintSize
        color: Theme.secondaryText
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    TextArea {
        id: area
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.targetSize * 2.5
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: TextEdit.Wrap
        inputMethodHints: Qt.ImhNoPredictiveText
        Accessible.role: Accessible.EditableText
        Accessible.name: root.label
        Accessible.description: root.hint
        Keys.onTabPressed: event => {
            area.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
            event.accepted = true
        }
        Keys.onBacktabPressed: event => {
            area.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
            event.accepted = true
        }
        background: Rectangle {
            color: Theme.background
            border.width: area.activeFocus ? Theme.focusWidth + 1 : 2
            border.color: area.activeFocus ? Theme.focusRing : Theme.border
        }
    }
}
