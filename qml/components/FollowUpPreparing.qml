// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi
import Harbour

// After "Send report" with a follow-up code asked for: its keys are still being derived (seconds
// on a phone), and the report goes when they are ready (ContactPage, CheckAnswersPage).
ColumnLayout {
    visible: Session.followUp.preparing
    Layout.fillWidth: true
    spacing: Theme.smallSpacing
    BodyText {
        objectName: "followUpPreparing"
        hint: true
        text: qsTr("Preparing your follow-up code. This can take up to a minute on some phones. Your report is sent when it is ready.")
    }
    ProgressBar {
        Layout.fillWidth: true
        indeterminate: true
        Accessible.role: Accessible.ProgressBar
        Accessible.name: qsTr("Preparing your follow-up code")
    }
}
