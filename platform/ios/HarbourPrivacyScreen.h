// SPDX-License-Identifier: GPL-3.0-or-later
// UNTESTED here (no iOS toolchain); see platform/ios/README.md.
#pragma once

class QString;

namespace harbour::platform {

// Covers the app's windows with a plain view whenever the app is not active (so iOS's
// app-switcher snapshot shows nothing of a report) and while the screen is recorded.
// Call once, after the QGuiApplication exists.
void installPrivacyScreen();

// Marks a file or folder (the data folder) as excluded from iCloud and computer backups.
bool excludeFromBackup(const QString &path);

} // namespace harbour::platform
