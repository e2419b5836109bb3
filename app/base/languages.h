// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace harbour {

// A language Harbour ships, named in its own script for the language picker.
struct Language
{
    QString code; // BCP 47 / Qt locale name, also the .ts file suffix
    QString nativeName;
    QString englishName;
    bool rightToLeft = false;
};

// England & Wales census 2021 main languages plus the under-reporting groups (docs/accessibility.md).
const QList<Language> &shippedLanguages();
const Language *findLanguage(const QString &code);

} // namespace harbour
