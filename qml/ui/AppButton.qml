// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A GOV.UK-style button: primary (green), secondary (grey) or exit (red), at least 48 px tall.
Button {
    id: control

    enum Kind { Primary, Secondary, Exit }
    property int kind: AppButton.Primary

    readonly property color fillColour: kind === AppButton.Primary ? Theme.primary
                                        : kind === AppButton.Exit ? Theme.exitBackground : Theme.secondary
    readonly property color labelColour: kind === AppButton.Primary ? Theme.primaryLabel
                                         : kind === AppButton.Exit ? Theme.exitLabel : Theme.secondaryLabel

    Layout.minimumHeight: Theme.targetSize
    // Never wider than the column: long labels (200 % text, long translations) wrap instead.
    Layout.maximumWidth: parent ? parent.width : 100000
    implicitHeight: Math.max(Theme.targetSize, contentItem.implicitHeight + 24)
    implicitWidth: Math.max(Theme.targetSize * 2, contentItem.implicitWidth + 40)
    topInset: 0
    bottomInset: 0
    leftInset: 0
    rightInset: 0
    font.pixelSize: Theme.bodySize
    font.bold: kind !== AppButton.Secondary
    font.capitalization: Font.MixedCase
    Accessible.role: Accessible.Button
    Accessible.name: control.text
    // Qt 6.4 does not turn an AT-SPI "Press" on a styled Button into a click by itself.
    Accessible.onPressAction: control.clicked()
    // Return and Enter press it as space does (Qt Quick's buttons take only space on Linux).
    Keys.onReturnPressed: control.clicked()
    Keys.onEnterPressed: control.clicked()

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.labelColour
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        color: control.down ? Qt.darker(control.fillColour, 1.2) : control.fillColour
        radius: 2
        border.width: control.visualFocus ? Theme.focusWidth : (Theme.highContrast ? 2 : 0)
        border.color: control.visualFocus ? Theme.focusRing : Theme.border
        Rectangle {
            // GOV.UK's shadow line under buttons, which also keeps a 3:1 edge on grey.
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: 2
            color: Theme.border
            opacity: control.kind === AppButton.Secondary ? 1 : 0.4
        }
    }
}
