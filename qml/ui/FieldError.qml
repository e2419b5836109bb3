// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The error beside a field, in the same words as its link in the error summary (GOV.UK).
Text {
    property string message: ""
    Layout.fillWidth: true
    visible: message.length > 0
    text: qsTr("Error: %1").arg(message)
    color: Theme.error
    font.pixelSize: Theme.bodySize
    font.bold: true
    wrapMode: Text.Wrap
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
