// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// The questions of the first report flow, in the order asked.
// Types: "text" (long answer), "line" (short answer), "single", "multiple".
QtObject {
    readonly property var questions: [
        {
            id: "narrative", type: "text", optional: false,
            title: qsTr("What happened?"),
            hint: qsTr("Tell us in your own words. Include as much as you remember. You can take your time."),
            missing: qsTr("Tell us what happened")
        },
        {
            id: "targeted", type: "multiple", optional: true,
            title: qsTr("Why do you think it was aimed at you or someone else?"),
            hint: qsTr("Choose all that apply. What you or anyone else believes is enough."),
            options: [
                { value: "race", label: qsTr("Race or ethnicity, including Gypsy, Irish Traveller and Roma") },
                { value: "religion", label: qsTr("Religion or belief, including having no belief") },
                { value: "sexual_orientation", label: qsTr("Sexual orientation") },
                { value: "disability", label: qsTr("Disability, including learning disability and mental health") },
                { value: "transgender", label: qsTr("Being transgender") },
                { value: "dont_know", label: qsTr("I don't know"), exclusive: true }
            ]
        },
        {
            id: "online", type: "single", optional: true,
            title: qsTr("Did it happen online, or through a phone or computer?"),
            hint: qsTr("For example on social media, in messages, by email or in a phone call."),
            options: [
                { value: "yes", label: qsTr("Yes, all of it") },
                { value: "partly", label: qsTr("Partly") },
                { value: "no", label: qsTr("No") },
                { value: "dont_know", label: qsTr("I don't know") }
            ]
        },
        {
            id: "when", type: "line", optional: true,
            title: qsTr("When did it happen?"),
            hint: qsTr("For example \"last Tuesday evening\" or \"about three weeks ago\".")
        },
        {
            id: "where", type: "line", optional: true,
            title: qsTr("Where did it happen?"),
            hint: qsTr("For example the street, the bus route or the name of the shop.")
        }
    ]

    function labelFor(question, value) {
        for (const option of question.options || []) {
            if (option.value === value)
                return option.label
        }
        return value
    }

    // The answer as the reporter would read it back, or "" when not answered.
    function answerText(question, answers) {
        const value = answers[question.id]
        if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0))
            return ""
        if (question.type === "multiple")
            return value.map(v => labelFor(question, v)).join("\n")
        if (question.type === "single")
            return labelFor(question, value)
        return String(value)
    }
}
