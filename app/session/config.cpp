// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include "base/strictinput.h"
#include "directory/directory.h"
#include "protocol/envelope.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace harbour::session {

Result<AppConfig> AppConfig::load(const QString &path)
{
    const QString source = path.isEmpty() ? QStringLiteral(":/harbour/config/default.json") : path;
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly))
        return Result<AppConfig>::failure(
            QStringLiteral("cannot read the configuration %1: %2").arg(source, file.errorString()));
    auto config = fromJson(file.read(1024 * 1024));
    if (!config)
        return Result<AppConfig>::failure(
            QStringLiteral("the configuration %1 is not usable: %2").arg(source, config.error()));
    // A questionnaire named beside the configuration is found beside it.
    if (!config->questionnaire.isEmpty() && !path.isEmpty() && QFileInfo(config->questionnaire).isRelative())
        config->questionnaire = QFileInfo(path).absoluteDir().filePath(config->questionnaire);
    return config;
}

Result<AppConfig> AppConfig::fromJson(const QByteArray &json)
{
    using R = Result<AppConfig>;
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(QStringLiteral("not a JSON object (%1)").arg(error.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1StringView("v")).toInt() != 1)
        return R::failure(QStringLiteral("unsupported configuration version"));

    AppConfig config;
    const QString mode = root.value(QLatin1StringView("mode")).toString(QStringLiteral("personal"));
    if (mode == QLatin1String("kiosk"))
        config.mode = Mode::Kiosk;
    else if (mode != QLatin1String("personal"))
        return R::failure(QStringLiteral("\"mode\" must be \"personal\" or \"kiosk\""));

    // Optional: without it, reports go to the organisations the reporter chooses from the directory.
    const QJsonValue recipientsValue = root.value(QLatin1StringView("recipients"));
    if (!recipientsValue.isUndefined() && (!recipientsValue.isArray() || recipientsValue.toArray().isEmpty()))
        return R::failure(QStringLiteral("\"recipients\" must list at least one organisation when given"));
    const QJsonArray recipients = recipientsValue.toArray();
    for (const auto &value : recipients) {
        const QJsonObject object = value.toObject();
        Recipient recipient;
        recipient.name = object.value(QLatin1StringView("name")).toString();
        recipient.intakeUrl = QUrl(object.value(QLatin1StringView("intake")).toString(), QUrl::StrictMode);
        recipient.publicKey = strict::decodeCanonicalBase64(
            object.value(QLatin1StringView("public_key")).toString(), protocol::kPublicKeyBytes)
                                  .value_or(QByteArray());
        if (recipient.name.isEmpty())
            return R::failure(QStringLiteral("a recipient has no \"name\""));
        const QString scheme = recipient.intakeUrl.scheme();
        if (!recipient.intakeUrl.isValid()
            || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            return R::failure(
                QStringLiteral("recipient \"%1\" has no valid http(s) \"intake\" URL").arg(recipient.name));
        // The seal keeps a report unreadable on the way, but a plain http intake can be impersonated
        // (reports dropped, receipts forged) and fixed recipients have no TLS pins: plain http only
        // to this machine, for tests and the demo.
        if (scheme == QLatin1String("http") && !directory::isLoopbackHttp(recipient.intakeUrl))
            return R::failure(
                QStringLiteral("recipient \"%1\" has a plain http \"intake\" URL to %2; use https "
                               "(plain http is allowed only to 127.0.0.1, ::1 or localhost)")
                    .arg(recipient.name, recipient.intakeUrl.host()));
        if (recipient.publicKey.isEmpty())
            return R::failure(QStringLiteral("recipient \"%1\" has no valid 32-byte base64 \"public_key\"")
                                  .arg(recipient.name));
        const QJsonValue onion = object.value(QLatin1StringView("onion"));
        recipient.onion = onion.toString();
        if (!onion.isUndefined() && !strict::isOnionV3Address(recipient.onion))
            return R::failure(
                QStringLiteral("recipient \"%1\" has an \"onion\" that is not a version 3 onion address")
                    .arg(recipient.name));
        config.recipients.append(recipient);
    }
    const QJsonObject idle = root.value(QLatin1StringView("idle")).toObject();
    config.idleWarningAfterSeconds
        = idle.value(QLatin1StringView("warning_after_seconds")).toInt(config.idleWarningAfterSeconds);
    config.idleGraceSeconds = idle.value(QLatin1StringView("grace_seconds")).toInt(config.idleGraceSeconds);
    for (const char *member : { "warning_after_seconds", "grace_seconds" }) {
        const QJsonValue value = idle.value(QLatin1StringView(member));
        if (!value.isUndefined() && (!value.isDouble() || value.toDouble() != double(value.toInt())))
            return R::failure(QStringLiteral("\"idle\".\"%1\" must be a whole number of seconds")
                                  .arg(QLatin1StringView(member)));
    }
    // A person reading slowly or with a screen reader must not be warned after a few seconds.
    if (config.idleWarningAfterSeconds < 30)
        return R::failure(QStringLiteral(
            "\"idle\".\"warning_after_seconds\" must be at least 30 (a person needs time to read "
            "and answer before being asked if they need more)"));
    // WCAG 2.2.1: people get at least 20 seconds to say they need more time.
    if (config.idleGraceSeconds < 20)
        return R::failure(QStringLiteral("\"idle\".\"grace_seconds\" must be at least 20"));
    const QJsonValue undelivered = root.value(QLatin1StringView("undelivered_after_days"));
    if (!undelivered.isUndefined()) {
        const auto days = strict::wholeNumber(undelivered, 1, 90);
        if (!days)
            return R::failure(
                QStringLiteral("\"undelivered_after_days\" must be a whole number of days from 1 to 90"));
        config.undeliveredAfterDays = int(*days);
    }
    const QJsonValue torPort = root.value(QLatin1StringView("tor_socks_port"));
    if (!torPort.isUndefined()) {
        const auto port = strict::wholeNumber(torPort, 1, 65535);
        if (!port)
            return R::failure(QStringLiteral("\"tor_socks_port\" must be a port number from 1 to 65535"));
        config.torSocksPort = int(*port);
    }
    const QJsonValue kioskValue = root.value(QLatin1StringView("kiosk"));
    if (!kioskValue.isUndefined()) {
        if (config.mode != Mode::Kiosk)
            return R::failure(QStringLiteral("\"kiosk\" settings are given but \"mode\" is not \"kiosk\""));
        if (!kioskValue.isObject())
            return R::failure(QStringLiteral("\"kiosk\" must be an object"));
        QStringList names;
        for (const auto &recipient : std::as_const(config.recipients))
            names.append(recipient.name);
        auto parsed = kiosk::KioskSettings::fromJson(kioskValue.toObject(), names);
        if (!parsed)
            return R::failure(parsed.error());
        config.kiosk = parsed.value();
    }
    const QJsonValue questionnaire = root.value(QLatin1StringView("questionnaire"));
    if (!questionnaire.isUndefined() && !questionnaire.isString())
        return R::failure(QStringLiteral("\"questionnaire\" must be the path of a questionnaire file"));
    config.questionnaire = questionnaire.toString();
    config.directoryFile = root.value(QLatin1StringView("directory_file")).toString();
    config.dataDir = root.value(QLatin1StringView("data_dir")).toString();
    if (config.dataDir.isEmpty())
        config.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return config;
}

} // namespace harbour::session
