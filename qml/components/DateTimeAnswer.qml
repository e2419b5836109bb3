// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// When it happened: first how the reporter knows (a date, about when, between two dates, it
// keeps happening, don't know), then only the fields that way needs.
AnswerArea {
    id: root
    readonly property string mode: Session.flow.draft["mode"] || ""

    Layout.fillWidth: true
    spacing: Theme.spacing

    onFocusRequested: field => {
        if (field === "mode")
            modes.focusFirst()
        else if (field === "time")
            time.focusInput()
        else if (field.startsWith("from_"))
            from.focusField(field)
        else if (field.startsWith("to_"))
            to.focusField(field)
        else if (field.startsWith("since_"))
            since.focusField(field)
        else
            date.focusField(field)
    }

    FieldError {
        message: Session.flow.fieldErrors["mode"] || ""
    }
    ChoiceAnswer {
        id: modes
        field: "mode"
        options: root.question.dateModes
        groupName: root.question.heading
    }
    DateFields {
        id: date
        visible: root.mode === "exact" || root.mode === "approximate"
        legend: root.mode === "exact" ? qsTr("Date") : qsTr("Roughly when")
        hint: root.mode === "exact" ? qsTr("For example, 27 3 2024")
                                    : qsTr("For example, 3 2024. Add the day if you know it.")
    }
    LabelledField {
        id: time
        visible: date.visible
        field: "time"
        label: qsTr("Time (optional)")
        hint: qsTr("For example, 18:30 or 6:30pm")
        characters: 8
    }
    DateFields {
        id: from
        visible: root.mode === "range"
        prefix: "from_"
        legend: qsTr("Start date")
        hint: qsTr("The earliest it could have been")
    }
    DateFields {
        id: to
        visible: root.mode === "range"
        prefix: "to_"
        legend: qsTr("End date")
        hint: qsTr("The latest it could have been")
    }
    DateFields {
        id: since
        visible: root.mode === "ongoing"
        prefix: "since_"
        showDay: false
        legend: qsTr("When did it start? (optional)")
        hint: qsTr("For example, 11 2023")
    }
}
