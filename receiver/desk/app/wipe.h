// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <algorithm>

// Overwrites a string's characters before it is dropped, where this copy is the only one (a shared
// copy is detached by data() and the original is left to its other owners). Best effort: QML keeps
// its own copies of what it showed until they are collected; the store itself is what is locked.
namespace harbour::deskui {

inline void wipeString(QString &text)
{
    if (!text.isEmpty() && !text.isDetached()) {
        text.clear();
        return;
    }
    std::fill(text.begin(), text.end(), QChar(u'\0'));
    text.clear();
}

} // namespace harbour::deskui
