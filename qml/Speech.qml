// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import QtTextToSpeech

// Read-aloud for every page (a locked kiosk is "closed functionality": it must speak for itself).
// Main.qml sets `language` from the session; pages call say().
QtObject {
    id: speech

    property string language: "en"
    // Empty when the engine has a voice for the language; otherwise what to tell the person.
    readonly property bool available: speech.supports(speech.language)
    readonly property bool speaking: engine.state === TextToSpeech.Speaking

    readonly property TextToSpeech engine: TextToSpeech { }
    onLanguageChanged: speech.engine.locale = Qt.locale(speech.language)

    function supports(code) {
        const locales = speech.engine.availableLocales()
        for (let i = 0; i < locales.length; ++i) {
            if (locales[i].name.split("_")[0] === code)
                return true
        }
        return false
    }
    function say(text) {
        if (!speech.available || text.length === 0)
            return
        speech.engine.stop()
        speech.engine.say(text)
    }
    function stop() {
        speech.engine.stop()
    }
}
