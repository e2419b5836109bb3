// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi
import Harbour

// Opened from the header on every page: language, text size, contrast, read-aloud and easy read,
// over the page the person is on, which stays as it was (answers, scroll position) underneath.
Popup {
    id: root
    objectName: "displayMenu"
    parent: Overlay.overlay
    // Not modal: the header above it (Exit above all) must stay usable while it is open.
    property real top: 0
    modal: false
    dim: false
    focus: true
    x: Math.round((parent.width - width) / 2)
    y: root.top
    width: Math.min(parent.width, 40 * Theme.bodySize)
    height: Math.min(parent.height - root.top, content.implicitHeight + 2 * padding)
    padding: Theme.pageMargin
    closePolicy: Popup.CloseOnEscape
    // Qt 6.4 does not announce popups: focus goes to the heading inside, so a screen reader reads it.
    onOpened: title.forceActiveFocus()

    background: Rectangle {
        color: Theme.background
        border.color: Theme.border
        border.width: 2
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: content.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }

        ColumnLayout {
            id: content
            width: flick.width
            spacing: Theme.spacing

            Text {
                id: title
                Layout.fillWidth: true
                text: qsTr("Display and language")
                font.pixelSize: Theme.bodySize * 1.2
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                focus: true
                activeFocusOnTab: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            // Text size first: the change most often wanted in the middle of a report.
            DisplayOptions {
                showLanguage: false
            }
            // Each language in its own script; choosing one keeps the report and this menu open.
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.smallSpacing
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTr("Language")
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.smallSpacing
                    Image {
                        Layout.preferredWidth: Math.round(Theme.bodySize * 2)
                        Layout.preferredHeight: Layout.preferredWidth
                        source: "qrc:/harbour/pictures/language.svg"
                        sourceSize.width: width
                        sourceSize.height: height
                        Accessible.ignored: true
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Language")
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Accessible.ignored: true
                    }
                }
                Repeater {
                    model: Session.languages
                    delegate: RadioOption {
                        id: language
                        required property string code
                        required property string nativeName
                        required property string englishName
                        required property bool current
                        text: language.nativeName
                        Accessible.name: language.nativeName === language.englishName
                                         ? language.nativeName : language.nativeName + " (" + language.englishName + ")"
                        checked: language.current
                        onToggled: {
                            Session.language = language.code
                            checked = Qt.binding(() => language.current)
                        }
                    }
                }
            }
            AppButton {
                objectName: "displayMenuClose"
                text: qsTr("Close and go back")
                onClicked: root.close()
            }
        }
    }
}
