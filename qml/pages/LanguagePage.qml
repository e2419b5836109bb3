// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Harbour

// Each language named in its own script, so a person finds theirs without reading English.
PageScaffold {
    id: page
    objectName: "LanguagePage"
    signal chosen()
    signal backRequested()
    title: qsTr("Choose your language")

    BackLink {
        onClicked: page.backRequested()
    }
    Heading {
        text: page.title
    }
    Repeater {
        model: Session.languages
        delegate: RadioOption {
            required property string code
            required property string nativeName
            required property string englishName
            required property bool current
            text: nativeName
            // The English name helps volunteers; the visible name comes first (WCAG 2.5.3).
            Accessible.name: nativeName === englishName ? nativeName : nativeName + " (" + englishName + ")"
            checked: current
            onToggled: {
                Session.language = code
                page.chosen()
            }
        }
    }
}
