// SPDX-License-Identifier: GPL-3.0-or-later
// harbour-protocol-tool: a test-only command line over envelope protocol v1, so that another
// implementation (tests/interop/pynacl_interop.py) can exchange envelopes, desk signatures and case
// events (§18.4) with ours through pipes.
//
//   keypair | signing-keypair                       prints {"public_key":B64,"secret_key":B64}
//   seal --recipient-public-key B64 [--kiosk-secret-key B64] [--version 1|2] < report.json > envelope.json
//   open --public-key B64 --secret-key B64 < envelope.json > report.json
//   receipt [--stored ISO-8601] < envelope.json > receipt.json
//
// Output is the exact protocol bytes (no trailing newline) so callers can compare bytes.
// Exit status: 0 done, 1 refused (reason on stderr), 2 usage error.
#include "core/caseevent.h"
#include "crypto/sodium.h"
#include "protocol/admission.h"
#include "protocol/desksignature.h"
#include "protocol/envelope.h"
#include "protocol/mailbox.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <sodium.h>

#include <cstdio>

namespace {

using namespace harbour;

constexpr int kRefused = 1;
constexpr int kUsage = 2;

int usage()
{
    std::fputs(
        "usage: harbour-protocol-tool keypair | signing-keypair\n"
        "       harbour-protocol-tool seal --recipient-public-key B64 [--kiosk-secret-key B64] [--version "
        "1|2]\n"
        "       harbour-protocol-tool open --public-key B64 --secret-key B64\n"
        "       harbour-protocol-tool receipt [--stored ISO-8601]\n"
        "       harbour-protocol-tool admission-work --id HEX --nonce N   (prints the work in bits)\n"
        "       harbour-protocol-tool admission-solve --id HEX --difficulty N   (prints the nonce)\n"
        "       harbour-protocol-tool desk-sign --secret-key B64 --path P --created N [--nonce "
        "B64URL] < body\n"
        "       harbour-protocol-tool desk-verify --public-key B64 --path P --signature-input V "
        "--signature V\n"
        "                             --content-digest V < body   (prints the signature base if it "
        "verifies)\n"
        "       harbour-protocol-tool event-seal --desk-secret-key B64 --organisation-secret-key B64 --id "
        "HEX\n"
        "                             --case HEX --at TIME --prev HEX --type note|status|owner|reply_sent < "
        "value\n"
        "                             (prints {\"hash\",\"plaintext\",\"sealed\"})\n"
        "       harbour-protocol-tool event-open --organisation-secret-key B64 < sealed base64\n"
        "                             (prints the plaintext, or the refusal)\n"
        "       harbour-protocol-tool mailbox-derive --code CODE | --seed HEX   (§19.1: prints the keys)\n"
        "       harbour-protocol-tool mailbox-sign --seed HEX --path P --created N [--nonce B64URL] < body\n"
        "       harbour-protocol-tool reply-seal --box-public-key B64 --id HEX --case HEX --organisation ID "
        "--at TIME < text\n"
        "       harbour-protocol-tool reply-open --seed HEX < sealed base64   (prints the plaintext)\n"
        "       harbour-protocol-tool followup-write --seed HEX --kind answer|addition [--case HEX] [--reply "
        "HEX]\n"
        "                             [--helped yes|partly|no] --at TIME < text   (prints the report JSON)\n"
        "       harbour-protocol-tool followup-read < report JSON   (prints the mailbox id if it verifies)\n",
        stderr);
    return kUsage;
}

int refuse(const QString &why)
{
    std::fprintf(stderr, "harbour-protocol-tool: %s\n", why.toUtf8().constData());
    return kRefused;
}

QByteArray readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.readAll();
}

void writeStdout(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

// A key given on the command line: standard base64 of exactly `size` bytes, or empty on any doubt.
QByteArray decodeKey(const QString &text, qsizetype size)
{
    const QByteArray latin = text.toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(latin, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok || decoded.decoded.size() != size)
        return {};
    return decoded.decoded;
}

void printKeyPair(const protocol::KeyPair &pair)
{
    const QJsonObject object {
        { QStringLiteral("public_key"), QString::fromLatin1(pair.publicKey.toBase64()) },
        { QStringLiteral("secret_key"), QString::fromLatin1(pair.secretKey.toBase64()) },
    };
    writeStdout(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Options are "--name value" pairs; anything else is a usage error.
bool parseOptions(int argc, char **argv, const QStringList &known, QMap<QString, QString> *options)
{
    for (int i = 2; i < argc; i += 2) {
        const QString name = QString::fromLocal8Bit(argv[i]);
        if (!known.contains(name) || i + 1 >= argc)
            return false;
        options->insert(name, QString::fromLocal8Bit(argv[i + 1]));
    }
    return true;
}

int sealCommand(const QMap<QString, QString> &options)
{
    const QByteArray recipient
        = decodeKey(options.value(QStringLiteral("--recipient-public-key")), protocol::kPublicKeyBytes);
    if (recipient.isEmpty())
        return refuse(QStringLiteral("--recipient-public-key must be base64 of 32 bytes"));
    QByteArray kiosk;
    if (options.contains(QStringLiteral("--kiosk-secret-key"))) {
        const QString text = options.value(QStringLiteral("--kiosk-secret-key"));
        kiosk = decodeKey(text, protocol::kSigningSecretKeyBytes);
        if (kiosk.isEmpty()) {
            // Also take a 32-byte Ed25519 seed (PyNaCl's SigningKey form) and expand it as libsodium does.
            const QByteArray seed = decodeKey(text, crypto_sign_SEEDBYTES);
            if (seed.isEmpty())
                return refuse(
                    QStringLiteral("--kiosk-secret-key must be base64 of a 64-byte key or 32-byte seed"));
            QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
            kiosk = QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
            crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
                reinterpret_cast<unsigned char *>(kiosk.data()),
                reinterpret_cast<const unsigned char *>(seed.constData()));
        }
    }
    int version = protocol::kEnvelopeVersion;
    if (options.contains(QStringLiteral("--version"))) {
        const QString text = options.value(QStringLiteral("--version"));
        if (text != QLatin1StringView("1") && text != QLatin1StringView("2"))
            return refuse(QStringLiteral("--version must be 1 or 2"));
        version = text.toInt();
    }
    auto envelope = protocol::seal(readStdin(), recipient, kiosk, version);
    if (!envelope)
        return refuse(envelope.error());
    writeStdout(envelope->toJson());
    return 0;
}

int openCommand(const QMap<QString, QString> &options)
{
    protocol::KeyPair pair { decodeKey(
                                 options.value(QStringLiteral("--public-key")), protocol::kPublicKeyBytes),
        decodeKey(options.value(QStringLiteral("--secret-key")), protocol::kSecretKeyBytes) };
    if (pair.publicKey.isEmpty() || pair.secretKey.isEmpty())
        return refuse(QStringLiteral("--public-key and --secret-key must be base64 of 32 bytes each"));
    auto envelope = protocol::Envelope::fromJson(readStdin());
    if (!envelope)
        return refuse(envelope.error());
    auto opened = protocol::open(envelope.value(), pair);
    if (!opened)
        return refuse(opened.error());
    if (!opened->kioskPublicKey.isEmpty())
        std::fprintf(stderr, "kiosk-public-key: %s\n", opened->kioskPublicKey.toBase64().constData());
    writeStdout(opened->reportJson);
    return 0;
}

int receiptCommand(const QMap<QString, QString> &options)
{
    QDateTime stored = QDateTime::currentDateTimeUtc();
    if (options.contains(QStringLiteral("--stored"))) {
        stored = QDateTime::fromString(options.value(QStringLiteral("--stored")), Qt::ISODate);
        if (!stored.isValid())
            return refuse(QStringLiteral("--stored must be an ISO-8601 date and time"));
    }
    auto envelope = protocol::Envelope::fromJson(readStdin());
    if (!envelope)
        return refuse(envelope.error());
    writeStdout(protocol::makeReceipt(envelope.value(), stored).toJson());
    return 0;
}

// §11.5: the work of one nonce, or the first nonce meeting a difficulty, for an envelope id in hex.
int admissionCommand(const QByteArray &command, const QMap<QString, QString> &options)
{
    const QByteArray id
        = crypto::fromHexStrict(options.value(QStringLiteral("--id")).toLatin1(), protocol::kEnvelopeIdBytes);
    if (id.isEmpty())
        return refuse(QStringLiteral("--id must be 32 lower-case hex characters"));
    bool ok = false;
    if (command == "admission-work") {
        const quint64 nonce = options.value(QStringLiteral("--nonce")).toULongLong(&ok);
        if (!ok)
            return refuse(QStringLiteral("--nonce must be a whole number"));
        writeStdout(QByteArray::number(protocol::admission::workBits(id, nonce)) + '\n');
        return 0;
    }
    const int difficulty = options.value(QStringLiteral("--difficulty")).toInt(&ok);
    const auto nonce = ok ? protocol::admission::solve(id, difficulty) : std::nullopt;
    if (!nonce)
        return refuse(QStringLiteral("--difficulty must be a whole number from 0 to %1")
                          .arg(protocol::admission::kMaxDifficulty));
    writeStdout(QByteArray::number(*nonce) + '\n');
    return 0;
}

// §18.2: a desk request's three headers for a body on stdin, one "Name: value" line each.
int deskSignCommand(const QMap<QString, QString> &options)
{
    const QByteArray secretKey
        = decodeKey(options.value(QStringLiteral("--secret-key")), protocol::kSigningSecretKeyBytes);
    bool ok = false;
    const qint64 created = options.value(QStringLiteral("--created")).toLongLong(&ok);
    if (secretKey.isEmpty() || !ok || created <= 0)
        return refuse(
            QStringLiteral("--secret-key must be base64 of 64 bytes and --created a positive whole number"));
    const protocol::desk::SignedHeaders headers
        = protocol::desk::signRequest("POST", options.value(QStringLiteral("--path")).toLatin1(), readStdin(),
            secretKey, created, options.value(QStringLiteral("--nonce")).toLatin1());
    writeStdout(QByteArray(protocol::desk::kSignatureInputHeader) + ": " + headers.signatureInput + '\n'
        + protocol::desk::kSignatureHeader + ": " + headers.signature + '\n'
        + protocol::desk::kContentDigestHeader + ": " + headers.contentDigest + '\n');
    return 0;
}

// §18.2 as the intake checks it, without the clock, the desk list or the nonce store.
int deskVerifyCommand(const QMap<QString, QString> &options)
{
    namespace desk = protocol::desk;
    const QByteArray publicKey
        = decodeKey(options.value(QStringLiteral("--public-key")), protocol::kSigningPublicKeyBytes);
    const auto params
        = desk::parseSignatureInput(options.value(QStringLiteral("--signature-input")).toLatin1());
    const auto signature = desk::parseSignature(options.value(QStringLiteral("--signature")).toLatin1());
    const QByteArray digest = options.value(QStringLiteral("--content-digest")).toLatin1();
    if (publicKey.isEmpty() || !params || !signature)
        return refuse(QStringLiteral("the key or a signature header does not have the accepted form"));
    if (params->keyId != desk::deskKeyId(publicKey))
        return refuse(QStringLiteral("keyid is not this public key's id"));
    if (digest != desk::contentDigest(readStdin()))
        return refuse(QStringLiteral("the Content-Digest does not match the body"));
    const QByteArray base
        = desk::signatureBase("POST", options.value(QStringLiteral("--path")).toLatin1(), digest, *params);
    if (!desk::verifySignature(base, *signature, publicKey))
        return refuse(QStringLiteral("the signature does not verify"));
    writeStdout(base);
    return 0;
}

// The 64-byte Ed25519 secret key from 64 bytes, or from a 32-byte seed (PyNaCl's form).
QByteArray signingSecretKey(const QString &text)
{
    QByteArray key = decodeKey(text, protocol::kSigningSecretKeyBytes);
    if (!key.isEmpty())
        return key;
    const QByteArray seed = decodeKey(text, crypto_sign_SEEDBYTES);
    if (seed.isEmpty())
        return {};
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    key = QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
        reinterpret_cast<unsigned char *>(key.data()),
        reinterpret_cast<const unsigned char *>(seed.constData()));
    return key;
}

// The organisation's key pair from its 32-byte X25519 secret key.
protocol::KeyPair organisationKey(const QString &text)
{
    protocol::KeyPair pair { QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized),
        decodeKey(text, crypto_box_SECRETKEYBYTES) };
    if (pair.secretKey.isEmpty())
        return {};
    crypto_scalarmult_base(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
        reinterpret_cast<const unsigned char *>(pair.secretKey.constData()));
    return pair;
}

// §18.4: a case event made by our writer (a note, a status or an owner, the value on stdin), signed,
// with its membership proof, and sealed to the organisation.
int eventSealCommand(const QMap<QString, QString> &options)
{
    namespace desk = harbour::desk;
    const QByteArray deskKey = signingSecretKey(options.value(QStringLiteral("--desk-secret-key")));
    const protocol::KeyPair organisation
        = organisationKey(options.value(QStringLiteral("--organisation-secret-key")));
    desk::CaseEvent event;
    event.id = crypto::fromHexStrict(options.value(QStringLiteral("--id")).toLatin1(), desk::kEventIdBytes);
    event.caseId = crypto::fromHexStrict(
        options.value(QStringLiteral("--case")).toLatin1(), protocol::kEnvelopeIdBytes);
    event.prev
        = crypto::fromHexStrict(options.value(QStringLiteral("--prev")).toLatin1(), desk::kEventHashBytes);
    event.at = QDateTime::fromString(options.value(QStringLiteral("--at")), Qt::ISODate);
    const auto type = desk::eventTypeFromName(options.value(QStringLiteral("--type")));
    if (deskKey.isEmpty() || organisation.secretKey.isEmpty() || event.id.isEmpty() || event.caseId.isEmpty()
        || event.prev.isEmpty() || !event.at.isValid() || !type)
        return refuse(QStringLiteral("event-seal needs both keys, --id, --case, --prev, --at and --type"));
    event.type = *type;
    const QString value = QString::fromUtf8(readStdin());
    if (event.type == desk::EventType::Note) {
        event.text = value;
    } else if (event.type == desk::EventType::Owner) {
        event.owner = value;
    } else if (event.type == desk::EventType::Status) {
        const auto status = desk::caseStatusFromName(value);
        if (!status)
            return refuse(QStringLiteral("a status event's value must be a status name"));
        event.status = *status;
        event.recordOnly = true;
        event.reason = QStringLiteral("closed by the interop test");
    } else if (event.type == desk::EventType::ReplySent) {
        // The reply id of the §18.4 vector: bytes 20 21 … 2f.
        for (char b = 0x20; b < 0x30; ++b)
            event.replyId.append(b);
        event.text = value;
    } else {
        return refuse(QStringLiteral("event-seal makes note, status, owner and reply_sent events"));
    }
    event.membership = desk::membershipProof(organisation.secretKey, deskKey.right(32));
    auto plaintext = desk::signEvent(event, deskKey);
    if (!plaintext)
        return refuse(plaintext.error());
    auto sealed = desk::sealEvent(plaintext.value(), organisation.publicKey);
    if (!sealed)
        return refuse(sealed.error());
    writeStdout(
        QJsonDocument(QJsonObject { { QStringLiteral("plaintext"), QString::fromUtf8(plaintext.value()) },
                          { QStringLiteral("sealed"), QString::fromLatin1(sealed->toBase64()) },
                          { QStringLiteral("hash"),
                              QString::fromLatin1(crypto::toHex(desk::eventHash(plaintext.value()))) } })
            .toJson(QJsonDocument::Compact));
    return 0;
}

// §18.4 as a desk reads an event (everything but the log's order and chain): the plaintext, or why not.
int eventOpenCommand(const QMap<QString, QString> &options)
{
    const protocol::KeyPair organisation
        = organisationKey(options.value(QStringLiteral("--organisation-secret-key")));
    if (organisation.secretKey.isEmpty())
        return refuse(QStringLiteral("--organisation-secret-key must be base64 of 32 bytes"));
    auto opened = harbour::desk::openEvent(QByteArray::fromBase64(readStdin().trimmed()), { organisation });
    if (!opened)
        return refuse(opened.error());
    writeStdout(opened->plaintext);
    return 0;
}

// §19: the mailbox. The code and seeds here are test vectors, never a real reporter's.
QByteArray seedOption(const QMap<QString, QString> &options)
{
    return crypto::fromHexStrict(
        options.value(QStringLiteral("--seed")).toLatin1(), protocol::mailbox::kSeedBytes);
}

int mailboxDeriveCommand(const QMap<QString, QString> &options)
{
    namespace mb = protocol::mailbox;
    QByteArray seed = seedOption(options);
    if (options.contains(QStringLiteral("--code"))) {
        const auto code = mb::normaliseCode(options.value(QStringLiteral("--code")));
        if (!code)
            return refuse(code.error());
        auto derived = mb::deriveSeed(code.value());
        if (!derived)
            return refuse(derived.error());
        seed = derived.value();
    }
    if (seed.isEmpty())
        return refuse(QStringLiteral("give --code or --seed (64 hex characters)"));
    const mb::Keys keys = mb::keysFromSeed(seed);
    writeStdout(QJsonDocument(
        QJsonObject { { QStringLiteral("seed"), QString::fromLatin1(crypto::toHex(seed)) },
            { QStringLiteral("box_public_key"), QString::fromLatin1(keys.boxPublicKey.toBase64()) },
            { QStringLiteral("box_secret_key"), QString::fromLatin1(keys.boxSecretKey.toBase64()) },
            { QStringLiteral("signing_public_key"), QString::fromLatin1(keys.signingPublicKey.toBase64()) },
            { QStringLiteral("signing_secret_key"), QString::fromLatin1(keys.signingSecretKey.toBase64()) },
            { QStringLiteral("mailbox_id"), QString::fromLatin1(keys.id) } })
                    .toJson(QJsonDocument::Compact));
    return 0;
}

int mailboxSignCommand(const QMap<QString, QString> &options)
{
    const QByteArray seed = seedOption(options);
    bool ok = false;
    const qint64 created = options.value(QStringLiteral("--created")).toLongLong(&ok);
    if (seed.isEmpty() || !ok || created <= 0)
        return refuse(
            QStringLiteral("--seed must be 64 hex characters and --created a positive whole number"));
    const auto keys = protocol::mailbox::keysFromSeed(seed);
    const protocol::desk::SignedHeaders headers
        = protocol::desk::signRequest("POST", options.value(QStringLiteral("--path")).toLatin1(), readStdin(),
            keys.signingSecretKey, created, options.value(QStringLiteral("--nonce")).toLatin1(), "mailbox");
    writeStdout(QByteArray(protocol::desk::kSignatureInputHeader) + ": " + headers.signatureInput + '\n'
        + protocol::desk::kSignatureHeader + ": " + headers.signature + '\n'
        + protocol::desk::kContentDigestHeader + ": " + headers.contentDigest + '\n');
    return 0;
}

std::optional<QDateTime> timeOption(const QMap<QString, QString> &options)
{
    QDateTime at = QDateTime::fromString(options.value(QStringLiteral("--at")), Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    return at.toUTC();
}

int replySealCommand(const QMap<QString, QString> &options)
{
    namespace mb = protocol::mailbox;
    mb::Reply reply;
    reply.id = crypto::fromHexStrict(options.value(QStringLiteral("--id")).toLatin1(), mb::kReplyIdBytes);
    reply.caseId = crypto::fromHexStrict(
        options.value(QStringLiteral("--case")).toLatin1(), protocol::kEnvelopeIdBytes);
    reply.organisation = options.value(QStringLiteral("--organisation"));
    const auto at = timeOption(options);
    const QByteArray box
        = decodeKey(options.value(QStringLiteral("--box-public-key")), protocol::kPublicKeyBytes);
    if (!at || box.isEmpty())
        return refuse(QStringLiteral("--at must be a time and --box-public-key base64 of 32 bytes"));
    reply.at = *at;
    reply.text = QString::fromUtf8(readStdin());
    const auto sealed = mb::sealReply(reply, box);
    if (!sealed)
        return refuse(sealed.error());
    writeStdout(sealed->toBase64());
    return 0;
}

int replyOpenCommand(const QMap<QString, QString> &options)
{
    namespace mb = protocol::mailbox;
    const QByteArray seed = seedOption(options);
    if (seed.isEmpty())
        return refuse(QStringLiteral("--seed must be 64 hex characters"));
    const auto sealed = QByteArray::fromBase64(readStdin().trimmed());
    const auto reply = mb::openReply(sealed, mb::keysFromSeed(seed));
    if (!reply)
        return refuse(reply.error());
    writeStdout(mb::replyPlaintext(reply.value()).value());
    return 0;
}

int followUpWriteCommand(const QMap<QString, QString> &options)
{
    namespace mb = protocol::mailbox;
    const QByteArray seed = seedOption(options);
    const auto at = timeOption(options);
    if (seed.isEmpty() || !at)
        return refuse(QStringLiteral("--seed must be 64 hex characters and --at a time"));
    const mb::Keys keys = mb::keysFromSeed(seed);
    mb::FollowUpReport report;
    report.kind = options.value(QStringLiteral("--kind")) == QLatin1StringView("addition")
        ? mb::Kind::Addition
        : mb::Kind::Answer;
    report.followup = mb::FollowUp::of(keys);
    report.caseId = crypto::fromHexStrict(
        options.value(QStringLiteral("--case")).toLatin1(), protocol::kEnvelopeIdBytes);
    report.replyId
        = crypto::fromHexStrict(options.value(QStringLiteral("--reply")).toLatin1(), mb::kReplyIdBytes);
    const QString helped = options.value(QStringLiteral("--helped"));
    for (mb::Helped h : { mb::Helped::Yes, mb::Helped::Partly, mb::Helped::No }) {
        if (helped == mb::helpedName(h))
            report.helped = h;
    }
    report.text = QString::fromUtf8(readStdin());
    report.language = QStringLiteral("en");
    report.appVersion = QStringLiteral("0.1.0");
    report.reportedAt = *at;
    const auto json = mb::writeFollowUp(report, keys);
    if (!json)
        return refuse(json.error());
    writeStdout(json.value());
    return 0;
}

int followUpReadCommand()
{
    const auto report = protocol::mailbox::readFollowUp(readStdin());
    if (!report)
        return refuse(report.error());
    writeStdout(report->followup.mailboxId);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2)
        return usage();
    const QByteArray command(argv[1]);
    QMap<QString, QString> options;
    if (command == "keypair" && argc == 2) {
        printKeyPair(protocol::generateRecipientKeyPair());
        return 0;
    }
    if (command == "signing-keypair" && argc == 2) {
        printKeyPair(protocol::generateSigningKeyPair());
        return 0;
    }
    if (command == "seal"
        && parseOptions(argc, argv,
            { QStringLiteral("--recipient-public-key"), QStringLiteral("--kiosk-secret-key"),
                QStringLiteral("--version") },
            &options))
        return sealCommand(options);
    if (command == "open"
        && parseOptions(
            argc, argv, { QStringLiteral("--public-key"), QStringLiteral("--secret-key") }, &options))
        return openCommand(options);
    if (command == "receipt" && parseOptions(argc, argv, { QStringLiteral("--stored") }, &options))
        return receiptCommand(options);
    if (command == "admission-work"
        && parseOptions(argc, argv, { QStringLiteral("--id"), QStringLiteral("--nonce") }, &options))
        return admissionCommand(command, options);
    if (command == "admission-solve"
        && parseOptions(argc, argv, { QStringLiteral("--id"), QStringLiteral("--difficulty") }, &options))
        return admissionCommand(command, options);
    if (command == "desk-sign"
        && parseOptions(argc, argv,
            { QStringLiteral("--secret-key"), QStringLiteral("--path"), QStringLiteral("--created"),
                QStringLiteral("--nonce") },
            &options))
        return deskSignCommand(options);
    if (command == "desk-verify"
        && parseOptions(argc, argv,
            { QStringLiteral("--public-key"), QStringLiteral("--path"), QStringLiteral("--signature-input"),
                QStringLiteral("--signature"), QStringLiteral("--content-digest") },
            &options))
        return deskVerifyCommand(options);
    if (command == "event-seal"
        && parseOptions(argc, argv,
            { QStringLiteral("--desk-secret-key"), QStringLiteral("--organisation-secret-key"),
                QStringLiteral("--id"), QStringLiteral("--case"), QStringLiteral("--at"),
                QStringLiteral("--prev"), QStringLiteral("--type") },
            &options))
        return eventSealCommand(options);
    if (command == "event-open"
        && parseOptions(argc, argv, { QStringLiteral("--organisation-secret-key") }, &options))
        return eventOpenCommand(options);
    if (command == "mailbox-derive"
        && parseOptions(argc, argv, { QStringLiteral("--code"), QStringLiteral("--seed") }, &options))
        return mailboxDeriveCommand(options);
    if (command == "mailbox-sign"
        && parseOptions(argc, argv,
            { QStringLiteral("--seed"), QStringLiteral("--path"), QStringLiteral("--created"),
                QStringLiteral("--nonce") },
            &options))
        return mailboxSignCommand(options);
    if (command == "reply-seal"
        && parseOptions(argc, argv,
            { QStringLiteral("--box-public-key"), QStringLiteral("--id"), QStringLiteral("--case"),
                QStringLiteral("--organisation"), QStringLiteral("--at") },
            &options))
        return replySealCommand(options);
    if (command == "reply-open" && parseOptions(argc, argv, { QStringLiteral("--seed") }, &options))
        return replyOpenCommand(options);
    if (command == "followup-write"
        && parseOptions(argc, argv,
            { QStringLiteral("--seed"), QStringLiteral("--kind"), QStringLiteral("--case"),
                QStringLiteral("--reply"), QStringLiteral("--helped"), QStringLiteral("--at") },
            &options))
        return followUpWriteCommand(options);
    if (command == "followup-read" && argc == 2)
        return followUpReadCommand();
    return usage();
}
