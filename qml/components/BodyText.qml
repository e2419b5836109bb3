// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Harbour

Text {
    property bool hint: false
    Layout.fillWidth: true
    font.pixelSize: hint ? Theme.hintSize : Theme.bodySize
    color: hint ? Theme.secondaryText : Theme.text
    wrapMode: Text.Wrap
    lineHeight: 1.25
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
