// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// A question page's top: the section caption, the heading (the question) and its hint; in easy read,
// the question's short sentences with pictures instead of the hint.
ColumnLayout {
    id: root
    property string section: ""
    required property string heading
    property string hint: ""
    property var easyRead: []
    // The heading, which the page focuses when it arrives (PageScaffold.heading).
    readonly property alias headingItem: title

    Layout.fillWidth: true
    spacing: Theme.smallSpacing

    Text {
        Layout.fillWidth: true
        visible: root.section.length > 0
        text: root.section
        font.pixelSize: Theme.captionSize * 1.1
        color: Theme.secondaryText
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Heading {
        id: title
        text: root.heading
        // Spoken after the heading when the page arrives: the hint, or in easy read its sentences.
        Accessible.description: easyReadIdeas.visible ? root.easyRead.map(idea => idea.text).join(" ")
                                                      : root.hint
    }
    BodyText {
        hint: true
        visible: text.length > 0 && !easyReadIdeas.visible
        text: root.hint
    }
    EasyRead {
        id: easyReadIdeas
        ideas: root.easyRead
    }
}
