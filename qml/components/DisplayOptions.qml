// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// Language, text size, contrast, read-aloud and easy read: on the start page, before anything is asked,
// and from the header's display control on every page (DisplayMenu).
ColumnLayout {
    id: root
    signal languageRequested()
    // Off beside question pages: the language is chosen before the questions start.
    property bool showLanguage: true
    Layout.fillWidth: true
    spacing: Theme.smallSpacing

    readonly property var sizes: [
        { scale: 1.0, label: qsTr("Standard text") },
        { scale: 1.5, label: qsTr("Large text") },
        { scale: 2.0, label: qsTr("Largest text") }
    ]

    LanguageButton {
        visible: root.showLanguage
        languageName: root.currentLanguageName()
        onClicked: root.languageRequested()
    }
    // One named group, so a screen reader says what the three choices are about.
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing
        Accessible.role: Accessible.Grouping
        Accessible.name: qsTr("Text size")
        Repeater {
            model: root.sizes
            delegate: RadioOption {
                required property var modelData
                text: modelData.label
                checked: Math.abs(Session.preferences.textScale - modelData.scale) < 0.01
                onToggled: {
                    Session.preferences.textScale = modelData.scale
                    checked = Qt.binding(() => Math.abs(Session.preferences.textScale - modelData.scale) < 0.01)
                }
            }
        }
    }
    ChoiceOption {
        text: qsTr("High contrast")
        checked: Session.preferences.highContrast
        onToggled: {
            Session.preferences.highContrast = checked
            checked = Qt.binding(() => Session.preferences.highContrast)
        }
    }
    ChoiceOption {
        text: qsTr("Read questions aloud")
        checked: Session.preferences.readAloud
        onToggled: {
            Session.preferences.readAloud = checked
            checked = Qt.binding(() => Session.preferences.readAloud)
        }
    }

    ChoiceOption {
        text: qsTr("Easy read: short sentences with pictures")
        checked: Session.preferences.easyRead
        onToggled: {
            Session.preferences.easyRead = checked
            checked = Qt.binding(() => Session.preferences.easyRead)
        }
    }

    // A personal phone only (a kiosk remembers nothing anyway).
    ChoiceOption {
        visible: Session.preferences.remembers
        text: qsTr("Leave no trace: do not remember these choices on this device")
        checked: Session.preferences.leaveNoTrace
        onToggled: {
            Session.preferences.leaveNoTrace = checked
            checked = Qt.binding(() => Session.preferences.leaveNoTrace)
        }
    }

    function currentLanguageName(): string {
        const model = Session.languages
        // Reading Session.language makes the name follow a change of language.
        const code = Session.language
        for (let row = 0; row < model.rowCount(); ++row) {
            const index = model.index(row, 0)
            if (model.data(index, LanguageModel.CodeRole) === code || model.data(index, LanguageModel.CurrentRole))
                return model.data(index, LanguageModel.NativeNameRole)
        }
        return "English"
    }
}
