// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import HarbourUi
import Harbour

// A short field of the page's draft (parts of a date, a time, an area), bound to the draft in both
// directions, so two views of one field always agree.
TextInputField {
    id: root
    // The draft key it edits.
    required property string field

    error: Session.flow.fieldErrors[root.field] || ""
    value: Session.flow.draft[root.field] || ""
    onEdited: text => Session.flow.setDraftValue(root.field, text)
}
