// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory.h"

#include "base/strictinput.h"
#include "crypto/sodium.h"
#include "strictjson.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <sodium.h>

namespace harbour::directory {
namespace {

constexpr qint64 kMaxSerial = (qint64(1) << 53) - 1; // the largest integer every JSON reader keeps exactly
constexpr qsizetype kMaxTextLength = 500;
// What people read (names, descriptions): never empty, never a control character.
constexpr strict::TextRules kTextRules { kMaxTextLength, false, false };

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return re;
}
const QRegularExpression &strandPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    return re;
}
const QRegularExpression &languagePattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
    return re;
}
const QRegularExpression &postcodePattern()
{
    // A postcode area ("BN", "E") or a district ("E1", "SW1A", "BN3"), upper case.
    static const QRegularExpression re(QStringLiteral("^[A-Z]{1,2}([0-9][0-9A-Z]?)?$"));
    return re;
}

// Collects the first problem with a path such as organisations[1] ("demo-police").intake.
class Reader
{
public:
    QString error;

    bool fail(const QString &where, const QString &problem)
    {
        if (error.isEmpty())
            error = where.isEmpty() ? problem : QStringLiteral("%1: %2").arg(where, problem);
        return false;
    }

    bool string(
        const QJsonObject &object, const char *name, const QString &where, QString *out, bool required = true)
    {
        const QJsonValue value = object.value(QLatin1StringView(name));
        const QString path = member(where, name);
        if (value.isUndefined()) {
            if (required)
                return fail(path, QStringLiteral("missing"));
            return true;
        }
        switch (strict::checkText(value, kTextRules, out)) {
        case strict::TextProblem::None:
            return true;
        case strict::TextProblem::NotString:
        case strict::TextProblem::Empty:
            return fail(path, QStringLiteral("must be a non-empty string"));
        case strict::TextProblem::TooLong:
            return fail(path, QStringLiteral("is longer than %1 characters").arg(kMaxTextLength));
        case strict::TextProblem::ControlCharacter:
            return fail(path, QStringLiteral("holds a control character"));
        }
        return false;
    }

    bool localised(const QJsonObject &object, const char *name, const QString &where, LocalisedText *out,
        bool required = true)
    {
        const QJsonValue value = object.value(QLatin1StringView(name));
        const QString path = member(where, name);
        if (value.isUndefined()) {
            if (required)
                return fail(path, QStringLiteral("missing"));
            return true;
        }
        if (value.isString()) {
            QString text;
            if (!string(object, name, where, &text))
                return false;
            out->byLanguage.insert(QStringLiteral("en"), text);
            return true;
        }
        if (!value.isObject())
            return fail(path, QStringLiteral("must be a string or an object of language tag to text"));
        const QJsonObject texts = value.toObject();
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            if (!languagePattern().match(it.key()).hasMatch())
                return fail(path, QStringLiteral("\"%1\" is not a language tag").arg(it.key()));
            if (strict::checkText(it.value(), kTextRules) != strict::TextProblem::None)
                return fail(path,
                    QStringLiteral("the text for \"%1\" must be a non-empty string of at most %2 "
                                   "characters, without control characters")
                        .arg(it.key())
                        .arg(kMaxTextLength));
            out->byLanguage.insert(it.key(), it.value().toString());
        }
        if (!out->byLanguage.contains(QStringLiteral("en")))
            return fail(path, QStringLiteral("has no English (\"en\") text"));
        return true;
    }

    // An array of unique strings, each matching `pattern`.
    bool list(const QJsonObject &object, const char *name, const QString &where,
        const QRegularExpression &pattern, const QString &what, QStringList *out, bool required,
        bool nonEmpty)
    {
        const QJsonValue value = object.value(QLatin1StringView(name));
        const QString path = member(where, name);
        if (value.isUndefined()) {
            if (required)
                return fail(path, QStringLiteral("missing"));
            return true;
        }
        if (!value.isArray())
            return fail(path, QStringLiteral("must be an array"));
        const QJsonArray array = value.toArray();
        if (nonEmpty && array.isEmpty())
            return fail(path, QStringLiteral("must not be empty"));
        for (const QJsonValue &item : array) {
            if (!item.isString() || !pattern.match(item.toString()).hasMatch())
                return fail(path,
                    QStringLiteral("%1 is not %2")
                        .arg(QString::fromUtf8(
                                 QJsonDocument(QJsonArray { item }).toJson(QJsonDocument::Compact)),
                            what));
            if (out->contains(item.toString()))
                return fail(path, QStringLiteral("\"%1\" is listed twice").arg(item.toString()));
            out->append(item.toString());
        }
        return true;
    }

    bool key(const QJsonObject &object, const char *name, const QString &where, QByteArray *out)
    {
        QString text;
        if (!string(object, name, where, &text))
            return false;
        const auto decoded = strict::decodeCanonicalBase64(text);
        const QString path = member(where, name);
        if (!decoded)
            return fail(path, QStringLiteral("is not canonical base64"));
        *out = *decoded;
        if (out->size() != 32)
            return fail(path, QStringLiteral("holds %1 bytes; a key is 32").arg(out->size()));
        if (*out == QByteArray(32, '\0'))
            return fail(path, QStringLiteral("is all zeros, not a key"));
        // A low-order point would make every seal to it fail (or be readable by anyone).
        crypto::ensureInitialised();
        QByteArray scalar = crypto::randomBytes(crypto_scalarmult_SCALARBYTES);
        unsigned char shared[crypto_scalarmult_BYTES];
        const int rc = crypto_scalarmult(shared, reinterpret_cast<const unsigned char *>(scalar.constData()),
            reinterpret_cast<const unsigned char *>(out->constData()));
        sodium_memzero(shared, sizeof shared);
        crypto::wipe(scalar);
        if (rc != 0)
            return fail(path, QStringLiteral("is a low-order point, not a usable X25519 key"));
        return true;
    }

    static QString member(const QString &where, const char *name)
    {
        return where.isEmpty() ? QLatin1StringView(name).toString()
                               : QStringLiteral("%1.%2").arg(where, QLatin1StringView(name));
    }
};

bool readAreas(Reader &reader, const QJsonObject &object, const QString &where, Areas *areas)
{
    const QJsonValue value = object.value(QLatin1StringView("areas"));
    const QString path = Reader::member(where, "areas");
    if (value.isUndefined())
        return reader.fail(path, QStringLiteral("missing"));
    if (!value.isObject())
        return reader.fail(path, QStringLiteral("must be an object"));
    const QJsonObject areaObject = value.toObject();
    const QJsonValue everywhere = areaObject.value(QLatin1StringView("everywhere"));
    if (!everywhere.isUndefined() && !everywhere.isBool())
        return reader.fail(Reader::member(path, "everywhere"), QStringLiteral("must be true or false"));
    areas->everywhere = everywhere.toBool(false);
    if (!reader.list(areaObject, "postcodes", path, postcodePattern(),
            QStringLiteral("a postcode area or district in capitals (\"BN\", \"E1\", \"SW1A\")"),
            &areas->postcodes, false, false))
        return false;
    const QJsonValue places = areaObject.value(QLatin1StringView("places"));
    if (!places.isUndefined()) {
        if (!places.isArray())
            return reader.fail(Reader::member(path, "places"), QStringLiteral("must be an array"));
        for (const QJsonValue &place : places.toArray()) {
            if (!place.isString() || place.toString().trimmed().isEmpty() || place.toString().size() > 100)
                return reader.fail(Reader::member(path, "places"),
                    QStringLiteral("each place must be a non-empty name of at most 100 characters"));
            areas->places.append(place.toString().trimmed());
        }
    }
    if (areas->everywhere && (!areas->postcodes.isEmpty() || !areas->places.isEmpty()))
        return reader.fail(
            path, QStringLiteral("\"everywhere\" is true and areas are listed too; give one or the other"));
    if (!areas->everywhere && areas->postcodes.isEmpty() && areas->places.isEmpty())
        return reader.fail(
            path, QStringLiteral("serves no area: set \"everywhere\" or list \"postcodes\" or \"places\""));
    return true;
}

bool readIntake(Reader &reader, const QJsonObject &object, const QString &where, Organisation *organisation)
{
    QString text;
    if (!reader.string(object, "intake", where, &text))
        return false;
    const QString path = Reader::member(where, "intake");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasFragment())
        return reader.fail(
            path, QStringLiteral("is not an absolute URL with a host (and no user name or fragment)"));
    if (url.scheme() != QLatin1String("https") && !isLoopbackHttp(url))
        return reader.fail(path,
            QStringLiteral("must be an https:// URL (plain http is allowed only for a demo intake "
                           "on 127.0.0.1)"));
    organisation->intake = url;
    return true;
}

bool readPins(Reader &reader, const QJsonObject &object, const QString &where, Organisation *organisation)
{
    const QJsonValue value = object.value(QLatin1StringView("tls_pins"));
    const QString path = Reader::member(where, "tls_pins");
    const bool https = organisation->intake.scheme() == QLatin1String("https");
    if (value.isUndefined()) {
        if (https)
            return reader.fail(path, QStringLiteral("missing: an https intake needs at least one pin"));
        return true;
    }
    if (!value.isArray())
        return reader.fail(path, QStringLiteral("must be an array"));
    for (const QJsonValue &pin : value.toArray()) {
        const auto bytes = pin.isString() ? strict::decodeCanonicalBase64(pin.toString(), 32) : std::nullopt;
        if (!bytes)
            return reader.fail(
                path, QStringLiteral("each pin must be canonical base64 of a 32-byte SHA-256"));
        if (organisation->tlsPins.contains(*bytes))
            return reader.fail(path, QStringLiteral("a pin is listed twice"));
        organisation->tlsPins.append(*bytes);
    }
    if (https && organisation->tlsPins.isEmpty())
        return reader.fail(path, QStringLiteral("an https intake needs at least one pin"));
    if (!https && !organisation->tlsPins.isEmpty())
        return reader.fail(path, QStringLiteral("pins are given for a plain http intake"));
    return true;
}

bool readVersions(Reader &reader, const QJsonObject &object, const QString &where, Organisation *organisation)
{
    const QJsonValue value = object.value(QLatin1StringView("envelope_versions"));
    const QString path = Reader::member(where, "envelope_versions");
    if (value.isUndefined())
        return reader.fail(path, QStringLiteral("missing"));
    if (!value.isArray() || value.toArray().isEmpty())
        return reader.fail(path, QStringLiteral("must be a non-empty array of whole numbers"));
    for (const QJsonValue &version : value.toArray()) {
        const auto number = strict::wholeNumber(version, 1, 1000);
        if (!number)
            return reader.fail(path, QStringLiteral("must be a non-empty array of whole numbers"));
        organisation->envelopeVersions.append(int(*number));
    }
    if (!organisation->envelopeVersions.contains(1))
        return reader.fail(
            path, QStringLiteral("does not include 1, the envelope version every intake must read"));
    return true;
}

bool readOnion(Reader &reader, const QJsonObject &object, const QString &where, Organisation *organisation)
{
    if (!object.contains(QLatin1StringView("onion")))
        return true;
    if (!reader.string(object, "onion", where, &organisation->onion))
        return false;
    if (!strict::isOnionV3Address(organisation->onion))
        return reader.fail(Reader::member(where, "onion"),
            QStringLiteral("must be a version 3 onion address: 56 lower-case base32 characters and "
                           "\".onion\", with a valid checksum"));
    return true;
}

const QRegularExpression &numberPattern()
{
    // What a person dials or texts: digits and spaces, an optional leading +, 3 to 20 digits.
    static const QRegularExpression re(QStringLiteral("^\\+?[0-9](?: ?[0-9]){2,19}$"));
    return re;
}
const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"));
    return re;
}

// "contact": how a reporter reaches the organisation themselves. Every member is checked and an
// unknown one is refused, so a misspelt "phon" is not silently dropped from what people read.
bool readContact(Reader &reader, const QJsonObject &object, const QString &where, Organisation *organisation)
{
    const QJsonValue value = object.value(QLatin1StringView("contact"));
    if (value.isUndefined())
        return true;
    const QString path = Reader::member(where, "contact");
    if (!value.isObject())
        return reader.fail(path, QStringLiteral("must be an object with phone, sms, email and/or web"));
    const QJsonObject contact = value.toObject();
    static const QStringList known
        = { QStringLiteral("phone"), QStringLiteral("sms"), QStringLiteral("email"), QStringLiteral("web") };
    for (auto it = contact.begin(); it != contact.end(); ++it) {
        if (!known.contains(it.key()))
            return reader.fail(path,
                QStringLiteral("\"%1\" is not a contact member (phone, sms, email, web)").arg(it.key()));
    }
    OrganisationContact &out = organisation->contact;
    for (const char *name : { "phone", "sms" }) {
        QString number;
        if (!reader.string(contact, name, path, &number, false))
            return false;
        if (!number.isEmpty() && !numberPattern().match(number).hasMatch())
            return reader.fail(Reader::member(path, name),
                QStringLiteral(
                    "must be a phone number: 3 to 20 digits, single spaces, an optional leading +"));
        (qstrcmp(name, "phone") == 0 ? out.phone : out.sms) = number;
    }
    if (!reader.string(contact, "email", path, &out.email, false))
        return false;
    if (!out.email.isEmpty() && (out.email.size() > 254 || !emailPattern().match(out.email).hasMatch()))
        return reader.fail(Reader::member(path, "email"), QStringLiteral("is not an email address"));
    QString web;
    if (!reader.string(contact, "web", path, &web, false))
        return false;
    if (!web.isEmpty()) {
        const QUrl url(web, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()
            || !url.userInfo().isEmpty())
            return reader.fail(Reader::member(path, "web"),
                QStringLiteral("must be an https:// URL with a host (and no user name)"));
        out.web = url;
    }
    if (out.isEmpty())
        return reader.fail(path, QStringLiteral("must give at least one of phone, sms, email and web"));
    return true;
}

bool readOrganisation(Reader &reader, const QJsonValue &value, qsizetype index, Organisation *organisation)
{
    QString where = QStringLiteral("organisations[%1]").arg(index);
    if (!value.isObject())
        return reader.fail(where, QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    if (!reader.string(object, "id", where, &organisation->id))
        return false;
    if (!idPattern().match(organisation->id).hasMatch())
        return reader.fail(Reader::member(where, "id"),
            QStringLiteral("must be 1 to 64 lower-case letters, digits and hyphens"));
    where = QStringLiteral("organisations[%1] (\"%2\")").arg(index).arg(organisation->id);
    if (!reader.localised(object, "name", where, &organisation->name))
        return false;
    QString kind;
    if (!reader.string(object, "kind", where, &kind))
        return false;
    if (kind == QLatin1String("police"))
        organisation->kind = Kind::Police;
    else if (kind == QLatin1String("support"))
        organisation->kind = Kind::Support;
    else
        return reader.fail(
            Reader::member(where, "kind"), QStringLiteral("must be \"police\" or \"support\""));
    return reader.list(object, "strands", where, strandPattern(),
               QStringLiteral("a strand name (lower case, digits, _)"), &organisation->strands, true, true)
        && readAreas(reader, object, where, &organisation->areas)
        && reader.list(object, "languages", where, languagePattern(), QStringLiteral("a BCP 47 language tag"),
            &organisation->languages, true, true)
        && readIntake(reader, object, where, organisation)
        && reader.key(object, "public_key", where, &organisation->publicKey)
        && readPins(reader, object, where, organisation) && readVersions(reader, object, where, organisation)
        && readOnion(reader, object, where, organisation)
        && reader.localised(object, "promise", where, &organisation->promise, false)
        && readContact(reader, object, where, organisation);
}

bool readSupportContact(Reader &reader, const QJsonValue &value, qsizetype index, SupportContact *contact)
{
    QString where = QStringLiteral("support_contacts[%1]").arg(index);
    if (!value.isObject())
        return reader.fail(where, QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    if (!reader.string(object, "id", where, &contact->id))
        return false;
    if (!idPattern().match(contact->id).hasMatch())
        return reader.fail(Reader::member(where, "id"),
            QStringLiteral("must be 1 to 64 lower-case letters, digits and hyphens"));
    where = QStringLiteral("support_contacts[%1] (\"%2\")").arg(index).arg(contact->id);
    if (!reader.localised(object, "name", where, &contact->name)
        || !reader.localised(object, "description", where, &contact->description, false)
        || !reader.string(object, "channel", where, &contact->channel)
        || !reader.string(object, "value", where, &contact->value))
        return false;
    if (!kChannels.contains(contact->channel))
        return reader.fail(
            Reader::member(where, "channel"), QStringLiteral("must be one of %1").arg(kChannels.join(u'/')));
    if (contact->channel == QLatin1String("web")) {
        const QUrl url(contact->value, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https"))
            return reader.fail(
                Reader::member(where, "value"), QStringLiteral("a web contact must be an https:// URL"));
    }
    if (!reader.string(object, "purpose", where, &contact->purpose, false))
        return false;
    if (!kPurposes.contains(contact->purpose))
        return reader.fail(
            Reader::member(where, "purpose"), QStringLiteral("must be one of %1").arg(kPurposes.join(u'/')));
    return reader.list(object, "strands", where, strandPattern(),
        QStringLiteral("a strand name (lower case, digits, _)"), &contact->strands, false, false);
}

} // namespace

QString LocalisedText::in(const QString &language) const
{
    if (byLanguage.contains(language))
        return byLanguage.value(language);
    const QString primary = language.section(u'-', 0, 0);
    if (byLanguage.contains(primary))
        return byLanguage.value(primary);
    return english();
}

QString kindName(Kind kind)
{
    return kind == Kind::Police ? QStringLiteral("police") : QStringLiteral("support");
}

QString postcodeDistrict(const QString &area)
{
    // A full postcode ("E1 6AN") or just its outward code ("E1", "bn3"): keep the outward code.
    static const QRegularExpression postcode(
        QStringLiteral("^([A-Z]{1,2}[0-9][0-9A-Z]?|[A-Z]{1,2})(\\s*[0-9][A-Z]{2})?$"));
    const auto match = postcode.match(area.trimmed().toUpper());
    return match.hasMatch() ? match.captured(1) : QString();
}

AreaMatch Areas::match(const QString &reporterArea) const
{
    const QString trimmed = reporterArea.trimmed();
    if (!trimmed.isEmpty()) {
        for (const QString &place : places) {
            if (place.compare(trimmed, Qt::CaseInsensitive) == 0)
                return AreaMatch::Place;
        }
        const QString district = postcodeDistrict(trimmed);
        if (!district.isEmpty()) {
            // "BN" covers every BN district; "E1" covers E1 only (E1W is a district of its own).
            static const QRegularExpression letters(QStringLiteral("^[A-Z]+"));
            const QString letterPart = letters.match(district).captured(0);
            for (const QString &code : postcodes) {
                if (code == district)
                    return AreaMatch::District;
            }
            for (const QString &code : postcodes) {
                if (code == letterPart)
                    return AreaMatch::PostcodeArea;
            }
        }
    }
    return everywhere ? AreaMatch::Everywhere : AreaMatch::None;
}

bool Organisation::servesAnyStrand(const QStringList &wanted) const
{
    for (const QString &strand : wanted) {
        if (strands.contains(strand))
            return true;
    }
    return false;
}

bool isLoopbackHttp(const QUrl &url)
{
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

const Organisation *Directory::find(const QString &id) const
{
    for (const Organisation &organisation : organisations) {
        if (organisation.id == id)
            return &organisation;
    }
    return nullptr;
}

Result<Directory> Directory::fromJson(const QByteArray &json)
{
    using R = Result<Directory>;
    if (json.size() > kMaxDirectoryBytes)
        return R::failure(QStringLiteral("the directory is larger than %1 bytes").arg(kMaxDirectoryBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(QStringLiteral("the directory is not valid JSON (%1 at byte %2)")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    if (!doc.isObject())
        return R::failure(QStringLiteral("the directory is not a JSON object"));
    const QJsonObject root = doc.object();
    // Version first, so a later format is refused for its version and not for a confusing other reason.
    const QJsonValue v = root.value(QLatin1StringView("v"));
    if (!v.isDouble() || v.toDouble() != double(kDirectoryVersion))
        return R::failure(
            QStringLiteral("unsupported directory version %1; this app reads version %2")
                .arg(v.isUndefined()
                        ? QStringLiteral("(missing)")
                        : QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact))
                              .mid(1)
                              .chopped(1))
                .arg(kDirectoryVersion));
    if (const auto repeated = strict::firstRepeatedMember(json))
        return R::failure(
            QStringLiteral("the directory repeats the member \"%1\" within one object").arg(*repeated));
    if (root.value(QLatin1StringView("format")).toString() != QLatin1StringView(kDirectoryFormat))
        return R::failure(
            QStringLiteral("\"format\" is not \"%1\"").arg(QLatin1StringView(kDirectoryFormat)));

    Directory directory;
    Reader reader;
    const QJsonValue serial = root.value(QLatin1StringView("serial"));
    if (serial.isUndefined())
        return R::failure(QStringLiteral("serial: missing"));
    const auto serialNumber = strict::wholeNumber(serial, 1, kMaxSerial);
    if (!serialNumber)
        return R::failure(QStringLiteral("serial: must be a whole number from 1 to 2^53-1"));
    directory.serial = *serialNumber;

    for (const char *name : { "issued_at", "expires_at" }) {
        QString text;
        if (!reader.string(root, name, {}, &text))
            return R::failure(reader.error);
        const QDateTime time = parseUtcTimestamp(text);
        if (!time.isValid())
            return R::failure(QStringLiteral("%1: \"%2\" is not a UTC time written YYYY-MM-DDTHH:MM:SSZ")
                                  .arg(QLatin1StringView(name), text));
        (qstrcmp(name, "issued_at") == 0 ? directory.issuedAt : directory.expiresAt) = time;
    }
    if (directory.expiresAt <= directory.issuedAt)
        return R::failure(QStringLiteral("expires_at: is not after issued_at"));
    if (!reader.string(root, "name", {}, &directory.name, false))
        return R::failure(reader.error);

    const QJsonValue organisations = root.value(QLatin1StringView("organisations"));
    if (organisations.isUndefined())
        return R::failure(QStringLiteral("organisations: missing"));
    if (!organisations.isArray() || organisations.toArray().isEmpty())
        return R::failure(QStringLiteral("organisations: must be a non-empty array"));
    QSet<QString> ids;
    const QJsonArray organisationArray = organisations.toArray();
    for (qsizetype i = 0; i < organisationArray.size(); ++i) {
        Organisation organisation;
        if (!readOrganisation(reader, organisationArray.at(i), i, &organisation))
            return R::failure(reader.error);
        if (ids.contains(organisation.id))
            return R::failure(
                QStringLiteral("organisations[%1]: the id \"%2\" is used twice").arg(i).arg(organisation.id));
        ids.insert(organisation.id);
        directory.organisations.append(organisation);
    }

    const QJsonValue contacts = root.value(QLatin1StringView("support_contacts"));
    if (contacts.isUndefined())
        return R::failure(QStringLiteral("support_contacts: missing (it may be an empty array)"));
    if (!contacts.isArray())
        return R::failure(QStringLiteral("support_contacts: must be an array"));
    QSet<QString> contactIds;
    const QJsonArray contactArray = contacts.toArray();
    for (qsizetype i = 0; i < contactArray.size(); ++i) {
        SupportContact contact;
        if (!readSupportContact(reader, contactArray.at(i), i, &contact))
            return R::failure(reader.error);
        if (contactIds.contains(contact.id))
            return R::failure(
                QStringLiteral("support_contacts[%1]: the id \"%2\" is used twice").arg(i).arg(contact.id));
        contactIds.insert(contact.id);
        directory.supportContacts.append(contact);
    }
    return directory;
}

} // namespace harbour::directory
