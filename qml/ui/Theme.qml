// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
pragma Singleton
import QtQuick

// One place for colours, spacing and type, so text size and high contrast are one switch each.
QtObject {
    id: theme

    // 1.0 to 2.0: the reporter's chosen text size.
    // Set from the session's preferences by Main.qml (a singleton must not reach into another).
    property real textScale: 1.0
    property bool highContrast: false

    readonly property color background: highContrast ? "#000000" : "#ffffff"
    readonly property color text: highContrast ? "#ffffff" : "#0b0c0c"
    readonly property color secondaryText: highContrast ? "#ffffff" : "#484949"
    readonly property color border: highContrast ? "#ffffff" : "#0b0c0c"
    readonly property color link: highContrast ? "#ffff00" : "#1d70b8"
    readonly property color primary: highContrast ? "#ffff00" : "#00703c"
    readonly property color primaryLabel: highContrast ? "#000000" : "#ffffff"
    readonly property color secondary: highContrast ? "#000000" : "#f3f2f1"
    readonly property color secondaryLabel: highContrast ? "#ffffff" : "#0b0c0c"
    readonly property color exitBackground: highContrast ? "#ffffff" : "#d4351c"
    readonly property color exitLabel: highContrast ? "#000000" : "#ffffff"
    readonly property color error: highContrast ? "#ff8080" : "#d4351c"
    // GOV.UK's focus state for links: yellow highlight, near-black text and a thick
    // near-black underline, which gives the change of state its 3:1 on a white page.
    readonly property color focus: "#ffdd00"
    readonly property color focusLabel: "#0b0c0c"
    // The outline drawn around a focused control: dark on light, yellow on black (3:1 or more).
    readonly property color focusRing: highContrast ? "#ffff00" : "#0b0c0c"
    readonly property color panel: highContrast ? "#000000" : "#00703c"
    readonly property color panelLabel: highContrast ? "#ffffff" : "#ffffff"
    readonly property color inset: highContrast ? "#000000" : "#f3f2f1"

    readonly property int targetSize: 48
    readonly property int spacing: 16
    readonly property int smallSpacing: 8
    readonly property int pageMargin: 16
    readonly property int focusWidth: 3
    // A readable line length; wider windows get margins, not longer lines.
    readonly property int maxContentWidth: 760
    // Wide windows (kiosk tablets in landscape) get a side panel of this width beside the column.
    readonly property int twoColumnWidth: 1000
    readonly property int sidePanelWidth: 380
    // Easy read: the picture beside each idea (drawn on a white tile in both themes).
    readonly property int pictureSize: 72

    readonly property int bodySize: Math.round(18 * textScale)
    readonly property int hintSize: Math.round(17 * textScale)
    readonly property int headingSize: Math.round(28 * textScale)
    readonly property int captionSize: Math.round(15 * textScale)
}
