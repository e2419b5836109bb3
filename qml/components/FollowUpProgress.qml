// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi
import Harbour

// While the follow-up code's keys are derived (seconds on a phone) or the intakes are asked: what
// is happening, in words, and a moving bar. The app stays usable: Exit works throughout.
ColumnLayout {
    id: root
    readonly property int state: Session.followUp.state
    visible: root.state === FollowUp.Deriving || root.state === FollowUp.Fetching || root.state === FollowUp.Deleting
    Layout.fillWidth: true
    spacing: Theme.smallSpacing

    BodyText {
        objectName: "followUpProgress"
        font.bold: true
        text: root.state === FollowUp.Deriving
              ? qsTr("Opening your replies (step 1 of 2). This can take up to a minute on some phones.")
              : root.state === FollowUp.Fetching ? qsTr("Checking for replies (step 2 of 2).")
                                                 : qsTr("Deleting the replies.")
    }
    ProgressBar {
        Layout.fillWidth: true
        indeterminate: true
        Accessible.role: Accessible.ProgressBar
        Accessible.name: qsTr("Working")
    }
}
