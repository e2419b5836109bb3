// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// "Read this page aloud", or a plain message when the device has no voice for the language.
ColumnLayout {
    id: root
    signal readRequested()
    spacing: Theme.smallSpacing

    AppButton {
        visible: Speech.available
        kind: AppButton.Secondary
        text: Speech.speaking ? qsTr("Stop reading") : qsTr("Read this page aloud")
        onClicked: Speech.speaking ? Speech.stop() : root.readRequested()
    }
    BodyText {
        objectName: "readAloudUnavailable"
        visible: !Speech.available
        // The language in its own name, so the person sees which one the device cannot speak.
        text: qsTr("Read aloud is not available in %1 on this device. A volunteer or a friend can read the questions to you.")
              .arg(Qt.locale(Speech.language).nativeLanguageName || Speech.language)
    }
}
