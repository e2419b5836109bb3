// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import HarbourUi
import Harbour
import "helpers"

// WCAG checks on every page the self-test shows, in both themes, at phone width and at
// 320 px with 200 % text: targets of at least 44 px, every control named with its visible
// label, contrast 4.5:1 for text and 3:1 for controls, and no page wider than the window.
HarbourTestCase {
    id: testCase
    name: "Inclusion"

    Component {
        id: selfTestComponent
        Main {
            selfTest: true
            quitWhenDone: false
        }
    }

    readonly property var interactiveRoles: [Accessible.Button, Accessible.CheckBox, Accessible.RadioButton,
        Accessible.EditableText, Accessible.Link, Accessible.ComboBox, Accessible.Slider, Accessible.SpinBox]

    readonly property var requiredPages: ["StartPage", "LanguagePage", "DangerPage", "CheckAnswersPage",
        "RecipientsPage", "ContactPage", "ConfirmationPage"]

    function luminance(c) {
        const channel = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    function test_contrast_data() {
        return [{ tag: "standard", highContrast: false }, { tag: "high contrast", highContrast: true }]
    }
    function test_contrast(data) {
        Theme.highContrast = data.highContrast
        const text = [["text", "background"], ["secondaryText", "background"], ["link", "background"],
                      ["error", "background"], ["primaryLabel", "primary"], ["secondaryLabel", "secondary"],
                      ["exitLabel", "exitBackground"], ["panelLabel", "panel"], ["text", "inset"],
                      ["focusLabel", "focus"]]
        const controls = [["primary", "background"], ["exitBackground", "background"], ["border", "background"],
                          ["focusRing", "background"]]
        let worst = 21
        for (const [fg, bg] of text) {
            const ratio = contrast(Theme[fg], Theme[bg])
            worst = Math.min(worst, ratio)
            verify(ratio >= 4.5, "%1 on %2: %3:1, needs 4.5:1".arg(fg).arg(bg).arg(ratio.toFixed(2)))
        }
        for (const [fg, bg] of controls) {
            const ratio = contrast(Theme[fg], Theme[bg])
            worst = Math.min(worst, ratio)
            verify(ratio >= 3, "%1 against %2: %3:1, needs 3:1".arg(fg).arg(bg).arg(ratio.toFixed(2)))
        }
        // A focused link: yellow highlight with a near-black underline; one of them stands out.
        const linkFocus = Math.max(contrast(Theme.focus, Theme.background), contrast(Theme.focusLabel, Theme.background))
        worst = Math.min(worst, linkFocus)
        verify(linkFocus >= 3, "focused link against the page: %1:1, needs 3:1".arg(linkFocus.toFixed(2)))
        console.info("inclusion contrast %1: worst %2:1".arg(data.tag).arg(worst.toFixed(2)))
        Theme.highContrast = false
    }

    function isInteractive(item) {
        return testCase.interactiveRoles.indexOf(item.Accessible.role) >= 0 && !item.Accessible.ignored
    }

    // Problems are collected, not failed at once: the page is checked inside a signal handler.
    function checkPage(window, page, variant, totals) {
        const items = visibleItems(page, [], true)
        const problem = text => totals.problems.push("%1 (%2, %3)".arg(text).arg(page.objectName).arg(variant))
        totals.pageNames[page.objectName] = true
        for (const item of items) {
            if (!isInteractive(item))
                continue
            totals.checked++
            const name = item.Accessible.name || ""
            if (name.length === 0)
                problem("no accessible name: %1 %2".arg(item.Accessible.role).arg(item))
            else if (item.text !== undefined && item.Accessible.role !== Accessible.EditableText && item.text.length > 0
                     && name.indexOf(item.text) < 0)
                problem("visible label \"%1\" not in the name \"%2\"".arg(item.text).arg(name))
            if (item.width < 44 || item.height < 44) {
                totals.small++
                problem("target %1x%2 under 44 px: %3".arg(item.width).arg(item.height).arg(name))
            }
        }
        // Reflow: nothing reaches past the window's edges; wrapped text, not clipped text.
        for (const item of items) {
            const left = item.mapToItem(window.contentItem, 0, 0).x
            if (item.width > 0 && (left < -1 || left + item.width > window.width + 1)) {
                totals.wide++
                problem("%1 spans %2..%3 in a %4 px window".arg(item.Accessible.name || item.objectName || item)
                        .arg(left.toFixed(0)).arg((left + item.width).toFixed(0)).arg(window.width))
            }
            // Clipped or overlapping text: a wrapped text taller than the box its layout gave it.
            if (item.contentHeight !== undefined && item.wrapMode !== undefined && item.text !== undefined
                    && item.text.length > 0 && item.height > 0 && item.contentHeight > item.height + 2) {
                totals.overlaps++
                problem("text taller than its box (%1 in %2 px): \"%3\"".arg(item.contentHeight.toFixed(0))
                        .arg(item.height.toFixed(0)).arg(item.text.slice(0, 40)))
            }
            // Column layouts: each visible child below the one before it, never on top of it.
            if (String(item).startsWith("QQuickColumnLayout")) {
                let bottom = -1
                for (let i = 0; i < item.children.length; ++i) {
                    const child = item.children[i]
                    if (!child.visible || child.height <= 0)
                        continue
                    if (bottom >= 0 && child.y < bottom - 1) {
                        totals.overlaps++
                        problem("overlap in a column: %1 at y %2 starts above the end of the one before (%3)"
                                .arg(child.Accessible.name || child).arg(child.y.toFixed(0)).arg(bottom.toFixed(0)))
                    }
                    bottom = child.y + child.height
                }
            }
            if (item.elide !== undefined && item.wrapMode !== undefined && item.wrapMode === Text.NoWrap
                    && item.elide === Text.ElideNone && item.contentWidth > item.width + 1) {
                totals.wide++
                problem("text wider than its box: \"%1\"".arg(item.text))
            }
        }
    }

    function test_everyPage_data() {
        return [
            { tag: "phone", width: 360, height: 740, scale: 1.0, highContrast: false },
            { tag: "320px 200% text", width: 320, height: 740, scale: 2.0, highContrast: false },
            { tag: "high contrast", width: 360, height: 740, scale: 1.0, highContrast: true },
            { tag: "tablet", width: 1280, height: 800, scale: 1.0, highContrast: false },
            // Easy read's pictures beside (or, at 320 px and 200 %, above) each sentence.
            { tag: "easy read", width: 360, height: 740, scale: 1.0, highContrast: false, easyRead: true },
            { tag: "easy read 320px 200% text", width: 320, height: 740, scale: 2.0, highContrast: false, easyRead: true },
            { tag: "easy read tablet", width: 1280, height: 800, scale: 1.0, highContrast: true, easyRead: true }
        ]
    }
    function test_everyPage(data) {
        Session.preferences.textScale = data.scale
        Session.preferences.highContrast = data.highContrast
        Session.preferences.easyRead = data.easyRead === true
        const window = createTemporaryObject(selfTestComponent, null, { width: data.width, height: data.height })
        const totals = { pages: 0, checked: 0, small: 0, wide: 0, overlaps: 0, problems: [], pageNames: {} }
        window.selfTestPageShown.connect(page => {
            // What a reporter sees: the page after its layout pass, not before (tst_qml.cpp).
            testLayout.settle(window)
            totals.pages++
            checkPage(window, page, data.tag, totals)
        })
        tryVerify(() => window.selfTestDone, 120000, "the self-test showed every page")
        console.info("inclusion %1: %2 pages, %3 controls checked, %4 under 44 px, %5 too wide, %6 clipped or overlapping"
                     .arg(data.tag).arg(totals.pages).arg(totals.checked).arg(totals.small).arg(totals.wide).arg(totals.overlaps))
        for (const p of totals.problems)
            console.warn("inclusion problem: " + p)
        // Every kind of page of the flow, not only the questions.
        const names = Object.keys(totals.pageNames)
        for (const kind of testCase.requiredPages)
            verify(names.indexOf(kind) >= 0, "the self-test showed no " + kind)
        verify(names.some(n => n.startsWith("question-")), "no question page was checked")
        verify(names.some(n => n.startsWith("group-item-")), "no group item page was checked")
        compare(totals.problems.length, 0, totals.problems.slice(0, 5).join("; "))
        Session.preferences.textScale = 1.0
        Session.preferences.highContrast = false
        Session.preferences.easyRead = false
        Session.clear()
    }
}
