// SPDX-License-Identifier: GPL-3.0-or-later
// The follow-up mailboxes (docs/protocol.md §19) on the real harbour-intake: a desk posts replies
// sealed to a mailbox, the mailbox's holder fetches and deletes them, and every request that is not
// signed by the mailbox's own key, fresh, unused and paid for is refused, before the mailbox is
// looked up. An unknown mailbox and an empty one get the same status, headers and bytes (measured
// on the wire), and a reply altered on the way is refused by its reader.
#include "intakeprocess.h"
#include "receivertestutil.h"

#include "common/keyfiles.h"
#include "crypto/sodium.h"
#include "intake/deskstore.h"
#include "intake/intakestore.h"
#include "protocol/admission.h"
#include "protocol/desksignature.h"
#include "protocol/envelope.h"
#include "protocol/mailbox.h"
#include "store/database.h"

#include <QDateTime>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace harbour;
using namespace harbour::testsupport;
namespace desk = protocol::desk;
namespace mailbox = protocol::mailbox;

namespace {

// Fixed canaries: if either ever shows up in a file or log of the intake, the test fails.
constexpr char kCanaryReply[] = "CANARY-REPLY-7f3a: we will call you on Tuesday";
constexpr char kCanaryCode[] = "CANR-Y7F3-AQ2M-9XKB-W4TZ";

struct RawReply
{
    int status = 0;
    QList<QByteArray> headers; // "name: value" lines as received, without Date
    QByteArray body;
};

struct Organisation
{
    QString name;
    protocol::KeyPair key;
    QString publicKeyFile;
};

// How a mailbox request is spoiled after it is signed.
struct Spoil
{
    qint64 created = 0; // 0: now
    QByteArray keyForBody; // the key named in the body (default: the mailbox's)
    QByteArray signingKey; // who signs (default: the mailbox's)
    bool noProof = false;
    bool proofForAnotherNonce = false;
    bool noSignature = false;
    QByteArray extraMember;
};

} // namespace

class tst_Mailbox : public QObject
{
    Q_OBJECT

private:
    int admin(const QStringList &arguments, QByteArray *out = nullptr)
    {
        QProcess process;
        process.start(binaryPath(QStringLiteral("harbour-intake-admin")),
            QStringList { arguments.constFirst(), QStringLiteral("--store"), m_store } + arguments.mid(1));
        if (!process.waitForFinished(30000))
            return -1;
        if (out)
            *out = process.readAllStandardOutput();
        return process.exitCode();
    }

    // One request on its own connection; the whole answer, headers included (but Date, which
    // changes by the second whatever the mailbox holds).
    RawReply raw(quint16 port, const QByteArray &path, const Headers &headers, const QByteArray &body,
        const QByteArray &method = "POST")
    {
        QByteArray request = method + ' ' + path
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\n"
              "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n";
        for (const auto &[name, value] : headers)
            request += name + ": " + value + "\r\n";
        request += "\r\n" + body;
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!socket.waitForConnected(5000))
            return {};
        socket.write(request);
        QByteArray response;
        while (socket.waitForReadyRead(10000))
            response += socket.readAll();
        response += socket.readAll();
        RawReply reply;
        const qsizetype end = response.indexOf("\r\n\r\n");
        if (!response.startsWith("HTTP/1.1 ") || end < 0)
            return reply;
        reply.status = response.mid(9, 3).toInt();
        const QList<QByteArray> lines = response.left(end).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            if (!line.toLower().startsWith("date:"))
                reply.headers.append(line);
        }
        reply.body = response.mid(end + 4);
        return reply;
    }

    RawReply mailboxRequest(const mailbox::Keys &keys, const QByteArray &path,
        const QList<QByteArray> &ids = {}, const Spoil &spoil = {}, quint16 port = 0)
    {
        QJsonObject object { { QStringLiteral("key"),
            QString::fromLatin1(
                (spoil.keyForBody.isEmpty() ? keys.signingPublicKey : spoil.keyForBody).toBase64()) } };
        if (!ids.isEmpty()) {
            QJsonArray list;
            for (const QByteArray &id : ids)
                list.append(QString::fromLatin1(crypto::toHex(id)));
            object.insert(QStringLiteral("ids"), list);
        }
        QByteArray body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        if (!spoil.extraMember.isEmpty())
            body.insert(1, spoil.extraMember + ',');
        const QByteArray nonceBytes = crypto::randomBytes(desk::kNonceBytes);
        const QByteArray nonce
            = nonceBytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const qint64 created = spoil.created ? spoil.created : QDateTime::currentSecsSinceEpoch();
        const QByteArray signer = spoil.signingKey.isEmpty() ? keys.signingSecretKey : spoil.signingKey;
        desk::SignedHeaders signedHeaders
            = desk::signRequest("POST", path, body, signer, created, nonce, "mailbox");
        if (!spoil.signingKey.isEmpty()) // keep the mailbox's keyid, as a forger must
            signedHeaders.signatureInput.replace(
                desk::deskKeyId(spoil.signingKey.right(32)), mailbox::mailboxId(keys.signingPublicKey));
        Headers headers { { desk::kContentDigestHeader, signedHeaders.contentDigest } };
        if (!spoil.noSignature) {
            headers.append({ desk::kSignatureInputHeader, signedHeaders.signatureInput });
            headers.append({ desk::kSignatureHeader, signedHeaders.signature });
        }
        if (!spoil.noProof) {
            const QByteArray salt = spoil.proofForAnotherNonce ? crypto::randomBytes(16) : nonceBytes;
            // Find a nonce that works for this salt but (when spoiling) not for the real one.
            quint64 proof = 0;
            for (;; ++proof) {
                if (protocol::admission::verify(salt, proof, kTestAdmissionDifficulty)
                    && (!spoil.proofForAnotherNonce
                        || !protocol::admission::verify(nonceBytes, proof, kTestAdmissionDifficulty)))
                    break;
            }
            headers.append({ protocol::admission::kProofHeader, protocol::admission::proofText(proof) });
        }
        return raw(port ? port : m_intake.port(), path, headers, body);
    }

    // The hub's desk posts a sealed reply to a mailbox.
    HttpReply postReply(const QByteArray &mailboxId, const QByteArray &id, const QByteArray &sealed)
    {
        const QByteArray body
            = QJsonDocument(QJsonObject { { QStringLiteral("id"), QString::fromLatin1(crypto::toHex(id)) },
                                { QStringLiteral("mailbox"), QString::fromLatin1(mailboxId) },
                                { QStringLiteral("sealed"), QString::fromLatin1(sealed.toBase64()) } })
                  .toJson(QJsonDocument::Compact);
        const desk::SignedHeaders h = desk::signRequest(
            "POST", "/v1/desk/replies/post", body, m_desk.secretKey, QDateTime::currentSecsSinceEpoch());
        QUrl url = m_intake.baseUrl();
        url.setPath(QStringLiteral("/v1/desk/replies/post"));
        return httpRequest("POST", url, body,
            { { "Content-Type", "application/json" }, { desk::kSignatureInputHeader, h.signatureInput },
                { desk::kSignatureHeader, h.signature }, { desk::kContentDigestHeader, h.contentDigest } });
    }

    QByteArray sealedReply(const mailbox::Keys &keys, const QByteArray &id, const QString &text)
    {
        mailbox::Reply reply { id, crypto::randomBytes(16), QStringLiteral("demo-police"),
            QDateTime::currentDateTimeUtc(), text };
        reply.at = reply.at.addMSecs(-reply.at.time().msec());
        return mailbox::sealReply(reply, keys.boxPublicKey).value();
    }

    static QString error(const RawReply &reply)
    {
        return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("error")).toString();
    }

    static mailbox::Keys freshKeys() { return mailbox::keysFromSeed(crypto::randomBytes(32)); }

    QTemporaryDir m_dir;
    QString m_store;
    IntakeProcess m_intake;
    Organisation m_hub;
    protocol::KeyPair m_desk;
    mailbox::Keys m_keys; // derived from kCanaryCode, once, with the real Argon2id

private Q_SLOTS:
    void initTestCase()
    {
        crypto::ensureInitialised();
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("intake.db"));
        m_hub = { QStringLiteral("Police hub"), protocol::generateRecipientKeyPair(),
            m_dir.filePath(QStringLiteral("hub.pub")) };
        QFile file(m_hub.publicKeyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(receiver::publicKeyFileJson(m_hub.key.publicKey));
        file.close();
        QCOMPARE(admin({ QStringLiteral("organisation"), QStringLiteral("--organisation"), m_hub.name,
                     QStringLiteral("--recipient-key"), m_hub.publicKeyFile }),
            0);
        m_desk = protocol::generateSigningKeyPair();
        QCOMPARE(admin({ QStringLiteral("add-desk"), QStringLiteral("--organisation"), m_hub.name,
                     QStringLiteral("--name"), QStringLiteral("Hub desk"), QStringLiteral("--desk-key"),
                     QString::fromLatin1(m_desk.publicKey.toBase64()) }),
            0);
        QVERIFY(m_intake.start(m_store, { m_hub.publicKeyFile }));
        const auto code = mailbox::normaliseCode(QString::fromLatin1(kCanaryCode));
        QVERIFY2(code, qPrintable(code.error()));
        const auto seed = mailbox::deriveSeed(code.value());
        QVERIFY(seed);
        m_keys = mailbox::keysFromSeed(seed.value());
    }

    void codesNormaliseForgivingly()
    {
        const QByteArray code = mailbox::generateCode();
        QCOMPARE(code.size(), 20);
        const QString shown = mailbox::displayCode(code);
        QCOMPARE(shown.size(), 24);
        QCOMPARE(mailbox::normaliseCode(shown).value(), code);
        QCOMPARE(mailbox::normaliseCode(QStringLiteral(" k82q v992-78t6 cajl ohkb ")).value(),
            QByteArrayLiteral("K82QV99278T6CAJ10HKB"));
        QCOMPARE(mailbox::normaliseCode(QStringLiteral("K82Q-V992-78T6-CAJ1-0HK")).error(),
            QStringLiteral("a follow-up code has 20 letters and digits; this has 19"));
        const auto bad = mailbox::normaliseCode(QStringLiteral("K82Q-V992-78T6-CAJ1-0HKU"));
        QCOMPARE(bad.errorKind(), ErrorKind::Refused);
        QVERIFY(bad.error().startsWith(QLatin1StringView("symbol 20 ")));
        QVERIFY(!bad.error().contains(QLatin1StringView("K82Q")));
    }

    void aDeskPostsAndTheHolderFetchesAndOpens()
    {
        const QByteArray id = crypto::randomBytes(16);
        const QByteArray sealed = sealedReply(m_keys, id, QString::fromLatin1(kCanaryReply));
        QCOMPARE(postReply(m_keys.id, id, sealed).status, 201);
        QCOMPARE(postReply(m_keys.id, id, sealed).status, 200); // a retry
        const HttpReply other = postReply(m_keys.id, id, sealedReply(m_keys, id, QStringLiteral("other")));
        QCOMPARE(other.status, 409);
        const HttpReply shortSeal = postReply(m_keys.id, crypto::randomBytes(16), crypto::randomBytes(1000));
        QCOMPARE(shortSeal.status, 400);

        const RawReply fetched = mailboxRequest(m_keys, "/v1/mailbox/fetch");
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.body.size(), 4096);
        const auto replies = mailbox::readAnswer(fetched.body);
        QVERIFY2(replies, qPrintable(replies.error()));
        QCOMPARE(replies->size(), 1);
        QCOMPARE(replies->constFirst().id, id);
        const auto opened = mailbox::openReply(replies->constFirst().sealed, m_keys);
        QVERIFY2(opened, qPrintable(opened.error()));
        QCOMPARE(opened->text, QString::fromLatin1(kCanaryReply));
        QCOMPARE(opened->id, id);

        // Another code's keys open nothing; a reply altered anywhere is refused by its reader.
        QCOMPARE(mailbox::openReply(sealed, freshKeys()).errorKind(), ErrorKind::Refused);
        for (const qsizetype at : { qsizetype(0), qsizetype(40), sealed.size() / 2, sealed.size() - 1 }) {
            QByteArray tampered = sealed;
            tampered[at] = char(tampered.at(at) ^ 0x01);
            const auto refused = mailbox::openReply(tampered, m_keys);
            QCOMPARE(refused.errorKind(), ErrorKind::Refused);
            QVERIFY(!refused.error().contains(QLatin1StringView("CANARY")));
        }
        QCOMPARE(mailbox::openReply(sealed.left(sealed.size() - 1), m_keys).errorKind(), ErrorKind::Refused);
    }

    // The heart of it: someone without the code cannot tell a mailbox that never existed from one
    // that had replies and is now empty.
    void unknownAndEmptyMailboxesLookTheSame()
    {
        const mailbox::Keys used = freshKeys();
        const QByteArray id = crypto::randomBytes(16);
        QCOMPARE(
            postReply(used.id, id, sealedReply(used, id, QStringLiteral("read and deleted"))).status, 201);
        const RawReply deleted = mailboxRequest(used, "/v1/mailbox/delete", { id });
        QCOMPARE(deleted.status, 200);
        QCOMPARE(mailbox::readAnswer(deleted.body)->size(), 0);

        const RawReply empty = mailboxRequest(used, "/v1/mailbox/fetch");
        const RawReply unknown = mailboxRequest(freshKeys(), "/v1/mailbox/fetch");
        QCOMPARE(empty.status, 200);
        QCOMPARE(unknown.status, empty.status);
        QCOMPARE(unknown.headers, empty.headers);
        QCOMPARE(unknown.body.size(), empty.body.size());
        QCOMPARE(unknown.body, empty.body);
        QCOMPARE(empty.body.size(), 4096);
        qInfo("unknown and empty mailbox: status %d, %lld header lines equal, bodies %lld and %lld bytes, "
              "equal",
            unknown.status, qlonglong(unknown.headers.size()), qlonglong(unknown.body.size()),
            qlonglong(empty.body.size()));
        // And the time: alternate requests for the emptied mailbox and for new unknown ones (the same
        // statements run for both; printed, not judged, on a shared machine).
        std::vector<qint64> emptyNs, unknownNs;
        for (int i = 0; i < 15; ++i) {
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(mailboxRequest(used, "/v1/mailbox/fetch").body, empty.body);
            emptyNs.push_back(timer.nsecsElapsed());
            const mailbox::Keys other = freshKeys();
            timer.restart();
            QCOMPARE(mailboxRequest(other, "/v1/mailbox/fetch").body, empty.body);
            unknownNs.push_back(timer.nsecsElapsed());
        }
        std::sort(emptyNs.begin(), emptyNs.end());
        std::sort(unknownNs.begin(), unknownNs.end());
        qInfo("fetch round trip, median of 15 (proof solving included): empty %.2f ms, unknown %.2f ms",
            double(emptyNs[7]) / 1e6, double(unknownNs[7]) / 1e6);
        // Deleting from an unknown mailbox answers the same too.
        const RawReply deleteUnknown = mailboxRequest(freshKeys(), "/v1/mailbox/delete", { id });
        QCOMPARE(deleteUnknown.status, 200);
        QCOMPARE(deleteUnknown.headers, empty.headers);
        QCOMPARE(deleteUnknown.body, empty.body);
    }

    void everyBadRequestIsRefusedBeforeTheMailboxIsLookedUp_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("kind");
        QTest::newRow("unsigned") << 401 << QStringLiteral("must be signed") << 0;
        QTest::newRow("stale") << 401 << QStringLiteral("more than 300 seconds") << 1;
        QTest::newRow("future") << 401 << QStringLiteral("more than 300 seconds") << 2;
        QTest::newRow("no proof") << 428 << QStringLiteral("admission proof") << 3;
        QTest::newRow("proof for another nonce") << 428 << QStringLiteral("admission proof") << 4;
        QTest::newRow("signed by another key") << 401 << QStringLiteral("does not verify") << 5;
        QTest::newRow("another mailbox's key in the body") << 401 << QStringLiteral("keyid is not") << 6;
        QTest::newRow("unknown member") << 400 << QStringLiteral("unknown member") << 7;
    }

    void everyBadRequestIsRefusedBeforeTheMailboxIsLookedUp()
    {
        QFETCH(int, status);
        QFETCH(QString, reason);
        QFETCH(int, kind);
        Spoil spoil;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        switch (kind) {
        case 0:
            spoil.noSignature = true;
            break;
        case 1:
            spoil.created = now - 400;
            break;
        case 2:
            spoil.created = now + 400;
            break;
        case 3:
            spoil.noProof = true;
            break;
        case 4:
            spoil.proofForAnotherNonce = true;
            break;
        case 5:
            spoil.signingKey = protocol::generateSigningKeyPair().secretKey;
            break;
        case 6:
            spoil.keyForBody = freshKeys().signingPublicKey;
            break;
        case 7:
            spoil.extraMember = "\"x\":1";
            break;
        }
        // The same refusal, word for word, for the mailbox that holds a reply and for one that never existed.
        const RawReply known = mailboxRequest(m_keys, "/v1/mailbox/fetch", {}, spoil);
        const RawReply unknown = mailboxRequest(freshKeys(), "/v1/mailbox/fetch", {}, spoil);
        QCOMPARE(known.status, status);
        QVERIFY2(error(known).contains(reason), qPrintable(error(known)));
        QCOMPARE(unknown.status, known.status);
        QCOMPARE(unknown.headers, known.headers);
        QCOMPARE(unknown.body, known.body);
    }

    void aReplayedFetchIsRefused()
    {
        // Built by hand so the very same bytes go twice.
        const QByteArray body = "{\"key\":\"" + m_keys.signingPublicKey.toBase64() + "\"}";
        const QByteArray nonceBytes = crypto::randomBytes(16);
        const desk::SignedHeaders h = desk::signRequest("POST", "/v1/mailbox/fetch", body,
            m_keys.signingSecretKey, QDateTime::currentSecsSinceEpoch(),
            nonceBytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals), "mailbox");
        const auto proof = protocol::admission::solve(nonceBytes, kTestAdmissionDifficulty);
        const Headers headers { { desk::kContentDigestHeader, h.contentDigest },
            { desk::kSignatureInputHeader, h.signatureInput }, { desk::kSignatureHeader, h.signature },
            { protocol::admission::kProofHeader, protocol::admission::proofText(*proof) } };
        QCOMPARE(raw(m_intake.port(), "/v1/mailbox/fetch", headers, body).status, 200);
        const RawReply again = raw(m_intake.port(), "/v1/mailbox/fetch", headers, body);
        QCOMPARE(again.status, 401);
        QVERIFY(error(again).contains(QLatin1StringView("already received")));
    }

    void framingIsRefused()
    {
        QCOMPARE(raw(m_intake.port(), "/v1/mailbox/fetch", {}, {}, "GET").status, 405);
        QCOMPARE(raw(m_intake.port(), "/v1/mailbox/fetch?x=1", {}, "{}").status, 400);
        QCOMPARE(raw(m_intake.port(), "/v1/mailbox/other", {}, "{}").status, 404);
        QCOMPARE(raw(m_intake.port(), "/v1/mailbox/fetch", {}, QByteArray(5000, ' ')).status, 413);
    }

    void aMailboxHoldsAtMost32Replies()
    {
        const mailbox::Keys keys = freshKeys();
        const QByteArray sealed = sealedReply(keys, crypto::randomBytes(16), QStringLiteral("one of many"));
        for (int i = 0; i < 32; ++i)
            QCOMPARE(postReply(keys.id, crypto::randomBytes(16), sealed).status, 201);
        const HttpReply full = postReply(keys.id, crypto::randomBytes(16), sealed);
        QCOMPARE(full.status, 422);
        const RawReply fetched = mailboxRequest(keys, "/v1/mailbox/fetch");
        QCOMPARE(fetched.status, 200);
        QCOMPARE(mailbox::readAnswer(fetched.body)->size(), 32);
        QCOMPARE(fetched.body.size(), mailbox::answerBucket(fetched.body.trimmed().size()));
    }

    void aGlobalRateLimitAnswers429()
    {
        IntakeProcess slow;
        const QString store = m_dir.filePath(QStringLiteral("slow.db"));
        QVERIFY(slow.start(
            store, { m_hub.publicKeyFile }, 0, { QStringLiteral("--mailbox-rate"), QStringLiteral("1") }));
        int ok = 0, limited = 0;
        for (int i = 0; i < 12; ++i) {
            const RawReply reply = mailboxRequest(freshKeys(), "/v1/mailbox/fetch", {}, {}, slow.port());
            ok += reply.status == 200;
            if (reply.status == 429) {
                ++limited;
                QVERIFY(reply.headers.contains("Retry-After: 1"));
            }
        }
        qInfo("rate 1/s, burst 5: %d answered, %d refused with 429", ok, limited);
        QVERIFY(ok >= 5);
        QVERIFY(limited >= 1);
    }

    void retentionDeletesOldReplies()
    {
        auto store = receiver::IntakeStore::open(
            m_dir.filePath(QStringLiteral("retention.db")), receiver::IntakeStore::OpenMode::CreateIfMissing);
        QVERIFY2(store, qPrintable(store.error()));
        receiver::DeskStore desks(store.value()->database());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray mailboxId = freshKeys().id;
        QCOMPARE(
            desks.postReply("old-reply-id-016", mailboxId, QStringLiteral("hub"), "x", now.addDays(-91), 32)
                .value(),
            receiver::DeskStore::PostOutcome::Stored);
        QCOMPARE(desks.postReply("new-reply-id-016", mailboxId, QStringLiteral("hub"), "y", now, 32).value(),
            receiver::DeskStore::PostOutcome::Stored);
        QCOMPARE(desks.expireReplies(now.addDays(-90)).value(), 1);
        QCOMPARE(desks.repliesFor(mailboxId)->size(), size_t(1));
        QCOMPARE(desks.withdrawReply("new-reply-id-016", QStringLiteral("another")).value(), false);
        QCOMPARE(desks.withdrawReply("new-reply-id-016", QStringLiteral("hub")).value(), true);
        QCOMPARE(desks.repliesFor(mailboxId)->size(), size_t(0));
    }

    // A store an older harbour-intake made (version 1: envelopes only) is brought to version 3 on open.
    void anOlderStoreIsBroughtToVersion3()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.db"));
        {
            auto db = store::Database::open(path, store::Database::Encryption::None);
            QVERIFY(db);
            QCOMPARE(db.value()->exec(
                         "CREATE TABLE envelopes (id BLOB PRIMARY KEY NOT NULL, recipient TEXT NOT NULL,"
                         " envelope BLOB NOT NULL, receipt BLOB NOT NULL, stored TEXT NOT NULL,"
                         " seq INTEGER NOT NULL UNIQUE); PRAGMA user_version = 1;"),
                QString());
        }
        QVERIFY(!receiver::IntakeStore::open(path, receiver::IntakeStore::OpenMode::ExistingOnly));
        auto store = receiver::IntakeStore::open(path, receiver::IntakeStore::OpenMode::CreateIfMissing);
        QVERIFY2(store, qPrintable(store.error()));
        receiver::DeskStore desks(store.value()->database());
        QCOMPARE(desks
                     .postReply("upgraded-reply16", freshKeys().id, QStringLiteral("hub"), "x",
                         QDateTime::currentDateTimeUtc(), 32)
                     .value(),
            receiver::DeskStore::PostOutcome::Stored);
        store::Database::Statement version(*store.value()->database(), "PRAGMA user_version;");
        QVERIFY(version.next());
        QCOMPARE(version.integer(0), 3);
    }

    // Report content never reaches the intake's disk or log in the clear.
    void noCanaryInAnyIntakeFileOrLog()
    {
        m_intake.stop();
        const QByteArray code = mailbox::normaliseCode(QString::fromLatin1(kCanaryCode)).value();
        QList<QByteArray> needles { kCanaryReply, "CANARY-REPLY", code, kCanaryCode, m_keys.boxSecretKey,
            m_keys.signingSecretKey.left(32) };
        QByteArray everything = m_intake.output();
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int read = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly)) {
                everything += file.readAll();
                ++read;
            }
        }
        QVERIFY(read >= 2);
        for (const QByteArray &needle : needles)
            QVERIFY2(!everything.contains(needle), "a canary reached the intake's files or log");
    }
};

QTEST_GUILESS_MAIN(tst_Mailbox)
#include "tst_mailbox.moc"
