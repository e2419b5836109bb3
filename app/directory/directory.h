// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

// The recipient directory (docs/protocol.md "Recipient directory"): which organisations take
// reports, for which strands and areas, where their intake is and what their keys are, and the
// support numbers the app signposts. This file reads and checks the directory document itself;
// signeddirectory.h checks the signature around it. No QML here.
namespace harbour::directory {

inline constexpr int kDirectoryVersion = 1;
inline constexpr char kDirectoryFormat[] = "harbour-directory";
// Larger than any real directory (43 forces, a few hundred centres); bounds what a reader parses.
inline constexpr qsizetype kMaxDirectoryBytes = 512 * 1024;

// Text a reporter reads: English always, translations optional.
struct LocalisedText
{
    QMap<QString, QString> byLanguage; // BCP 47 tag -> text; "en" always present

    // The text in this language, else its primary language ("pt-BR" -> "pt"), else English.
    QString in(const QString &language) const;
    QString english() const { return byLanguage.value(QStringLiteral("en")); }
    bool isEmpty() const { return byLanguage.isEmpty(); }
};

enum class Kind { Police, Support };
QString kindName(Kind kind);

// How well an organisation's areas cover the place the reporter gave; lower is closer.
enum class AreaMatch { Place = 0, District = 1, PostcodeArea = 2, Everywhere = 3, None = 4 };

struct Areas
{
    bool everywhere = false;
    QStringList postcodes; // upper case: postcode areas ("BN") or districts ("E1", "SW1A")
    QStringList places; // police force areas, local authorities, towns

    AreaMatch match(const QString &reporterArea) const;
};

// How a reporter reaches an organisation themselves ("contact the organisation and give your
// reference number"). At least one member is set when the directory gives a contact.
struct OrganisationContact
{
    QString phone; // "0800 000 0000": digits, spaces, a leading +
    QString sms; // a number to text, same form
    QString email; // "help@example.org"
    QUrl web; // https:// only

    bool isEmpty() const { return phone.isEmpty() && sms.isEmpty() && email.isEmpty() && web.isEmpty(); }
};

struct Organisation
{
    QString id;
    LocalisedText name;
    Kind kind = Kind::Support;
    QStringList strands; // hostility strands it takes reports about
    Areas areas;
    QStringList languages; // languages it can answer in
    QUrl intake; // the POST /v1/envelopes URL
    QByteArray publicKey; // X25519, 32 bytes
    QList<QByteArray> tlsPins; // SHA-256 of the intake's SubjectPublicKeyInfo; empty only for loopback http
    QList<int> envelopeVersions;
    // The intake's onion service ("<56 characters>.onion"), or empty: where a report sent through
    // Tor goes (docs/protocol.md §11.7); the same path, port and TLS key as `intake`.
    QString onion;
    // What it does with a report and how soon it answers; empty (no languages) when not given.
    LocalisedText promise;
    OrganisationContact contact; // empty when not given

    bool servesAnyStrand(const QStringList &strands) const;
};

// A number, text service or website the app signposts (docs/accessibility.md, "Signposting").
struct SupportContact
{
    QString id;
    LocalisedText name;
    LocalisedText description;
    QString channel; // phone, sms, relay, bsl, web
    QString value; // "999", "18001 101", "https://..."
    // "emergency" (in danger now: shown first), "report" (other ways to report, e.g. 101) or
    // "support" (helplines). The start page shows emergency and report contacts.
    QString purpose = QStringLiteral("support");
    bool emergency() const { return purpose == QLatin1String("emergency"); }
    QStringList strands; // empty: for everyone
};

inline const QStringList kPurposes
    = { QStringLiteral("emergency"), QStringLiteral("report"), QStringLiteral("support") };
inline const QStringList kChannels = { QStringLiteral("phone"), QStringLiteral("sms"),
    QStringLiteral("relay"), QStringLiteral("bsl"), QStringLiteral("web") };

struct Directory
{
    qint64 serial = 0;
    QDateTime issuedAt;
    QDateTime expiresAt;
    QString name;
    QList<Organisation> organisations;
    QList<SupportContact> supportContacts;

    // Parses and checks the directory document; the error names the member and the problem.
    static Result<Directory> fromJson(const QByteArray &json);
    const Organisation *find(const QString &id) const;
};

// The postcode district of a reporter's area ("e1 6an" -> "E1", "bn3" -> "BN3"), or "" when the
// area is not a postcode.
QString postcodeDistrict(const QString &area);

// True for http://127.0.0.1, http://[::1] and http://localhost: the demo intake, never a real one.
bool isLoopbackHttp(const QUrl &url);

} // namespace harbour::directory
