// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// Where: what kind of place, a description, and a coarse area (never GPS, never a full postcode).
AnswerArea {
    id: root

    Layout.fillWidth: true
    spacing: Theme.spacing

    onFocusRequested: field => {
        if (field === "area")
            area.focusInput()
        else if (field === "description")
            description.focusInput()
        else
            types.focusFirst()
    }

    Text {
        id: typesLegend
        Layout.fillWidth: true
        text: qsTr("What kind of place was it?")
        font.pixelSize: Theme.bodySize * 1.1
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    FieldError {
        message: Session.flow.fieldErrors["type"] || ""
    }
    ChoiceAnswer {
        id: types
        field: "type"
        options: root.question.options
        groupName: typesLegend.text
    }
    LabelledField {
        id: description
        visible: root.question.askDescription
        field: "description"
        label: qsTr("Describe the place (optional)")
        hint: qsTr("For example, the bus stop outside the library, or the name of the shop.")
    }
    LabelledField {
        id: area
        visible: root.question.askArea
        field: "area"
        label: qsTr("Area (optional)")
        hint: qsTr("The first part of the postcode, like E1, or the town. Not the full postcode.")
        characters: 14
    }
}
