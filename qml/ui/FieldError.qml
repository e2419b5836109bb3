// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The error beside a field, in the same words as its link in the error summary (GOV.UK).
Text {
    id: root
    property string message: ""
    Layout.fillWidth: true
    visible: message.length > 0
    text: root.describe(root.message)

    // The words shown (and spoken as the field's description) for a message.
    function describe(message: string): string {
        return qsTr("Error: %1").arg(message)
    }
    // What a field speaks after its name (its accessible description): its error in these words,
    // then its hint.
    function spoken(message: string, hint: string): string {
        const error = message.length > 0 ? root.describe(message) : ""
        return error.length > 0 && hint.length > 0 ? error + " " + hint : error + hint
    }
    color: Theme.error
    font.pixelSize: Theme.bodySize
    font.bold: true
    wrapMode: Text.Wrap
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
