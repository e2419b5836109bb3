// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// Send now, or at a random time within a window the person chooses, so the time the report
// arrives does not match where they were (docs/threat-model.md "Timing"). Personal phones only.
ColumnLayout {
    id: root
    Layout.fillWidth: true
    spacing: Theme.smallSpacing

    readonly property var windows: [
        { hours: 0, label: qsTr("Send it now") },
        { hours: 24, label: qsTr("Send it at a random time in the next day") },
        { hours: 72, label: qsTr("Send it at a random time in the next 3 days") }
    ]

    Heading {
        id: heading
        text: qsTr("When to send")
        font.pixelSize: Theme.headingSize * 0.75
    }
    BodyText {
        hint: true
        text: qsTr("The organisation sees when your report arrives. If you do not want that time to match where you were, Harbour can send it later, at a time nobody can guess.")
    }
    // One named group, so a screen reader says the question when focus enters (docs/accessibility.md).
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing
        Accessible.role: Accessible.Grouping
        Accessible.name: heading.text
        Repeater {
            model: root.windows
            delegate: RadioOption {
                required property var modelData
                text: modelData.label
                checked: Session.sendWithinHours === modelData.hours
                onToggled: {
                    Session.sendWithinHours = modelData.hours
                    checked = Qt.binding(() => Session.sendWithinHours === modelData.hours)
                }
            }
        }
    }
}
