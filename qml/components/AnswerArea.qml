// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Harbour

// What every question page's answer area is (TextQuestion, ChoiceQuestion, DateTimeAnswer,
// PlaceAnswer, GroupAnswer): made with its question, it moves focus to a field
// when the error summary's link asks.
ColumnLayout {
    required property questionView question
    // A link in the error summary names this field (a draft key): focus it.
    signal focusRequested(string field)
}
