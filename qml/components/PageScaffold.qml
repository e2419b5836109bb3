// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbour

// A scrolling page with one readable column; wide windows centre it with margins.
Page {
    id: root
    default property alias content: column.data
    readonly property alias flickable: flick

    LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true
    background: Rectangle { color: Theme.background }

    // Everything a person would read on this page, in reading order, for read-aloud.
    function readingText() {
        const parts = []
        const walk = item => {
            if (!item || !item.visible || item.Accessible.ignored)
                return
            const role = item.Accessible.role
            const name = item.Accessible.name
            if (name && (role === Accessible.Heading || role === Accessible.StaticText || role === Accessible.CheckBox
                         || role === Accessible.RadioButton || role === Accessible.AlertMessage))
                parts.push(name)
            for (let i = 0; i < item.children.length; ++i)
                walk(item.children[i])
        }
        walk(column)
        return parts.join(". ")
    }
    function readAloud() {
        Speech.say(root.readingText())
    }
    // With read-aloud on, each page speaks when it arrives.
    StackView.onActivated: if (Session.preferences.readAloud) root.readAloud()

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.pageMargin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: column
            x: Math.max(Theme.pageMargin, (flick.width - width) / 2)
            y: Theme.pageMargin
            width: Math.min(flick.width - 2 * Theme.pageMargin, Theme.maxContentWidth)
            spacing: Theme.spacing

            ReadAloudBar {
                Layout.fillWidth: true
                visible: Session.preferences.readAloud
                onReadRequested: root.readAloud()
            }
        }
    }

    // Keeps the focused control on screen when moving with the keyboard (WCAG 2.4.11).
    function ensureVisible(item) {
        if (!item)
            return
        const pos = item.mapToItem(column, 0, 0)
        const top = pos.y + Theme.pageMargin
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top - Theme.spacing)
        else if (top + item.height > flick.contentY + flick.height)
            flick.contentY = Math.min(flick.contentHeight - flick.height, top + item.height - flick.height + Theme.spacing)
    }
    Connections {
        target: root.Window.window
        function onActiveFocusItemChanged() {
            const item = root.Window.window ? root.Window.window.activeFocusItem : null
            if (item && root.StackView.status === StackView.Active)
                root.ensureVisible(item)
        }
    }
}
