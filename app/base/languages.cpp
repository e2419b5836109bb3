// SPDX-License-Identifier: GPL-3.0-or-later
#include "languages.h"

namespace harbour {

const QList<Language> &shippedLanguages()
{
    static const QList<Language> languages = {
        { QStringLiteral("en"), QStringLiteral("English"), QStringLiteral("English"), false },
        { QStringLiteral("cy"), QStringLiteral("Cymraeg"), QStringLiteral("Welsh"), false },
        { QStringLiteral("pl"), QStringLiteral("Polski"), QStringLiteral("Polish"), false },
        { QStringLiteral("ro"), QStringLiteral("Română"), QStringLiteral("Romanian"), false },
        { QStringLiteral("pa"), QStringLiteral("ਪੰਜਾਬੀ"), QStringLiteral("Panjabi"), false },
        { QStringLiteral("ur"), QStringLiteral("اردو"), QStringLiteral("Urdu"), true },
        { QStringLiteral("pt"), QStringLiteral("Português"), QStringLiteral("Portuguese"), false },
        { QStringLiteral("es"), QStringLiteral("Español"), QStringLiteral("Spanish"), false },
        { QStringLiteral("ar"), QStringLiteral("العربية"), QStringLiteral("Arabic"), true },
        { QStringLiteral("bn"), QStringLiteral("বাংলা"), QStringLiteral("Bengali"), false },
        { QStringLiteral("fa"), QStringLiteral("فارسی"), QStringLiteral("Persian (Farsi, Dari)"), true },
        { QStringLiteral("uk"), QStringLiteral("Українська"), QStringLiteral("Ukrainian"), false },
    };
    return languages;
}

const Language *findLanguage(const QString &code)
{
    for (const auto &language : shippedLanguages()) {
        if (language.code == code)
            return &language;
    }
    return nullptr;
}

} // namespace harbour
