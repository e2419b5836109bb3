// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Directories for tests: real Ed25519 signatures, real X25519 keys, shaped as docs/protocol.md
// "Recipient directory" specifies. Shared by the directory, routing and end-to-end tests.
#include "directory/signeddirectory.h"
#include "directory/strictjson.h"
#include "protocol/envelope.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace harbour::testdata {

inline QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

inline QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

inline QJsonObject everywhere()
{
    return { { QStringLiteral("everywhere"), true } };
}

inline QJsonObject areas(const QStringList &postcodes, const QStringList &places = {})
{
    QJsonObject object;
    if (!postcodes.isEmpty())
        object.insert(QStringLiteral("postcodes"), strings(postcodes));
    if (!places.isEmpty())
        object.insert(QStringLiteral("places"), strings(places));
    return object;
}

inline QStringList allStrands()
{
    return { QStringLiteral("race"), QStringLiteral("religion"), QStringLiteral("sexual_orientation"),
        QStringLiteral("disability"), QStringLiteral("transgender") };
}

// An organisation entry; https intakes get a pin, loopback http ones none.
inline QJsonObject organisation(const QString &id, const QString &kind, const QStringList &strandList,
    const QJsonObject &areaObject, const QByteArray &publicKey,
    const QString &intake = QStringLiteral("https://intake.example.org/v1/envelopes"),
    const QStringList &languages = { QStringLiteral("en") })
{
    QJsonObject object {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), QStringLiteral("Organisation %1").arg(id) },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("strands"), strings(strandList) },
        { QStringLiteral("areas"), areaObject },
        { QStringLiteral("languages"), strings(languages) },
        { QStringLiteral("intake"), intake },
        { QStringLiteral("public_key"), b64(publicKey) },
        { QStringLiteral("envelope_versions"), QJsonArray { 1 } },
    };
    if (intake.startsWith(QStringLiteral("https:")))
        object.insert(QStringLiteral("tls_pins"), QJsonArray { b64(QByteArray(32, '\x5a')) });
    return object;
}

inline QJsonArray supportContacts()
{
    return {
        QJsonObject { { QStringLiteral("id"), QStringLiteral("emergency-999") },
            { QStringLiteral("name"),
                QJsonObject { { QStringLiteral("en"), QStringLiteral("Emergency services") },
                    { QStringLiteral("ar"), QStringLiteral("خدمات الطوارئ") } } },
            { QStringLiteral("description"),
                QJsonObject { { QStringLiteral("en"), QStringLiteral("If you are in danger now") },
                    { QStringLiteral("ar"), QStringLiteral("إذا كنت في خطر الآن") } } },
            { QStringLiteral("channel"), QStringLiteral("phone") },
            { QStringLiteral("value"), QStringLiteral("999") },
            { QStringLiteral("purpose"), QStringLiteral("emergency") } },
        QJsonObject { { QStringLiteral("id"), QStringLiteral("police-101") },
            { QStringLiteral("name"),
                QJsonObject { { QStringLiteral("en"), QStringLiteral("Police non-emergency") },
                    { QStringLiteral("cy"), QStringLiteral("Heddlu, nid argyfwng") } } },
            { QStringLiteral("channel"), QStringLiteral("phone") },
            { QStringLiteral("value"), QStringLiteral("101") },
            { QStringLiteral("purpose"), QStringLiteral("report") } },
        QJsonObject { { QStringLiteral("id"), QStringLiteral("tell-mama") },
            { QStringLiteral("name"), QStringLiteral("Tell MAMA") },
            { QStringLiteral("description"), QStringLiteral("Anti-Muslim hate") },
            { QStringLiteral("channel"), QStringLiteral("phone") },
            { QStringLiteral("value"), QStringLiteral("0800 456 1226") },
            { QStringLiteral("strands"), QJsonArray { QStringLiteral("religion") } } },
        QJsonObject { { QStringLiteral("id"), QStringLiteral("stop-hate-uk") },
            { QStringLiteral("name"), QStringLiteral("Stop Hate UK") },
            { QStringLiteral("channel"), QStringLiteral("phone") },
            { QStringLiteral("value"), QStringLiteral("0800 138 1625") } },
    };
}

// What an organisation does with a report and how soon (a text value in English and Arabic), and
// how a reporter reaches it (docs/protocol.md §17.2).
inline QJsonObject promiseAndContact(QJsonObject organisation)
{
    organisation.insert(QStringLiteral("promise"),
        QJsonObject { { QStringLiteral("en"),
                          QStringLiteral("A caseworker reads every report within 2 working days.") },
            { QStringLiteral("ar"), QStringLiteral("يقرأ موظف دعم كل بلاغ خلال يومَي عمل.") } });
    organisation.insert(QStringLiteral("contact"),
        QJsonObject { { QStringLiteral("phone"), QStringLiteral("0808 157 0200") },
            { QStringLiteral("email"), QStringLiteral("help@support.example.org") },
            { QStringLiteral("web"), QStringLiteral("https://support.example.org") } });
    return organisation;
}

inline QString stamp(const QDateTime &time)
{
    return directory::formatUtcTimestamp(time);
}

inline QJsonObject directoryObject(qint64 serial, const QJsonArray &organisations,
    const QDateTime &issued = QDateTime::currentDateTimeUtc().addDays(-1),
    const QDateTime &expires = QDateTime::currentDateTimeUtc().addDays(30))
{
    return {
        { QStringLiteral("format"), QStringLiteral("harbour-directory") },
        { QStringLiteral("v"), 1 },
        { QStringLiteral("serial"), serial },
        { QStringLiteral("name"), QStringLiteral("Test directory") },
        { QStringLiteral("issued_at"), stamp(issued) },
        { QStringLiteral("expires_at"), stamp(expires) },
        { QStringLiteral("organisations"), organisations },
        { QStringLiteral("support_contacts"), supportContacts() },
    };
}

inline QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

inline QByteArray signedFile(const QJsonObject &directory, const QByteArray &signingSecretKey)
{
    return directory::signDirectory(bytes(directory), signingSecretKey);
}

// A directory that verifies: Sussex's police force (https) and a national support organisation
// on the demo intake, with these recipient keys.
inline QJsonObject goodDirectory(qint64 serial, const QByteArray &policeKey, const QByteArray &supportKey)
{
    return directoryObject(serial,
        { organisation(QStringLiteral("sussex-police"), QStringLiteral("police"), allStrands(),
              areas({ QStringLiteral("BN"), QStringLiteral("RH10") }, { QStringLiteral("Sussex") }),
              policeKey),
            organisation(QStringLiteral("stop-hate"), QStringLiteral("support"), allStrands(), everywhere(),
                supportKey, QStringLiteral("http://127.0.0.1:8470/v1/envelopes"),
                { QStringLiteral("en"), QStringLiteral("pl") }) });
}

} // namespace harbour::testdata
