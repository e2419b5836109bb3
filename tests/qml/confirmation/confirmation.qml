// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbour
import "../helpers"

// What happens next (issue 15): the confirmation says what the chosen organisation does with the
// report and how soon (its promise in the recipient directory), lists its own contact details as
// links next to "give them your reference number", and the support contacts, all in the person's
// language. The recipients and contact pages say the same promise before the person sends.
// Its own process (CMakeLists.txt): the session routes by a signed directory (HARBOUR_TEST_DIRECTORY),
// and it sends a report to the test organisation's intake.
HarbourTestCase {
    id: testCase
    name: "Confirmation"

    readonly property string promiseEn: "A caseworker reads every report within 2 working days."
    readonly property string promiseAr: "يقرأ موظف دعم كل بلاغ خلال يومَي عمل."

    // The one visible link named `name`, and the address it opens.
    function linkNamed(window, name) {
        const link = control(window, name)
        compare(link.Accessible.role, Accessible.Link, name + " is a link")
        return link
    }

    function test_promiseAndContactsInEnglishAndArabic() {
        const window = openMain()
        toCheckPage(window)
        click(window, "Change your answer to: Who gets your report")
        click(window, "A support organisation")
        // The recipients page says what it will do before the person chooses.
        text(window, testCase.promiseEn)
        next(window)
        click(window, "Change your answer to: Can they contact you?")
        click(window, "Yes, you can contact me")
        // "Who may contact you?": the same sentence beside the organisation's tick box.
        const option = control(window, "Test support organisation")
        compare(option.hint, testCase.promiseEn)
        click(window, "No, keep me anonymous")
        next(window)
        click(window, "Send report")
        text(window, "What happens next")
        tryVerify(() => Session.reference.length > 0, 5000, "a reference")

        // English: the promise, and the organisation's contact details as links to open.
        text(window, testCase.promiseEn)
        text(window, "To contact them, use one of these and give them your reference number:")
        // The reference beside it (the page's panel shows it too, spelled out for a screen reader).
        text(window, Session.reference)
        compare(linkNamed(window, "Call 0808 157 0200").link, "tel:08081570200")
        compare(linkNamed(window, "Email help@support.example.org").link, "mailto:help@support.example.org")
        compare(linkNamed(window, "Website: https://support.example.org").link, "https://support.example.org")
        someText(window, "Emergency services")

        // Arabic: the same page in the person's language, from the directory's translations.
        Session.language = "ar"
        text(window, testCase.promiseAr)
        someText(window, "منظمة الدعم التجريبية")
        verify(!has(window, testCase.promiseEn), "the English promise is gone")
        // The number opens the same whatever the language.
        const call = visibleItems(window.contentItem, []).find(
            item => item.Accessible.role === Accessible.Link && item.link === "tel:08081570200")
        verify(call, "the organisation's number is still a link in Arabic")
        // 999 and its description in Arabic too (issue 15: they stayed English).
        someText(window, "خدمات الطوارئ")
        someText(window, "إذا كنت في خطر الآن")
        Session.language = "en"
    }
}
