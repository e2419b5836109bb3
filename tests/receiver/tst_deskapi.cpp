// SPDX-License-Identifier: GPL-3.0-or-later
// The desk API (docs/protocol.md §18) on the real harbour-intake, with desks registered by the real
// harbour-intake-admin: each desk sees only its organisation's envelopes and case log, pages return
// every envelope once, and every request that is not a registered, current, fresh and intact
// signature is refused with a clear reason and nothing else.
#include "intakeprocess.h"
#include "receivertestutil.h"

#include "common/keyfiles.h"
#include "crypto/sodium.h"
#include "protocol/desksignature.h"
#include "protocol/envelope.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace harbour;
using namespace harbour::testsupport;
namespace desk = protocol::desk;

namespace {

struct Organisation
{
    QString name;
    protocol::KeyPair key;
    QString publicKeyFile;
};

struct Desk
{
    protocol::KeyPair key;
    QByteArray keyId;
};

struct AdminResult
{
    int exitCode = -1;
    QByteArray out, err;
};

} // namespace

class tst_DeskApi : public QObject
{
    Q_OBJECT

private:
    AdminResult admin(const QStringList &arguments)
    {
        QProcess process;
        process.start(binaryPath(QStringLiteral("harbour-intake-admin")),
            QStringList { arguments.constFirst(), QStringLiteral("--store"), m_store } + arguments.mid(1));
        if (!process.waitForFinished(30000))
            return {};
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError() };
    }

    Organisation organisation(const QString &name)
    {
        Organisation o { name, protocol::generateRecipientKeyPair(), {} };
        o.publicKeyFile = m_dir.filePath(name + QStringLiteral(".pub"));
        QFile file(o.publicKeyFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(receiver::publicKeyFileJson(o.key.publicKey)) < 0)
            qFatal("cannot write a public key file");
        return o;
    }

    Desk addDesk(const Organisation &o, const QString &name)
    {
        Desk d { protocol::generateSigningKeyPair(), {} };
        const AdminResult added = admin(
            { QStringLiteral("add-desk"), QStringLiteral("--organisation"), o.name, QStringLiteral("--name"),
                name, QStringLiteral("--desk-key"), QString::fromLatin1(d.key.publicKey.toBase64()) });
        if (added.exitCode != 0)
            qFatal("add-desk failed: %s", added.err.constData());
        d.keyId = added.out.trimmed();
        return d;
    }

    // A signed desk request as a desk makes it; `tamper` changes it after signing.
    HttpReply call(const Desk &d, const QByteArray &path, const QJsonObject &body,
        const std::function<void(Headers &, QByteArray &)> &tamper = {}, qint64 created = 0)
    {
        QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const desk::SignedHeaders signedHeaders = desk::signRequest(
            "POST", path, bytes, d.key.secretKey, created ? created : QDateTime::currentSecsSinceEpoch());
        Headers headers { { "Content-Type", "application/json" },
            { desk::kSignatureInputHeader, signedHeaders.signatureInput },
            { desk::kSignatureHeader, signedHeaders.signature },
            { desk::kContentDigestHeader, signedHeaders.contentDigest } };
        if (tamper)
            tamper(headers, bytes);
        QUrl url = m_intake.baseUrl();
        url.setPath(QString::fromLatin1(path));
        return httpRequest("POST", url, bytes, headers);
    }

    static QJsonObject page(qint64 after, int limit)
    {
        return { { QStringLiteral("after"), after }, { QStringLiteral("limit"), limit } };
    }

    protocol::Envelope post(const Organisation &o, const QString &narrative)
    {
        const QByteArray report = makeReport(QStringLiteral("HB-DESK-0001"), QStringLiteral("self"),
            QJsonObject { { QStringLiteral("what_happened"), narrative } }, { QStringLiteral("race") }, false)
                                      .toCanonicalJson();
        auto sealed = protocol::seal(report, o.key.publicKey);
        if (!sealed)
            qFatal("cannot seal");
        const HttpReply reply = postEnvelope(m_intake.envelopesUrl(), sealed.value());
        if (reply.status != 201)
            qFatal("the intake did not store an envelope: %d %s", reply.status, reply.body.constData());
        return sealed.value();
    }

    // Every envelope id a desk can list, page by page of `limit`; fails the test on a repeat.
    QList<QByteArray> listAll(const Desk &d, int limit, int *pages = nullptr)
    {
        QList<QByteArray> ids;
        qint64 after = 0;
        for (int n = 1;; ++n) {
            const HttpReply reply = call(d, "/v1/desk/envelopes/list", page(after, limit));
            if (reply.status != 200)
                qFatal("list failed: %d %s", reply.status, reply.body.constData());
            const QJsonObject answer = QJsonDocument::fromJson(reply.body).object();
            for (const QJsonValue &row : answer.value(QStringLiteral("envelopes")).toArray()) {
                const QJsonObject object = row.toObject();
                auto envelope = protocol::Envelope::fromJson(
                    QJsonDocument(object.value(QStringLiteral("envelope")).toObject())
                        .toJson(QJsonDocument::Compact));
                if (!envelope)
                    qFatal("a listed envelope does not read: %s", qPrintable(envelope.error()));
                ids.append(envelope->idHex());
                after = object.value(QStringLiteral("seq")).toInteger();
            }
            if (!answer.value(QStringLiteral("more")).toBool()) {
                if (pages)
                    *pages = n;
                return ids;
            }
        }
    }

    // One request on its own connection, headers exactly as given (repeats included); the body is
    // left out when `sendBody` is false (its Content-Length still declared).
    HttpReply raw(const QByteArray &target, const Headers &headers, const QByteArray &body, bool sendBody)
    {
        QByteArray request = "POST " + target
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
        for (const auto &[name, value] : headers)
            request += name + ": " + value + "\r\n";
        request += "\r\n";
        if (sendBody)
            request += body;
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_intake.port());
        if (!socket.waitForConnected(5000))
            return {};
        socket.write(request);
        QByteArray response;
        while (socket.waitForReadyRead(5000))
            response += socket.readAll();
        response += socket.readAll();
        HttpReply reply;
        if (response.startsWith("HTTP/1.1 "))
            reply.status = response.mid(9, 3).toInt();
        reply.body = response.mid(response.indexOf("\r\n\r\n") + 4);
        return reply;
    }

    static QString error(const HttpReply &reply)
    {
        return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("error")).toString();
    }

    QTemporaryDir m_dir;
    QString m_store;
    IntakeProcess m_intake;
    Organisation m_hub, m_centre;
    Desk m_hubDesk1, m_hubDesk2, m_centreDesk;
    QSet<QByteArray> m_hubIds, m_centreIds;

private Q_SLOTS:
    void initTestCase()
    {
        crypto::ensureInitialised();
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("intake.db"));
        m_hub = organisation(QStringLiteral("Police hub"));
        m_centre = organisation(QStringLiteral("Reporting centre"));
        for (const Organisation *o : { &m_hub, &m_centre }) {
            const AdminResult bound
                = admin({ QStringLiteral("organisation"), QStringLiteral("--organisation"), o->name,
                    QStringLiteral("--recipient-key"), o->publicKeyFile });
            QVERIFY2(bound.exitCode == 0, bound.err.constData());
        }
        m_hubDesk1 = addDesk(m_hub, QStringLiteral("Hub desk 1"));
        m_hubDesk2 = addDesk(m_hub, QStringLiteral("Hub desk 2"));
        m_centreDesk = addDesk(m_centre, QStringLiteral("Centre desk"));
        QVERIFY(m_intake.start(m_store, { m_hub.publicKeyFile, m_centre.publicKeyFile }));
        for (int i = 0; i < 7; ++i)
            m_hubIds.insert(post(m_hub, QStringLiteral("hub report %1").arg(i)).idHex());
        for (int i = 0; i < 3; ++i)
            m_centreIds.insert(post(m_centre, QStringLiteral("centre report %1").arg(i)).idHex());
    }

    void eachDeskSeesItsOrganisationsEnvelopesOnce()
    {
        int pages = 0;
        const QList<QByteArray> hub = listAll(m_hubDesk1, 3, &pages);
        QCOMPARE(hub.size(), 7);
        QCOMPARE(QSet<QByteArray>(hub.begin(), hub.end()), m_hubIds);
        QCOMPARE(pages, 3); // 3 + 3 + 1
        const QList<QByteArray> centre = listAll(m_centreDesk, 500);
        QCOMPARE(QSet<QByteArray>(centre.begin(), centre.end()), m_centreIds);
        QCOMPARE(listAll(m_hubDesk2, 1).size(), 7);
    }

    void listedEnvelopesOpenWithTheOrganisationKey()
    {
        const HttpReply reply = call(m_centreDesk, "/v1/desk/envelopes/list", page(0, 1));
        QCOMPARE(reply.status, 200);
        const QJsonObject row = QJsonDocument::fromJson(reply.body)
                                    .object()
                                    .value(QStringLiteral("envelopes"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
        auto envelope = protocol::Envelope::fromJson(
            QJsonDocument(row.value(QStringLiteral("envelope")).toObject()).toJson(QJsonDocument::Compact));
        QVERIFY(envelope);
        const auto opened = protocol::open(envelope.value(), m_centre.key);
        QVERIFY2(opened, qPrintable(opened.error()));
        QVERIFY(row.value(QStringLiteral("stored")).toString().endsWith(QLatin1StringView(":00:00Z")));
    }

    void fetchGivesNothingOfAnotherOrganisation()
    {
        const QByteArray hubId = *m_hubIds.begin();
        const HttpReply own = call(
            m_hubDesk2, "/v1/desk/envelopes/fetch", { { QStringLiteral("id"), QString::fromLatin1(hubId) } });
        QCOMPARE(own.status, 200);
        QCOMPARE(protocol::Envelope::fromJson(own.body)->idHex(), hubId);
        const HttpReply others = call(m_centreDesk, "/v1/desk/envelopes/fetch",
            { { QStringLiteral("id"), QString::fromLatin1(hubId) } });
        const HttpReply none = call(m_centreDesk, "/v1/desk/envelopes/fetch",
            { { QStringLiteral("id"), QString::fromLatin1(crypto::toHex(crypto::randomBytes(16))) } });
        QCOMPARE(others.status, 404);
        QCOMPARE(others.status, none.status);
        QCOMPARE(others.body, none.body); // the same answer: whether the id exists is not disclosed
    }

    void caseLogIsSharedWithinTheOrganisationOnly()
    {
        const QByteArray eventId = crypto::toHex(crypto::randomBytes(16));
        // What a desk appends is sealed to its organisation; the intake only keeps the bytes.
        const QByteArray sealed = crypto::randomBytes(200);
        const QJsonObject event { { QStringLiteral("id"), QString::fromLatin1(eventId) },
            { QStringLiteral("sealed"), QString::fromLatin1(sealed.toBase64()) } };
        const HttpReply appended = call(m_hubDesk1, "/v1/desk/events/append", event);
        QCOMPARE(appended.status, 201);
        const qint64 seq
            = QJsonDocument::fromJson(appended.body).object().value(QStringLiteral("seq")).toInteger();
        QVERIFY(seq > 0);
        const HttpReply again = call(m_hubDesk1, "/v1/desk/events/append", event);
        QCOMPARE(again.status, 200);
        QCOMPARE(QJsonDocument::fromJson(again.body).object().value(QStringLiteral("seq")).toInteger(), seq);
        QJsonObject other = event;
        other.insert(QStringLiteral("sealed"), QString::fromLatin1(crypto::randomBytes(200).toBase64()));
        const HttpReply conflict = call(m_hubDesk2, "/v1/desk/events/append", other);
        QCOMPARE(conflict.status, 409);

        const HttpReply seen = call(m_hubDesk2, "/v1/desk/events/list", page(0, 100));
        QCOMPARE(seen.status, 200);
        const QJsonArray events
            = QJsonDocument::fromJson(seen.body).object().value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 1);
        const QJsonObject row = events.at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("id")).toString().toLatin1(), eventId);
        QCOMPARE(row.value(QStringLiteral("desk")).toString().toLatin1(), m_hubDesk1.keyId);
        QCOMPARE(QByteArray::fromBase64(row.value(QStringLiteral("sealed")).toString().toLatin1()), sealed);
        const HttpReply centre = call(m_centreDesk, "/v1/desk/events/list", page(0, 100));
        QCOMPARE(
            QJsonDocument::fromJson(centre.body).object().value(QStringLiteral("events")).toArray().size(),
            0);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("kind");
        QTest::newRow("unsigned") << 401 << "must be signed" << 0;
        QTest::newRow("another shape of Signature-Input") << 401 << "one accepted form" << 1;
        QTest::newRow("signature not base64") << 401 << "one accepted form" << 2;
        QTest::newRow("unknown desk key") << 401 << "no desk with this key" << 3;
        QTest::newRow("stale timestamp") << 401 << "seconds from the intake's clock" << 4;
        QTest::newRow("timestamp from the future") << 401 << "seconds from the intake's clock" << 5;
        QTest::newRow("body changed after signing") << 401 << "Content-Digest header does not match" << 6;
        QTest::newRow("body and digest changed") << 401 << "does not verify" << 7;
        QTest::newRow("signed for another path") << 401 << "does not verify" << 8;
        QTest::newRow("signed by another desk's key") << 401 << "does not verify" << 9;
        QTest::newRow("Signature-Input twice") << 401 << "appears twice" << 10;
        QTest::newRow("query string") << 400 << "no query string" << 11;
        QTest::newRow("unknown path") << 404 << "no such desk request" << 12;
        QTest::newRow("body too large") << 413 << "at most 65536 bytes" << 13;
        QTest::newRow("unknown member") << 400 << "unknown member \"offset\"" << 14;
        QTest::newRow("limit out of range") << 400 << "\"limit\" one from 1 to 500" << 15;
        QTest::newRow("event not base64") << 400 << "canonical base64" << 16;
    }

    void refusals()
    {
        QFETCH(int, status);
        QFETCH(QString, reason);
        QFETCH(int, kind);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QByteArray path = "/v1/desk/envelopes/list";
        QJsonObject body = page(0, 100);
        std::function<void(Headers &, QByteArray &)> tamper;
        qint64 created = 0;
        Desk signer = m_hubDesk1;
        const auto setHeader = [](Headers &headers, const QByteArray &name, const QByteArray &value) {
            for (auto &h : headers)
                if (h.first == name)
                    h.second = value;
        };
        switch (kind) {
        case 0:
            tamper = [](Headers &h, QByteArray &) { h.resize(1); };
            break;
        case 1:
            tamper = [&](Headers &h, QByteArray &) {
                for (auto &p : h)
                    if (p.first == desk::kSignatureInputHeader)
                        p.second.replace("\"content-digest\")", "\"content-digest\" \"@authority\")");
            };
            break;
        case 2:
            tamper = [&](Headers &h, QByteArray &) {
                setHeader(h, desk::kSignatureHeader, "desk=:not base64!:");
            };
            break;
        case 3:
            signer = Desk { protocol::generateSigningKeyPair(), {} };
            break;
        case 4:
            created = now - 301 - 5;
            break;
        case 5:
            created = now + 301 + 60;
            break;
        case 6:
            tamper = [](Headers &, QByteArray &b) { b.replace("100", "200"); };
            break;
        case 7:
            tamper = [&](Headers &h, QByteArray &b) {
                b.replace("100", "200");
                setHeader(h, desk::kContentDigestHeader, desk::contentDigest(b));
            };
            break;
        case 8:
            path = "/v1/desk/events/list";
            tamper = [](Headers &, QByteArray &) {};
            break;
        case 9:
            tamper = [&](Headers &h, QByteArray &b) {
                // The centre desk's signature under the hub desk's key id.
                const desk::SignedHeaders other = desk::signRequest(
                    "POST", "/v1/desk/envelopes/list", b, m_centreDesk.key.secretKey, now);
                setHeader(h, desk::kSignatureHeader, other.signature);
            };
            break;
        case 10:
            tamper = [](Headers &h, QByteArray &) { h.append(h.at(1)); };
            break;
        case 11:
            break;
        case 12:
            path = "/v1/desk/everything";
            break;
        case 13:
            body.insert(QStringLiteral("padding"), QString(70000, QLatin1Char('x')));
            break;
        case 14:
            body.insert(QStringLiteral("offset"), 3);
            break;
        case 15:
            body = page(0, 501);
            break;
        case 16:
            path = "/v1/desk/events/append";
            body = { { QStringLiteral("id"), QString::fromLatin1(crypto::toHex(crypto::randomBytes(16))) },
                { QStringLiteral("sealed"), QStringLiteral("***") } };
            break;
        }
        // Over a raw connection, so headers can repeat and a refused body need not be sent.
        QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const QByteArray signedPath = kind == 8 ? QByteArray("/v1/desk/envelopes/list") : path;
        const desk::SignedHeaders s
            = desk::signRequest("POST", signedPath, bytes, signer.key.secretKey, created ? created : now);
        Headers headers { { "Content-Type", "application/json" },
            { desk::kSignatureInputHeader, s.signatureInput }, { desk::kSignatureHeader, s.signature },
            { desk::kContentDigestHeader, s.contentDigest } };
        if (tamper)
            tamper(headers, bytes);
        const HttpReply reply = raw(path + (kind == 11 ? "?after=0" : ""), headers, bytes, kind != 13);
        QCOMPARE(reply.status, status);
        QVERIFY2(error(reply).contains(reason), qPrintable(error(reply)));
        // Nothing else in a refusal: no envelope, no event, no list.
        QCOMPARE(
            QJsonDocument::fromJson(reply.body).object().keys(), QStringList { QStringLiteral("error") });
    }

    void replayedRequestIsRefused()
    {
        const QByteArray bytes = QJsonDocument(page(0, 1)).toJson(QJsonDocument::Compact);
        const desk::SignedHeaders s = desk::signRequest("POST", "/v1/desk/envelopes/list", bytes,
            m_hubDesk1.key.secretKey, QDateTime::currentSecsSinceEpoch());
        const Headers headers { { "Content-Type", "application/json" },
            { desk::kSignatureInputHeader, s.signatureInput }, { desk::kSignatureHeader, s.signature },
            { desk::kContentDigestHeader, s.contentDigest } };
        QUrl url = m_intake.baseUrl();
        url.setPath(QStringLiteral("/v1/desk/envelopes/list"));
        QCOMPARE(httpRequest("POST", url, bytes, headers).status, 200);
        const HttpReply replay = httpRequest("POST", url, bytes, headers);
        QCOMPARE(replay.status, 401);
        QVERIFY2(error(replay).contains(QLatin1StringView("already received")), qPrintable(error(replay)));
        // Also after a restart: nonces are kept in the store, not only in memory.
        m_intake.stop();
        QVERIFY(m_intake.start(m_store, { m_hub.publicKeyFile, m_centre.publicKeyFile }));
        url = m_intake.baseUrl();
        url.setPath(QStringLiteral("/v1/desk/envelopes/list"));
        QCOMPARE(httpRequest("POST", url, bytes, headers).status, 401);
    }

    void revokedDeskIsRefusedAtOnce()
    {
        const Desk temporary = addDesk(m_hub, QStringLiteral("Laptop to be revoked"));
        QCOMPARE(call(temporary, "/v1/desk/envelopes/list", page(0, 1)).status, 200);
        const AdminResult revoked = admin({ QStringLiteral("revoke-desk"), QStringLiteral("--desk"),
            QString::fromLatin1(temporary.keyId) });
        QVERIFY2(revoked.exitCode == 0, revoked.err.constData());
        const HttpReply refused = call(temporary, "/v1/desk/envelopes/list", page(0, 1));
        QCOMPARE(refused.status, 401);
        QVERIFY2(error(refused).contains(QLatin1StringView("revoked")), qPrintable(error(refused)));
        const AdminResult listed = admin({ QStringLiteral("desks") });
        QVERIFY(
            listed.out.contains(QByteArray(temporary.keyId + "\tPolice hub\tLaptop to be revoked\trevoked")));
    }

    void adminRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString key = QString::fromLatin1(protocol::generateSigningKeyPair().publicKey.toBase64());
        QTest::newRow("desk key not base64") << QStringList { QStringLiteral("add-desk"),
            QStringLiteral("--organisation"), QStringLiteral("Police hub"), QStringLiteral("--name"),
            QStringLiteral("x"), QStringLiteral("--desk-key"), QStringLiteral("abc") }
                                             << 64 << "32 bytes in canonical base64";
        QTest::newRow("name with a bidi override") << QStringList { QStringLiteral("add-desk"),
            QStringLiteral("--organisation"), QStringLiteral("Police hub"), QStringLiteral("--name"),
            QStringLiteral("desk\u202e1"), QStringLiteral("--desk-key"), key }
                                                   << 64 << "without control or format characters";
        QTest::newRow("desk key registered twice")
            << QStringList { QStringLiteral("add-desk"), QStringLiteral("--organisation"),
                   QStringLiteral("Police hub"), QStringLiteral("--name"), QStringLiteral("again"),
                   QStringLiteral("--desk-key"), QString::fromLatin1(m_hubDesk1.key.publicKey.toBase64()) }
            << 1 << "already registered";
        QTest::newRow("revoke an unknown desk") << QStringList { QStringLiteral("revoke-desk"),
            QStringLiteral("--desk"), QStringLiteral("00112233445566778899aabbccddeeff") }
                                                << 1 << "no desk has the key id";
        QTest::newRow("missing option") << QStringList { QStringLiteral("add-desk"),
            QStringLiteral("--organisation"), QStringLiteral("Police hub") }
                                        << 64 << "--name";
    }

    void adminRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const AdminResult result = admin(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_DeskApi)
#include "tst_deskapi.moc"
