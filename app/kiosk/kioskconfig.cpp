// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskconfig.h"

#include "secrethash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <tuple>
#include <utility>

namespace harbour::kiosk {
namespace {

constexpr qsizetype kMaxNameChars = 80;

QString checkPlainText(const QString &text, const QString &what)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("\"kiosk\".\"%1\" must not contain control characters").arg(what);
    }
    return {};
}

} // namespace

bool isLanguageTag(const QString &tag)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$"));
    return pattern.match(tag).hasMatch();
}

Result<KioskSettings> KioskSettings::fromJson(const QJsonObject &kiosk, const QStringList &recipientNames)
{
    using R = Result<KioskSettings>;
    static const QSet<QString> known
        = { QStringLiteral("name"), QStringLiteral("default_organisation"), QStringLiteral("languages"),
              QLatin1StringView(kAdminPassphraseHashKey), QLatin1StringView(kVolunteerCodeHashKey) };
    for (auto it = kiosk.begin(); it != kiosk.end(); ++it) {
        if (!known.contains(it.key()))
            return R::failure(QStringLiteral("\"kiosk\" has an unknown member \"%1\"").arg(it.key()));
    }
    auto stringMember = [&](const char *member, QString *out) -> QString {
        const QJsonValue value = kiosk.value(QLatin1StringView(member));
        if (value.isUndefined())
            return {};
        if (!value.isString())
            return QStringLiteral("\"kiosk\".\"%1\" must be a string").arg(QLatin1StringView(member));
        *out = value.toString();
        return checkPlainText(*out, QLatin1StringView(member));
    };

    KioskSettings settings;
    QString adminHash;
    QString volunteerHash;
    for (auto [member, out] : { std::pair { "name", &settings.name },
             std::pair { "default_organisation", &settings.defaultOrganisation },
             std::pair { static_cast<const char *>(kAdminPassphraseHashKey), &adminHash },
             std::pair { static_cast<const char *>(kVolunteerCodeHashKey), &volunteerHash } }) {
        if (const QString e = stringMember(member, out); !e.isEmpty())
            return R::failure(e);
    }
    if (settings.name.trimmed() != settings.name)
        return R::failure(QStringLiteral("\"kiosk\".\"name\" must not begin or end with spaces"));
    if (settings.name.size() > kMaxNameChars)
        return R::failure(
            QStringLiteral("\"kiosk\".\"name\" must be at most %1 characters").arg(kMaxNameChars));
    // With fixed recipients it must be one of them; with the signed directory it is looked up there
    // when the directory is loaded, so it cannot be checked here.
    if (!settings.defaultOrganisation.isEmpty() && !recipientNames.isEmpty()
        && !recipientNames.contains(settings.defaultOrganisation))
        return R::failure(
            QStringLiteral("\"kiosk\".\"default_organisation\" is \"%1\", which is not the name of any "
                           "recipient")
                .arg(settings.defaultOrganisation));

    const QJsonValue languages = kiosk.value(QLatin1StringView("languages"));
    if (!languages.isUndefined()) {
        if (!languages.isArray())
            return R::failure(QStringLiteral("\"kiosk\".\"languages\" must be a list of language tags"));
        for (const QJsonValue &value : languages.toArray()) {
            const QString tag = value.toString();
            if (!value.isString() || !isLanguageTag(tag))
                return R::failure(
                    QStringLiteral("\"kiosk\".\"languages\" has \"%1\", which is not a language tag "
                                   "such as \"en\", \"pt-BR\" or \"pa-Arab\"")
                        .arg(value.isString() ? tag : QStringLiteral("(not a string)")));
            if (settings.languages.contains(tag))
                return R::failure(QStringLiteral("\"kiosk\".\"languages\" lists \"%1\" twice").arg(tag));
            settings.languages.append(tag);
        }
    }

    for (auto [member, text, out] :
        { std::tuple { kAdminPassphraseHashKey, &adminHash, &settings.adminPassphraseHash },
            std::tuple { kVolunteerCodeHashKey, &volunteerHash, &settings.volunteerCodeHash } }) {
        if (text->isEmpty())
            continue;
        const QByteArray hash = text->toLatin1();
        if (QString::fromLatin1(hash) != *text || !isSecretHash(hash))
            return R::failure(QStringLiteral("\"kiosk\".\"%1\" is not an Argon2id hash; set it with "
                                             "harbour-kiosk-setup")
                                  .arg(QLatin1StringView(member)));
        *out = hash;
    }
    return settings;
}

Result<QByteArray> withSecretHash(const QByteArray &configJson, const char *member, const QByteArray &hash)
{
    using R = Result<QByteArray>;
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(configJson, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(
            QStringLiteral("the configuration is not a JSON object (%1)").arg(error.errorString()));
    if (!isSecretHash(hash))
        return R::failure(QStringLiteral("internal error: not an Argon2id hash"));
    QJsonObject root = doc.object();
    const QJsonValue existing = root.value(QLatin1StringView("kiosk"));
    if (!existing.isUndefined() && !existing.isObject())
        return R::failure(QStringLiteral("\"kiosk\" in the configuration is not an object"));
    QJsonObject kiosk = existing.toObject();
    kiosk.insert(QLatin1StringView(member), QString::fromLatin1(hash));
    root.insert(QLatin1StringView("kiosk"), kiosk);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace harbour::kiosk
