// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import HarbourUi
import Harbour

// Kiosk only, for the organisation: the admin passphrase shows this kiosk's settings and its
// public key to register. Read-only: harbour-kiosk-setup and the configuration file change them.
PageScaffold {
    id: page
    objectName: "AdminPage"
    title: qsTr("Kiosk settings")
    readonly property KioskControls kiosk: Session.kiosk
    readonly property var view: kiosk.adminView
    heading: settingsHeading

    Connections {
        target: page.kiosk
        function onAdminChecked(accepted: bool) {
            passphraseField.clear()
            if (accepted)
                settingsHeading.forceActiveFocus()
            else
                passphraseField.focusInput()
        }
    }
    // A label and its value, read together by a screen reader.
    component Setting: BodyText {
        required property string label
        property string value: ""
        text: qsTr("%1: %2").arg(label).arg(value.length > 0 ? value : qsTr("not set"))
    }

    BackLink {
        onClicked: {
            page.kiosk.lockAdmin()
            Session.flow.back()
        }
    }
    Heading {
        id: settingsHeading
        text: page.title
        activeFocusOnTab: true
    }
    BodyText {
        visible: !page.kiosk.adminUnlocked
        text: qsTr("For the organisation's staff. After a few wrong tries you have to wait before trying again, longer each time.")
    }
    SecretField {
        id: passphraseField
        visible: !page.kiosk.adminUnlocked
        label: qsTr("Admin passphrase")
        error: page.kiosk.adminMessage
        onAccepted: page.kiosk.unlockAdmin(passphraseField.text)
    }
    AppButton {
        visible: !page.kiosk.adminUnlocked
        text: page.kiosk.checking ? qsTr("Checking the passphrase…") : qsTr("Unlock the settings")
        enabled: !page.kiosk.checking
        onClicked: page.kiosk.unlockAdmin(passphraseField.text)
    }
    Setting {
        visible: page.kiosk.adminUnlocked
        label: qsTr("Kiosk name")
        value: page.view.name || ""
    }
    Setting {
        visible: page.kiosk.adminUnlocked
        label: qsTr("Default organisation")
        value: page.view.defaultOrganisation || ""
    }
    Setting {
        visible: page.kiosk.adminUnlocked
        label: qsTr("Languages offered")
        value: page.view.languages && page.view.languages.length > 0 ? page.view.languages.join(", ") : qsTr("all shipped languages")
    }
    Setting {
        visible: page.kiosk.adminUnlocked
        label: qsTr("Warning after no input")
        value: qsTr("%n second(s)", "", page.view.idleWarningSeconds || 0)
    }
    Setting {
        visible: page.kiosk.adminUnlocked
        label: qsTr("Time to answer the warning")
        value: qsTr("%n second(s)", "", page.view.idleGraceSeconds || 0)
    }
    Setting {
        visible: page.kiosk.adminUnlocked
        label: qsTr("Volunteer code")
        value: page.view.volunteerCodeSet ? qsTr("set") : ""
    }
    BodyText {
        visible: page.kiosk.adminUnlocked
        hint: true
        text: qsTr("To change these settings, use harbour-kiosk-setup and the kiosk's configuration file.")
    }
    Heading {
        visible: page.kiosk.adminUnlocked
        font.pixelSize: Theme.headingSize * 0.75
        text: qsTr("This kiosk's signing key")
    }
    BodyText {
        visible: page.kiosk.adminUnlocked
        text: qsTr("Reports from this kiosk are signed with this key. Register it with your organisation, and compare the fingerprint aloud.")
    }
    Setting {
        visible: page.kiosk.adminUnlocked
        label: qsTr("Fingerprint")
        value: page.view.fingerprint || ""
    }
    BodyText {
        visible: page.kiosk.adminUnlocked && (page.view.publicKeyText || "").length > 0
        text: page.view.publicKeyText || ""
        font.family: "monospace"
        wrapMode: Text.WrapAnywhere
    }
    BodyText {
        visible: page.kiosk.adminUnlocked && (page.view.identityError || "").length > 0
        color: Theme.error
        text: qsTr("This kiosk has no signing key, so its reports are not signed: %1").arg(page.view.identityError || "")
    }
    AppButton {
        visible: page.kiosk.adminUnlocked
        kind: AppButton.Secondary
        text: qsTr("Lock the settings")
        onClicked: page.kiosk.lockAdmin()
    }
}
