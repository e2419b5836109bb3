// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import HarbourUi
import Harbour

// A page of the report that the reporter continues (a question, a group's item, the danger and
// check pages, recipients, contact): the back link, the error summary of Session.flow's problems,
// then the page's own content. Session.flow moves; Main.qml shows where it went.
PageScaffold {
    id: page
    // A link in the error summary was followed: the page moves focus to that field.
    signal fieldRequested(string field)

    // Continue (or Send): the flow checks the page and moves on; if it cannot, focus goes to the
    // error summary so that it is read first (GOV.UK).
    // The message beside a field: the same words as its link in the summary.
    function errorFor(field: string): string {
        return Session.flow.fieldErrors[field] || ""
    }
    function submit(): void {
        if (!Session.flow.next())
            summary.forceActiveFocus()
    }

    BackLink {
        onClicked: Session.flow.back()
    }
    ErrorSummary {
        id: summary
        model: Session.flow.errors
        onLinkActivated: field => page.fieldRequested(field)
    }
}
