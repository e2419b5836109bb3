// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbour
import "helpers"

// Consent is given, never assumed (issue 15): after "Yes, you can contact me" no organisation is
// ticked under "Who may contact you?" until the person ticks it, and the page will not send until
// one is. Sends nothing (tst_reportflow counts the reports at its intake).
HarbourTestCase {
    id: testCase
    name: "Consent"

    // The check boxes under "Who may contact you?".
    function mayContactOptions(window) {
        const group = visibleItems(window.contentItem, []).find(
            item => item.Accessible.role === Accessible.Grouping && item.Accessible.name === "Who may contact you?")
        verify(group, "the \"Who may contact you?\" group is shown")
        return visibleItems(group, []).filter(item => item !== group && item.Accessible.role === Accessible.CheckBox)
    }

    function test_nobodyIsTickedUntilThePersonTicksIt() {
        const window = openMain()
        toCheckPage(window)
        // Check answers says who gets it and that nobody may contact, before the one Send.
        text(window, "Who gets your report")
        someText(window, "No, keep me anonymous. They cannot reply to you, unless you ask for a follow-up code here.")
        click(window, "Change your answer to: Can they contact you?")
        click(window, "Yes, you can contact me")
        text(window, "Who may contact you?")
        const options = mayContactOptions(window)
        verify(options.length > 0, "organisations are listed")
        for (const option of options)
            verify(!option.checked, option.Accessible.name + " is not ticked before the person ticks it")
        compare(Session.routing.fixedRecipients ? Session.routing.fixedMayContact.filter(m => m).length
                                                : 0, 0)

        // Without a tick the page says what is missing instead of sending.
        click(window, "By phone")
        type(window, "Phone number", "07700 900982")
        next(window)
        text(window, "Error: Select who may contact you")
        compare(Session.flow.page, QuestionFlow.Contact)

        // Ticked by the person: that one, and only that one, may contact.
        const first = options[0].Accessible.name
        click(window, first)
        tryVerify(() => mayContactOptions(window)[0].checked, 2000, first + " is ticked")
        for (const option of mayContactOptions(window).slice(1))
            verify(!option.checked, option.Accessible.name + " stays unticked")
        // Back on check answers, that consent is read back before the one Send.
        next(window)
        text(window, "Check your answers before sending your report")
        someText(window, "Yes. Only %1 may contact you.".arg(first))
    }
}
