// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbour

// Organisation controls at the kiosk: the admin passphrase shows the settings and the kiosk's key
// fingerprint (with clear messages for wrong tries and the wait after them); a volunteer's code
// starts assisted mode, and the report sent through the real intake opens in harbour-inbox as
// assisted, with no trace of the code, and with this kiosk's signature valid.
KioskTestCase {
    name: "KioskAssisted"
    property string fingerprint: ""
    property string publicKeyBase64: ""

    // Qt.atob decodes to text (bytes above 127 change), so by hand.
    function base64ToHex(b64) {
        const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        let bits = 0, value = 0, hex = ""
        for (const c of b64.replace(/=+$/, "")) {
            value = (value << 6) | alphabet.indexOf(c)
            bits += 6
            if (bits >= 8) {
                bits -= 8
                hex += ((value >> bits) & 0xff).toString(16).padStart(2, "0")
            }
        }
        return hex
    }
    function toAdmin(window) {
        click(window, "Staff: I am helping someone")
        click(window, "Kiosk settings (admin passphrase)")
        text(window, "Kiosk settings")
    }
    function tryAdmin(window, passphrase) {
        type(window, "Admin passphrase", passphrase)
        click(window, "Unlock the settings")
        tryVerify(() => !Session.kiosk.checking, 10000, "the check finished")
    }

    function test_1_adminSettingsAndLockout() {
        const window = openMain()
        toAdmin(window)
        screenshot(window, "kiosk-admin-locked")
        tryAdmin(window, receiver.adminPassphrase)
        verify(Session.kiosk.adminUnlocked)
        text(window, "Kiosk name: Test kiosk, front desk")
        text(window, "Default organisation: Test organisation")
        text(window, "Languages offered: en, cy, pl")
        text(window, "Warning after no input: 600 seconds")
        text(window, "Time to answer the warning: 20 seconds")
        text(window, "To change these settings, use harbour-kiosk-setup and the kiosk's configuration file.")
        const shown = textMatching(window, /^Fingerprint: [0-9A-Z]{4} [0-9A-Z]{4} [0-9A-Z]{4} [0-9A-Z]{4}$/)
        fingerprint = shown.substring("Fingerprint: ".length)
        const keyText = textMatching(window, /^harbour-kiosk-ed25519 /)
        publicKeyBase64 = keyText.split("\n")[0].split(" ")[1]
        compare(base64ToHex(publicKeyBase64).length, 64)
        screenshot(window, "kiosk-admin-unlocked")
        click(window, "Lock the settings")
        verify(!Session.kiosk.adminUnlocked)
        verify(!has(window, shown), "the fingerprint is hidden again")

        // Wrong tries: a clear message each time, then a wait; during the wait even the right
        // passphrase is not checked.
        tryAdmin(window, "wrong passphrase one")
        text(window, "Error: That admin passphrase is not right. Check it and try again.")
        tryAdmin(window, "wrong passphrase two")
        text(window, "Error: That admin passphrase is not right. Check it and try again.")
        tryAdmin(window, "wrong passphrase three")
        text(window, "Error: That admin passphrase is not right. Too many wrong tries: you can try again in 30 seconds.")
        tryAdmin(window, receiver.adminPassphrase)
        textMatching(window, /^Error: Too many wrong tries\. Nothing was checked\. You can try again in (30|29|28) seconds\.$/)
        verify(!Session.kiosk.adminUnlocked)
        screenshot(window, "kiosk-admin-lockout")
    }

    function test_2_assistedReportArrivesSignedByThisKiosk() {
        verify(fingerprint.length > 0, "test_1 read the fingerprint")
        const window = openMain()
        click(window, "Staff: I am helping someone")
        screenshot(window, "kiosk-staff")
        type(window, "Volunteer code", "not the code")
        click(window, "Start assisted mode")
        text(window, "Error: That volunteer code is not right. Check it and try again.")
        verify(!Session.kiosk.assisted)
        type(window, "Volunteer code", receiver.volunteerCode)
        click(window, "Start assisted mode")
        text(window, "Assisted mode is on. The report will say that a volunteer helped. It never says who.")
        verify(Session.kiosk.assisted)
        screenshot(window, "kiosk-staff-assisted")
        click(window, "Start the report")
        click(window, "A support organisation")
        next(window)
        text(window, "Are you in danger now? (optional)")
        click(window, "No")
        next(window)
        type(window, "What happened?", "Someone shouted at us at the market.")
        next(window)
        toCheckPage(window)
        chooseRecipientsAndSend(window)
        tryCompare(Session, "deliveryState", Session.Sent, 15000)

        const opened = receiver.openOnlyReport()
        verify(opened.report !== undefined, "the inbox opened the one report that arrived")
        const report = opened.report
        compare(report.mode, "assisted")
        compare(report.flags.assisted, true)
        compare(report.answers.narrative, "Someone shouted at us at the market.")
        const json = JSON.stringify(report)
        verify(json.indexOf(receiver.volunteerCode) < 0, "the volunteer code is not in the report")
        verify(json.indexOf("volunteer") < 0, "nothing names a volunteer")
        // harbour-inbox checked the signature inside the seal and names the key that made it.
        const keyHex = base64ToHex(publicKeyBase64)
        verify(opened.inbox.indexOf("kiosk signature: valid (key " + keyHex + ")") >= 0, opened.inbox)
        verify(opened.inbox.indexOf("kiosk fingerprint: " + fingerprint) >= 0, opened.inbox)
        compare(receiver.storedCount(), 1)
        console.log("assisted: mode " + report.mode + ", flags.assisted " + report.flags.assisted
                    + ", kiosk signature valid, fingerprint " + fingerprint)
    }
}
