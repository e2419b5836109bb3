// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
pragma Singleton
import QtQuick
import QtTextToSpeech

// Read-aloud for every page (a locked kiosk is "closed functionality": it must speak for itself).
// Main.qml sets `language` from the session; pages call say().
QtObject {
    id: speech

    property string language: "en"
    // The engine is made only once read-aloud is wanted (Main binds this to the preference):
    // connecting to the speech service takes time, and on a device whose speech service is
    // broken it can hang; nobody who does not use read-aloud should wait for it.
    property bool wanted: false
    property TextToSpeech engine: null
    readonly property bool available: speech.engine !== null && speech.supports(speech.language)
    readonly property bool speaking: speech.engine !== null && speech.engine.state === TextToSpeech.Speaking

    readonly property Component engineComponent: Component {
        TextToSpeech { }
    }
    // Said once the engine is ready (sayNow), for a request made before it was.
    property string waiting: ""
    onWantedChanged: {
        if (speech.wanted)
            speech.makeEngine()
    }
    function makeEngine(): void {
        if (speech.engine !== null)
            return
        speech.engine = speech.engineComponent.createObject(speech) as TextToSpeech
        speech.engine.locale = Qt.locale(speech.language)
        speech.engine.stateChanged.connect(() => {
            if (speech.waiting.length > 0 && speech.engine.state === TextToSpeech.Ready) {
                const text = speech.waiting
                speech.waiting = ""
                speech.say(text)
            }
        })
    }
    onLanguageChanged: {
        if (speech.engine !== null)
            speech.engine.locale = Qt.locale(speech.language)
    }

    function supports(code: string): bool {
        if (speech.engine === null)
            return false
        const locales = speech.engine.availableLocales()
        for (let i = 0; i < locales.length; ++i) {
            if (locales[i].name.split("_")[0] === code)
                return true
        }
        return false
    }
    function say(text: string): void {
        if (!speech.available || text.length === 0)
            return
        speech.engine.stop()
        speech.engine.say(text)
    }
    // One thing read aloud on request (the follow-up code), whether or not read-aloud is on for
    // every page: the engine is made for it if need be.
    function sayNow(text: string): void {
        speech.makeEngine()
        if (speech.engine.state === TextToSpeech.Ready)
            speech.say(text)
        else
            speech.waiting = text
    }
    function stop(): void {
        if (speech.engine !== null)
            speech.engine.stop()
    }
}
