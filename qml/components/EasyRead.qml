// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// Easy read (docs/accessibility.md): short sentences, one idea each, with a picture beside each idea.
// The pictures are Harbour's own (app/resources/pictures, CC0-1.0). A screen reader skips them:
// the sentence beside each picture says everything it shows.
ColumnLayout {
    id: root
    // [{ text, picture }]: picture names a file in app/resources/pictures.
    required property var ideas

    // Shown when the reporter has chosen easy read and there is something to show.
    visible: Session.preferences.easyRead && root.ideas.length > 0
    Layout.fillWidth: true
    spacing: Theme.spacing
    // With little room for the words beside it (320 px at 200 % text), a picture goes above its sentence.
    readonly property bool stacked: width - Theme.pictureSize - Theme.spacing < 9 * Theme.bodySize

    Repeater {
        model: root.ideas
        delegate: GridLayout {
            id: idea
            required property var modelData
            Layout.fillWidth: true
            columns: root.stacked ? 1 : 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.smallSpacing

            Rectangle {
                Layout.preferredWidth: Theme.pictureSize
                Layout.preferredHeight: Theme.pictureSize
                Layout.alignment: Qt.AlignTop
                // White in both themes: the pictures' own colours and outlines stay as drawn.
                color: "#ffffff"
                radius: 8
                border.width: Theme.highContrast ? 3 : 1
                border.color: Theme.highContrast ? Theme.border : "#b1b4b6"
                Accessible.ignored: true
                Image {
                    anchors.fill: parent
                    anchors.margins: 4
                    source: "qrc:/harbour/pictures/" + idea.modelData.picture + ".svg"
                    sourceSize.width: width
                    sourceSize.height: height
                    fillMode: Image.PreserveAspectFit
                    Accessible.ignored: true
                }
            }
            BodyText {
                Layout.alignment: Qt.AlignVCenter
                text: idea.modelData.text
            }
        }
    }
}
