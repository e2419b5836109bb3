// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// One item of a repeatable group ("Person 2"): the group's questions together, then back to the list.
FormPage {
    id: page
    objectName: "group-item-" + question.id
    required property questionView question

    title: question.itemHeading
    onFieldRequested: field => {
        for (let i = 0; i < fields.count; ++i) {
            const item = fields.itemAt(i) as QuestionField
            if (item.question.id === field)
                item.focusInput()
        }
    }

    heading: header.headingItem

    QuestionHeader {
        id: header
        section: page.question.title
        heading: page.question.itemHeading
        hint: qsTr("Answer what you can. Leave out anything you did not see.")
    }
    Repeater {
        id: fields
        model: page.question.questions
        delegate: QuestionField {
            required property questionView modelData
            question: modelData
        }
    }
    AppButton {
        // A long label at 200 % text wraps inside the page instead of widening it.
        Layout.maximumWidth: parent ? parent.width : Infinity
        text: qsTr("Continue")
        onClicked: page.submit()
    }
}
