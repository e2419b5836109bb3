// SPDX-License-Identifier: GPL-3.0-or-later
// The real harbour-intake on a loopback port: receipts, idempotency, and every kind of bad input.
#include "intakeprocess.h"
#include "receivertestutil.h"

#include "crypto/sodium.h"
#include "intake/intakestore.h"
#include "protocol/admission.h"
#include "protocol/envelope.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace harbour;
using namespace harbour::testsupport;

namespace {

// Canaries: none of these may ever appear in the intake's output.
const QByteArray kUserAgent = QByteArrayLiteral("HarbourCanaryAgent/9.1 (ua-canary-7f3e)");
const QByteArray kForwardedFor = QByteArrayLiteral("198.51.100.77");
const QByteArray kReference = QByteArrayLiteral("HB-CANA-RY42");

} // namespace

class tst_Intake : public QObject
{
    Q_OBJECT

private:
    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body, Headers headers)
    {
        headers.append({ "User-Agent", kUserAgent });
        headers.append({ "X-Forwarded-For", kForwardedFor });
        QUrl url = m_intake.baseUrl();
        url.setPath(path);
        return httpRequest(method, url, body, headers);
    }

    protocol::Envelope sealReport(const QByteArray &recipientPublicKey, const QString &narrative)
    {
        const QByteArray report = makeReport(QString::fromLatin1(kReference), QStringLiteral("self"),
            QJsonObject { { QStringLiteral("what_happened"), narrative } }, { QStringLiteral("race") }, false)
                                      .toCanonicalJson();
        auto sealed = protocol::seal(report, recipientPublicKey);
        if (!sealed)
            qFatal("cannot seal: %s", qPrintable(sealed.error()));
        return sealed.value();
    }

    static void checkJsonError(const HttpReply &reply)
    {
        QVERIFY2(reply.contentType.startsWith("application/json"), reply.contentType.constData());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isObject());
        QVERIFY2(!doc.object().value(QLatin1StringView("error")).toString().trimmed().isEmpty(),
            reply.body.constData());
    }

    QTemporaryDir m_dir;
    QString m_store;
    QString m_keyFile;
    QByteArray m_publicKey;
    IntakeProcess m_intake;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_keyFile = makeOrganisationKey(m_dir.path(), QByteArrayLiteral("intake test passphrase"));
        QVERIFY(!m_keyFile.isEmpty());
        m_publicKey = publicKeyOf(m_keyFile);
        QCOMPARE(m_publicKey.size(), protocol::kPublicKeyBytes);
        m_store = m_dir.filePath(QStringLiteral("intake.db"));
        QVERIFY(m_intake.start(m_store, { m_keyFile + QStringLiteral(".pub") }));
        QVERIFY(m_intake.port() > 0);
        QCOMPARE(storedEnvelopeCount(m_store), 0);
    }

    void health()
    {
        const HttpReply reply = send("GET", QStringLiteral("/v1/health"), {}, {});
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.contentType.startsWith("application/json"));
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(QLatin1StringView("ok")).toBool(), true);
    }

    void storesOnceAndAnswersWithTheSameReceipt()
    {
        const protocol::Envelope envelope = sealReport(m_publicKey, QStringLiteral("first report"));
        const Headers headers = envelopeHeaders(envelope);

        const QDateTime before = QDateTime::currentDateTimeUtc();
        const HttpReply first = send("POST", QStringLiteral("/v1/envelopes"), envelope.toJson(), headers);
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QCOMPARE(first.status, 201);
        QVERIFY(first.contentType.startsWith("application/json"));
        const auto receipt = protocol::verifyReceipt(first.body, envelope);
        QVERIFY2(receipt.ok(), qPrintable(receipt.error()));
        // Rounded down to the hour, so the receipt says no more about when than it must.
        QVERIFY(receipt->stored == protocol::roundedToHour(before)
            || receipt->stored == protocol::roundedToHour(after));
        QCOMPARE(storedEnvelopeCount(m_store), 1);

        const HttpReply again = send("POST", QStringLiteral("/v1/envelopes"), envelope.toJson(), headers);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, first.body);
        QCOMPARE(storedEnvelopeCount(m_store), 1);

        // The row holds the canonical envelope and the receipt as sent.
        auto store = receiver::IntakeStore::open(m_store, receiver::IntakeStore::OpenMode::ExistingOnly);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        auto row = store.value()->find(envelope.id);
        QVERIFY(row.ok() && row->has_value());
        QCOMPARE(row->value().envelopeJson, envelope.toJson());
        QCOMPARE(row->value().receiptJson, first.body);
        QCOMPARE(row->value().recipient, protocol::recipientKeyId(m_publicKey));
        QCOMPARE(row->value().stored, receipt->stored.toString(Qt::ISODate));

        // Same id, different sealed content: refused, and the first envelope is kept.
        protocol::Envelope impostor = sealReport(m_publicKey, QStringLiteral("other content"));
        impostor.id = envelope.id;
        const HttpReply conflict = send("POST", QStringLiteral("/v1/envelopes"), impostor.toJson(), headers);
        QCOMPARE(conflict.status, 409);
        checkJsonError(conflict);
        QCOMPARE(storedEnvelopeCount(m_store), 1);
        row = store.value()->find(envelope.id);
        QCOMPARE(row->value().envelopeJson, envelope.toJson());
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("idempotencyKey"); // empty: header left out
        QTest::addColumn<int>("status");

        const protocol::Envelope good = sealReport(m_publicKey, QStringLiteral("never stored"));
        const QByteArray json = QByteArrayLiteral("application/json");
        const QByteArray id = good.idHex();

        QTest::newRow("malformed JSON") << QByteArrayLiteral("POST") << QStringLiteral("/v1/envelopes")
                                        << QByteArrayLiteral("{\"v\":1,\"id\":") << json << id << 400;

        // Versions 1 and 2 are read (docs/protocol.md §14); a later one is refused.
        QJsonObject v3 = QJsonDocument::fromJson(good.toJson()).object();
        v3.insert(QStringLiteral("v"), 3);
        QTest::newRow("version 3") << QByteArrayLiteral("POST") << QStringLiteral("/v1/envelopes")
                                   << QJsonDocument(v3).toJson(QJsonDocument::Compact) << json << id << 400;

        QByteArray huge = good.toJson();
        huge.append(QByteArray(protocol::kMaxEnvelopeJsonBytes + 1 - huge.size(), ' '));
        QTest::newRow("body over 2 MiB")
            << QByteArrayLiteral("POST") << QStringLiteral("/v1/envelopes") << huge << json << id << 413;

        const protocol::Envelope stranger
            = sealReport(protocol::generateRecipientKeyPair().publicKey, QStringLiteral("for someone else"));
        QTest::newRow("unknown recipient key") << QByteArrayLiteral("POST") << QStringLiteral("/v1/envelopes")
                                               << stranger.toJson() << json << stranger.idHex() << 422;

        protocol::Envelope truncated = good;
        truncated.seal.chop(100);
        QTest::newRow("truncated seal") << QByteArrayLiteral("POST") << QStringLiteral("/v1/envelopes")
                                        << truncated.toJson() << json << id << 400;

        QByteArray badBase64 = good.toJson();
        const qsizetype sealAt = badBase64.indexOf("\"seal\":\"") + 8;
        badBase64[sealAt + 5] = '*';
        QTest::newRow("seal not base64")
            << QByteArrayLiteral("POST") << QStringLiteral("/v1/envelopes") << badBase64 << json << id << 400;

        QTest::newRow("missing Idempotency-Key")
            << QByteArrayLiteral("POST") << QStringLiteral("/v1/envelopes") << good.toJson() << json
            << QByteArray() << 400;
        QTest::newRow("mismatching Idempotency-Key")
            << QByteArrayLiteral("POST") << QStringLiteral("/v1/envelopes") << good.toJson() << json
            << QByteArray(32, 'a') << 400;
        QTest::newRow("wrong Content-Type") << QByteArrayLiteral("POST") << QStringLiteral("/v1/envelopes")
                                            << good.toJson() << QByteArrayLiteral("text/plain") << id << 415;
        QTest::newRow("GET on /v1/envelopes") << QByteArrayLiteral("GET") << QStringLiteral("/v1/envelopes")
                                              << QByteArray() << QByteArray() << QByteArray() << 405;
        QTest::newRow("PUT on /v1/envelopes") << QByteArrayLiteral("PUT") << QStringLiteral("/v1/envelopes")
                                              << good.toJson() << json << id << 405;
        QTest::newRow("POST on /v1/health") << QByteArrayLiteral("POST") << QStringLiteral("/v1/health")
                                            << good.toJson() << json << id << 405;
        QTest::newRow("unknown path") << QByteArrayLiteral("POST") << QStringLiteral("/v1/envelope")
                                      << good.toJson() << json << id << 404;
        QTest::newRow("root path") << QByteArrayLiteral("GET") << QStringLiteral("/") << QByteArray()
                                   << QByteArray() << QByteArray() << 404;
    }

    void refusesBadInput()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, idempotencyKey);
        QFETCH(int, status);

        const int before = storedEnvelopeCount(m_store);
        Headers headers;
        if (!contentType.isEmpty())
            headers.append({ "Content-Type", contentType });
        if (!idempotencyKey.isEmpty())
            headers.append({ "Idempotency-Key", idempotencyKey });
        // A proof for whatever id the key names, so each row is judged on what it is about.
        const QByteArray id = crypto::fromHexStrict(idempotencyKey, protocol::kEnvelopeIdBytes);
        if (!id.isEmpty())
            headers.append({ protocol::admission::kProofHeader,
                protocol::admission::proofText(*protocol::admission::solve(id, kTestAdmissionDifficulty)) });
        const HttpReply reply = send(method, path, body, headers);
        if (status == 413 && reply.status == 0) {
            // The intake answered from the Content-Length and closed without reading the body; Qt,
            // still writing it, saw the connection reset before the answer. The raw-socket rows of
            // refusesOversizedRequestsBeforeReadingThem read that answer.
            QCOMPARE(storedEnvelopeCount(m_store), before);
            return;
        }
        QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
        QCOMPARE(reply.status, status);
        checkJsonError(reply);
        QCOMPARE(storedEnvelopeCount(m_store), before);
    }

    // Declared lengths, framing and headers that must be refused before anything is buffered.
    void refusesOversizedRequestsBeforeReadingThem_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("statusLine");
        QTest::newRow("declared 9 GB body") << QByteArrayLiteral(
            "POST /v1/envelopes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Content-Length: 9000000000\r\n\r\n{\"v\":1")
                                            << QByteArrayLiteral("HTTP/1.1 413 ");
        QTest::newRow("chunked body") << QByteArrayLiteral(
            "POST /v1/envelopes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"v\":\r\n")
                                      << QByteArrayLiteral("HTTP/1.1 400 ");
        QTest::newRow("endless headers") << QByteArray(
            "POST /v1/envelopes HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + QByteArray(40000, 'x'))
                                         << QByteArray(); // answered 431 or closed: either is fine
        QTest::newRow("two different lengths") << QByteArrayLiteral(
            "POST /v1/envelopes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\n"
            "Content-Length: 4\r\n\r\nabcd") << QByteArrayLiteral("HTTP/1.1 400 ");
    }

    void refusesOversizedRequestsBeforeReadingThem()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, statusLine);
        const int before = storedEnvelopeCount(m_store);
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_intake.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(request);
        QByteArray response;
        while (socket.waitForReadyRead(5000))
            response += socket.readAll();
        response += socket.readAll();
        if (statusLine.isEmpty()) {
            // libmicrohttpd stops reading at its header limit; what it answers may be lost in the reset.
            QVERIFY2(response.isEmpty() || response.startsWith("HTTP/1.1 431 "), response.constData());
        } else {
            QVERIFY2(response.startsWith(statusLine), response.constData());
            QVERIFY(response.contains("Content-Type: application/json"));
            const QByteArray body = response.mid(response.indexOf("\r\n\r\n") + 4);
            QVERIFY2(!QJsonDocument::fromJson(body)
                          .object()
                          .value(QLatin1StringView("error"))
                          .toString()
                          .isEmpty(),
                body.constData());
        }
        QCOMPARE(storedEnvelopeCount(m_store), before);
        // The intake is still there for the next client.
        QCOMPARE(send("GET", QStringLiteral("/v1/health"), {}, {}).status, 200);
    }

    // A request arriving in pieces is answered, and then the connection is closed: one request per
    // connection, so a second one sent behind it is never read (receiver/README.md "HTTP API").
    void oneRequestPerConnection()
    {
        const protocol::Envelope envelope = sealReport(m_publicKey, QStringLiteral("sent in pieces"));
        const QByteArray body = envelope.toJson();
        const QByteArray post
            = "POST /v1/envelopes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              "Idempotency-Key: "
            + envelope.idHex() + "\r\n" + protocol::admission::kProofHeader + ": "
            + protocol::admission::proofText(
                *protocol::admission::solve(envelope.id, kTestAdmissionDifficulty))
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nUser-Agent: " + kUserAgent
            + "\r\n\r\n" + body;
        const QByteArray health = QByteArrayLiteral("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_intake.port());
        QVERIFY(socket.waitForConnected(5000));
        for (const QByteArray &piece :
            { post.left(30), post.mid(30, 200), post.mid(230, 700), post.mid(930) }) {
            socket.write(piece);
            QVERIFY(socket.waitForBytesWritten(5000));
            QTest::qWait(20);
        }
        QByteArray responses;
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
            responses += socket.readAll();
        responses += socket.readAll();
        QVERIFY2(responses.startsWith("HTTP/1.1 201 "), responses.constData());
        QVERIFY2(responses.contains("\r\nConnection: close\r\n"), responses.constData());
        QCOMPARE(responses.count("HTTP/1.1 "), 1);
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState); // closed by the intake
        socket.close();

        // A request sent behind another on the same connection gets no answer of its own.
        QTcpSocket pipelined;
        pipelined.connectToHost(QStringLiteral("127.0.0.1"), m_intake.port());
        QVERIFY(pipelined.waitForConnected(5000));
        pipelined.write(health + health);
        QByteArray answers;
        while (pipelined.waitForReadyRead(3000))
            answers += pipelined.readAll();
        QVERIFY2(answers.count("HTTP/1.1 ") <= 1, answers.constData());
        auto store = receiver::IntakeStore::open(m_store, receiver::IntakeStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        auto row = store.value()->find(envelope.id);
        QVERIFY(row.ok() && row->has_value());
    }

    void logsNoAddressUserAgentOrContent()
    {
        // Make sure every kind of answer has been logged at least once by now.
        const protocol::Envelope envelope = sealReport(m_publicKey, QStringLiteral("logged?"));
        QCOMPARE(send("POST", QStringLiteral("/v1/envelopes"), envelope.toJson(), envelopeHeaders(envelope))
                     .status,
            201);
        const QByteArray output = m_intake.output();
        const QByteArray listening
            = "harbour-intake: listening on http://127.0.0.1:" + QByteArray::number(m_intake.port());
        QVERIFY2(output.startsWith(QByteArray(listening + '\n')), output.constData());
        QCOMPARE(output.count("127.0.0.1"), 1);
        QVERIFY2(
            !output.contains("ua-canary-7f3e") && !output.contains("HarbourCanaryAgent"), output.constData());
        QVERIFY2(!output.contains(kForwardedFor), output.constData());
        QVERIFY2(!output.contains(kReference), output.constData());
        QVERIFY2(!output.contains(envelope.seal.toBase64().left(24)), output.constData());
        // Nothing that times an envelope: no id, only counts per hour (and at stop).
        QVERIFY2(!output.contains(envelope.idHex()), output.constData());
    }

    void stopsCleanlyAndKeepsReceiptsAcrossRestarts()
    {
        const protocol::Envelope envelope = sealReport(m_publicKey, QStringLiteral("survives a restart"));
        const Headers headers = envelopeHeaders(envelope);
        const HttpReply first = send("POST", QStringLiteral("/v1/envelopes"), envelope.toJson(), headers);
        QCOMPARE(first.status, 201);
        const int count = storedEnvelopeCount(m_store);

        m_intake.stop();
        QVERIFY2(m_intake.exitedCleanly(), m_intake.output().constData());
        {
            auto store = receiver::IntakeStore::open(m_store, receiver::IntakeStore::OpenMode::ExistingOnly);
            QVERIFY(store.ok());
            QCOMPARE(store.value()->integrityCheck(), QStringLiteral("ok"));
        }

        // A kill -9 loses nothing that was answered with a receipt.
        QVERIFY(m_intake.start(m_store, { m_keyFile + QStringLiteral(".pub") }));
        const protocol::Envelope second = sealReport(m_publicKey, QStringLiteral("before a crash"));
        QCOMPARE(
            send("POST", QStringLiteral("/v1/envelopes"), second.toJson(), envelopeHeaders(second)).status,
            201);
        m_intake.kill();
        QCOMPARE(storedEnvelopeCount(m_store), count + 1);

        QVERIFY(m_intake.start(m_store, { m_keyFile + QStringLiteral(".pub") }));
        const HttpReply again = send("POST", QStringLiteral("/v1/envelopes"), envelope.toJson(), headers);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, first.body);
        QCOMPARE(storedEnvelopeCount(m_store), count + 1);
    }

    void honoursMaxBody()
    {
        const QString store = m_dir.filePath(QStringLiteral("small.db"));
        IntakeProcess small;
        QVERIFY(small.start(store, { m_keyFile + QStringLiteral(".pub") }, 0,
            { QStringLiteral("--max-body"), QStringLiteral("4096") }));
        const protocol::Envelope fits = sealReport(m_publicKey, QStringLiteral("short"));
        QVERIFY(fits.toJson().size() < 4096);
        QCOMPARE(postEnvelope(small.envelopesUrl(), fits, kUserAgent).status, 201);
        const protocol::Envelope tooBig = sealReport(m_publicKey, QString(5000, u'x'));
        QVERIFY(tooBig.toJson().size() > 4096);
        const HttpReply reply = postEnvelope(small.envelopesUrl(), tooBig, kUserAgent);
        QCOMPARE(reply.status, 413);
        checkJsonError(reply);
        small.stop();
        QVERIFY(small.exitedCleanly());
        QCOMPARE(storedEnvelopeCount(store), 1);
    }

    void refusesBadCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        const QString pub = m_keyFile + QStringLiteral(".pub");
        const QString store = m_dir.filePath(QStringLiteral("other.db"));
        QTest::newRow("no recipient key")
            << QStringList { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--store"), store }
            << 64 << QByteArrayLiteral("--recipient-key");
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("--colour"), QStringLiteral("--recipient-key"), pub } << 64
            << QByteArrayLiteral("colour");
        QTest::newRow("bad port") << QStringList { QStringLiteral("--port"), QStringLiteral("70000"),
            QStringLiteral("--recipient-key"), pub }
                                  << 64 << QByteArrayLiteral("--port");
        QTest::newRow("bad address") << QStringList { QStringLiteral("--listen"),
            QStringLiteral("localhost.example"), QStringLiteral("--recipient-key"), pub }
                                     << 64 << QByteArrayLiteral("--listen");
        QTest::newRow("secret key given") << QStringList { QStringLiteral("--port"), QStringLiteral("0"),
            QStringLiteral("--store"), store, QStringLiteral("--recipient-key"), m_keyFile }
                                          << 1 << QByteArrayLiteral("secret");
        QTest::newRow("missing key file")
            << QStringList { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--store"), store,
                   QStringLiteral("--recipient-key"), m_dir.filePath(QStringLiteral("nothing.pub")) }
            << 1 << QByteArrayLiteral("nothing.pub");
    }

    void refusesBadCommandLines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        QProcess process;
        process.start(binaryPath(QStringLiteral("harbour-intake")), arguments);
        QVERIFY(process.waitForFinished(10000));
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitCode(), exitCode);
        QVERIFY2(err.contains(message), err.constData());
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    void cleanupTestCase()
    {
        m_intake.stop();
        QVERIFY2(m_intake.exitedCleanly(), m_intake.output().constData());
    }
};

QTEST_GUILESS_MAIN(tst_Intake)
#include "tst_intake.moc"
