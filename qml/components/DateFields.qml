// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// GOV.UK date input: day, month and year as three number fields under one legend.
ColumnLayout {
    id: root
    // Draft keys are prefix + "day", "month", "year" ("from_day", ...).
    property string prefix: ""
    required property string legend
    property string hint: ""
    property bool showDay: true
    readonly property var errors: Session.flow.fieldErrors
    readonly property string error: root.errors[root.prefix + "day"] || root.errors[root.prefix + "month"]
                                    || root.errors[root.prefix + "year"] || ""
    // What each part speaks after its name: the date's error and its example.
    readonly property string description: errorLine.spoken(errorLine.message, root.hint)

    Layout.fillWidth: true
    spacing: Theme.smallSpacing

    function focusField(field: string): void {
        if (field === root.prefix + "month")
            month.focusInput()
        else if (field === root.prefix + "year")
            year.focusInput()
        else if (root.showDay)
            day.focusInput()
        else
            month.focusInput()
    }

    Text {
        Layout.fillWidth: true
        text: root.legend
        font.pixelSize: Theme.bodySize * 1.1
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    BodyText {
        hint: true
        visible: text.length > 0
        text: root.hint
    }
    FieldError {
        id: errorLine
        message: root.error
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        LabelledField {
            id: day
            visible: root.showDay
            field: root.prefix + "day"
            label: qsTr("Day")
            accessibleName: qsTr("%1: %2").arg(root.legend).arg(qsTr("Day"))
            characters: 2
            showError: false
            description: root.description
            inputHints: Qt.ImhDigitsOnly
        }
        LabelledField {
            id: month
            field: root.prefix + "month"
            label: qsTr("Month")
            accessibleName: qsTr("%1: %2").arg(root.legend).arg(qsTr("Month"))
            characters: 2
            showError: false
            description: root.description
            inputHints: Qt.ImhDigitsOnly
        }
        LabelledField {
            id: year
            field: root.prefix + "year"
            label: qsTr("Year")
            accessibleName: qsTr("%1: %2").arg(root.legend).arg(qsTr("Year"))
            characters: 4
            showError: false
            description: root.description
            inputHints: Qt.ImhDigitsOnly
        }
    }
}
