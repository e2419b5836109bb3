// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

Text {
    property bool hint: false
    Layout.fillWidth: true
    font.pixelSize: hint ? Theme.hintSize : Theme.bodySize
    color: hint ? Theme.secondaryText : Theme.text
    wrapMode: Text.Wrap
    lineHeight: 1.25
    // Aligned with the page, not with the text's own script: English text from the directory on an
    // Arabic page starts on the right like the rest (LayoutMirroring flips this to the right).
    horizontalAlignment: Text.AlignLeft
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
