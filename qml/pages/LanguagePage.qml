// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// Each language named in its own script, so a person finds theirs without reading English.
PageScaffold {
    id: page
    objectName: "LanguagePage"
    title: qsTr("Choose your language")
    heading: pageHeading

    BackLink {
        onClicked: Session.flow.back()
    }
    Heading {
        id: pageHeading
        text: page.title
    }
    // One named group of choices (a screen reader says "Choose your language" when focus enters it).
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Accessible.role: Accessible.Grouping
        Accessible.name: page.title
        Repeater {
            model: Session.languages
            delegate: RadioOption {
                id: language
                required property string code
                required property string nativeName
                required property string englishName
                required property bool current
                text: language.nativeName
                // The English name helps volunteers; the visible name comes first (WCAG 2.5.3).
                Accessible.name: language.nativeName === language.englishName ? language.nativeName
                                                                             : language.nativeName + " (" + language.englishName + ")"
                checked: language.current
                onToggled: {
                    Session.language = language.code
                    Session.flow.back()
                }
            }
        }
    }
}
