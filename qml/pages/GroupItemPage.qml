// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Harbour

// One item of a repeatable group ("Person 2"): the group's questions together, then back to the list.
PageScaffold {
    id: page
    objectName: "group-item-" + question.id
    required property var question
    signal navigated()

    title: question.itemHeading

    function submit() {
        if (Session.flow.next()) {
            page.navigated()
            return
        }
        summary.forceActiveFocus()
    }
    function focusField(field) {
        for (let i = 0; i < fields.count; ++i) {
            const item = fields.itemAt(i)
            if (item.question.id === field)
                item.focusField(field)
        }
    }

    BackLink {
        onClicked: {
            Session.flow.back()
            page.navigated()
        }
    }
    ErrorSummary {
        id: summary
        model: Session.flow.errors
        onLinkActivated: field => page.focusField(field)
    }
    QuestionHeader {
        section: page.question.title
        heading: page.question.itemHeading
        hint: qsTr("Answer what you can. Leave out anything you did not see.")
    }
    Repeater {
        id: fields
        model: page.question.questions
        delegate: QuestionField {
            required property var modelData
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
