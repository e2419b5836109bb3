// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi
import Harbour

// A scrolling page with one readable column. A wide window (a kiosk tablet in landscape) puts a
// side panel beside it (display options, help now) instead of stretching the column.
Page {
    id: root
    default property alias content: column.data
    readonly property alias flickable: flick
    // Two columns from this width: the question's column and the side panel.
    readonly property bool wide: flick.width >= Theme.twoColumnWidth
    // The side panel (SidePanel.qml): pages can hide its contacts or show its language button.
    readonly property alias sidePanel: side
    signal sideLanguageRequested()
    // The page's heading: it takes focus when the page arrives, so a screen reader speaks the
    // heading first, with its description (the question's hint) after it (docs/accessibility.md,
    // "How each page speaks"). Not in the Tab order: Tab goes on to the page's first control.
    property Item heading: null

    LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true
    background: Rectangle { color: Theme.background }

    // Everything a person would read on this page, in reading order, for read-aloud.
    function readingText(): string {
        const parts = []
        const walk = item => {
            if (!item || !item.visible || item.Accessible.ignored)
                return
            const role = item.Accessible.role
            const name = item.Accessible.name
            // A link that is the content itself (a section on "Send now, or tell us more") says `spoken`.
            if (name && (role === Accessible.Heading || role === Accessible.StaticText || role === Accessible.CheckBox
                         || role === Accessible.RadioButton || role === Accessible.AlertMessage || item.spoken === true))
                parts.push(name)
            // A choice's hint is its description (ChoiceOption): read after its label.
            if (name && (role === Accessible.CheckBox || role === Accessible.RadioButton) && item.Accessible.description)
                parts.push(item.Accessible.description)
            for (let i = 0; i < item.children.length; ++i)
                walk(item.children[i])
        }
        walk(column)
        return parts.join(". ")
    }
    function readAloud(): void {
        Speech.say(root.readingText())
    }
    // With read-aloud on, each page speaks when it arrives. A page arrives at its top, heading first,
    // even when its first focused control (the start page's "Start now") is further down.
    StackView.onActivated: {
        root.arrive()
        toTop.restart()
        if (Session.preferences.readAloud)
            root.readAloud()
    }
    // Focus to the heading, unless something over the pages holds it (the neutral cover after
    // Exit, the idle warning): that stays where the person is.
    function arrive(): void {
        const window = root.Window.window
        const current = window ? window.activeFocusItem : null
        let ours = !current || current === window.contentItem
        for (let item = current; item && !ours; item = item.parent)
            ours = item === root.StackView.view
        if (ours && root.heading)
            root.heading.forceActiveFocus()
    }

    // After the focus has arrived (which may scroll to the focused control).
    Timer {
        id: toTop
        interval: 0
        onTriggered: flick.contentY = 0
    }
    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.pageMargin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { }

        // Main column and side panel, centred together; in right-to-left languages the panel is on
        // the left (positions set by hand do not mirror by themselves).
        readonly property real sideWidth: root.wide ? Theme.sidePanelWidth : 0
        readonly property real gap: root.wide ? 3 * Theme.spacing : 0
        readonly property real mainWidth: Math.min(flick.width - 2 * Theme.pageMargin - sideWidth - gap, Theme.maxContentWidth)
        readonly property real startX: Math.max(Theme.pageMargin, (flick.width - mainWidth - gap - sideWidth) / 2)
        readonly property bool rtl: Application.layoutDirection === Qt.RightToLeft

        ColumnLayout {
            id: column
            x: flick.rtl ? flick.width - flick.startX - width : flick.startX
            y: Theme.pageMargin
            width: flick.mainWidth
            spacing: Theme.spacing

            ReadAloudBar {
                Layout.fillWidth: true
                visible: Session.preferences.readAloud
                onReadRequested: root.readAloud()
            }
        }
    }
    // The side panel scrolls by itself and stays beside the page: on a 1280x800 tablet it is
    // taller than the screen at large text, and the page may be short.
    Flickable {
        id: sideFlick
        visible: root.wide
        x: flick.rtl ? flick.width - flick.startX - flick.mainWidth - flick.gap - width
                     : flick.startX + flick.mainWidth + flick.gap
        y: 0
        width: flick.sideWidth
        height: root.height
        contentWidth: width
        contentHeight: side.implicitHeight + 2 * Theme.pageMargin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { }
        SidePanel {
            id: side
            y: Theme.pageMargin
            width: sideFlick.width
            onLanguageRequested: root.sideLanguageRequested()
        }
    }

    // Keeps the focused control on screen when moving with the keyboard (WCAG 2.4.11).
    function ensureVisible(item: Item): void {
        if (!item)
            return
        for (let inside = item; inside; inside = inside.parent) {
            if (inside === side) {
                const at = item.mapToItem(side, 0, 0).y + Theme.pageMargin
                if (at < sideFlick.contentY)
                    sideFlick.contentY = Math.max(0, at - Theme.spacing)
                else if (at + item.height > sideFlick.contentY + sideFlick.height)
                    sideFlick.contentY = Math.min(sideFlick.contentHeight - sideFlick.height,
                                                  at + item.height - sideFlick.height + Theme.spacing)
                return
            }
        }
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
