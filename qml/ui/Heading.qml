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
    // A page focuses its heading when it opens (PageScaffold.heading). While it has the focus it is
    // in the Tab order, so Tab goes on to the control after it (Qt 6.4 starts again from the top
    // of the window when Tab is pressed on an item outside the Tab order); never otherwise.
    activeFocusOnTab: activeFocus
}
