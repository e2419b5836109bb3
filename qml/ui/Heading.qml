// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The page's heading: the question itself on question pages.
Text {
    Layout.fillWidth: true
    font.pixelSize: Theme.headingSize
    font.bold: true
    color: Theme.text
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
