// SPDX-License-Identifier: GPL-3.0-or-later
// DeskClient against a canned HTTP server on loopback that records each request: what a desk sends
// (one constant User-Agent, an empty Accept-Language under a Polish locale, no cookies, a §18.2
// signature that verifies for the path and body) and a clear error for every refusal and every
// malformed or missing answer.
#include "core/deskclient.h"
#include "crypto/sodium.h"
#include "protocol/desksignature.h"
#include "protocol/envelope.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace harbour;

namespace {

// Answers every request with `response` (a whole HTTP response), or never when it is empty.
class CannedServer : public QTcpServer
{
public:
    QByteArray response;
    QList<QByteArray> requests;

    CannedServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = nextPendingConnection();
            auto *buffer = new QByteArray;
            // The socket as context: the server's own connections are gone before its children
            // (the sockets) are deleted, so a connection in the server's name would never run.
            connect(socket, &QObject::destroyed, socket, [buffer] { delete buffer; });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                *buffer += socket->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end).toLower();
                const qsizetype at = head.indexOf("content-length: ");
                const qsizetype length
                    = at < 0 ? 0 : head.mid(at + 16, head.indexOf('\r', at) - at - 16).toLongLong();
                if (buffer->size() < end + 4 + length)
                    return;
                requests.append(*buffer);
                buffer->clear();
                if (response.isEmpty())
                    return; // a server that never answers
                socket->write(response);
                socket->disconnectFromHost();
            });
        });
        listen(QHostAddress::LocalHost);
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

    void answer(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
    {
        response = "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
            + extraHeaders + "Content-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n" + body;
    }
};

// A header's value as received (first occurrence), or null when absent.
QByteArray header(const QByteArray &request, const QByteArray &name)
{
    for (const QByteArray &line : request.left(request.indexOf("\r\n\r\n")).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return QByteArray();
}

} // namespace

class tst_DeskClient : public QObject
{
    Q_OBJECT

private:
    protocol::KeyPair m_desk;

private Q_SLOTS:
    void initTestCase()
    {
        crypto::ensureInitialised();
        m_desk = protocol::generateSigningKeyPair();
        // The test runs under LC_ALL=pl_PL.UTF-8 (CMakeLists.txt): Qt would send "pl-PL,en,*".
        QVERIFY(QLocale::system().name().startsWith(QStringLiteral("pl")));
    }

    void sendsASignedRequestThatSaysNothingAboutTheDesk()
    {
        CannedServer server;
        server.answer(200, "{\"envelopes\":[],\"more\":false}");
        desk::DeskClient client(server.url(), m_desk.secretKey);
        const auto page = client.listEnvelopes(7, 50);
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(server.requests.size(), 1);
        const QByteArray request = server.requests.constFirst();
        QVERIFY(request.startsWith("POST /v1/desk/envelopes/list HTTP/1.1\r\n"));
        QCOMPARE(header(request, "User-Agent"), QByteArray("Harbour-Desk"));
        const QByteArray language = header(request, "Accept-Language");
        QVERIFY2(language.isEmpty(), language.constData());
        QVERIFY(!request.contains("pl-PL"));
        QVERIFY(header(request, "Cookie").isNull());
        QCOMPARE(header(request, "Content-Type"), QByteArray("application/json"));
        const QByteArray body = request.mid(request.indexOf("\r\n\r\n") + 4);
        QCOMPARE(body, QByteArray("{\"after\":7,\"limit\":50}"));
        namespace sig = protocol::desk;
        const QByteArray digest = header(request, sig::kContentDigestHeader);
        QCOMPARE(digest, sig::contentDigest(body));
        const auto params = sig::parseSignatureInput(header(request, sig::kSignatureInputHeader));
        QVERIFY(params);
        QCOMPARE(params->keyId, sig::deskKeyId(m_desk.publicKey));
        QVERIFY(qAbs(params->created - QDateTime::currentSecsSinceEpoch()) < 60);
        const auto signature = sig::parseSignature(header(request, sig::kSignatureHeader));
        QVERIFY(signature);
        QVERIFY(sig::verifySignature(sig::signatureBase("POST", "/v1/desk/envelopes/list", digest, *params),
            *signature, m_desk.publicKey));
        // The list of headers is short and the same for every desk: nothing else identifies it.
        QStringList names;
        for (const QByteArray &line : request.left(request.indexOf("\r\n\r\n")).split('\n').mid(1))
            names << QString::fromLatin1(line.left(line.indexOf(':')).toLower());
        names.sort();
        QCOMPARE(names,
            QStringList({ QStringLiteral("accept-encoding"), QStringLiteral("accept-language"),
                QStringLiteral("connection"), QStringLiteral("content-digest"),
                QStringLiteral("content-length"), QStringLiteral("content-type"), QStringLiteral("host"),
                QStringLiteral("signature"), QStringLiteral("signature-input"),
                QStringLiteral("user-agent") }));
    }

    void readsPagesAndAppends()
    {
        CannedServer server;
        const QByteArray envelope
            = "{\"attachments\":[],\"id\":\"00112233445566778899aabbccddeeff\",\"recipient\":"
              "\"00112233445566778899aabbccddeeff\",\"seal\":\"AAAA\",\"v\":1}";
        server.answer(200,
            "{\"envelopes\":[{\"envelope\":" + envelope
                + ",\"seq\":3,\"stored\":\"2025-12-04T10:00:00Z\"}],"
                  "\"more\":true}");
        desk::DeskClient client(server.url(), m_desk.secretKey);
        const auto page = client.listEnvelopes(0);
        QVERIFY2(page, qPrintable(page.error()));
        QVERIFY(page->more);
        QCOMPARE(page->rows.size(), 1);
        QCOMPARE(page->rows.at(0).seq, 3);
        QCOMPARE(page->rows.at(0).envelopeJson, envelope);
        server.answer(200,
            "{\"events\":[{\"desk\":\"aa\",\"id\":\"bb\",\"sealed\":\"AAEC\",\"seq\":9}],\"more\":false}");
        const auto events = client.listEvents(0);
        QVERIFY2(events, qPrintable(events.error()));
        QCOMPARE(events->rows.at(0).sealed, QByteArray("\x00\x01\x02", 3));
        server.answer(201, "{\"seq\":12}");
        auto appended = client.appendEvent("00112233445566778899aabbccddeeff", QByteArray(600, 'x'));
        QVERIFY2(appended, qPrintable(appended.error()));
        QCOMPARE(appended->seq, 12);
        QVERIFY(!appended->alreadyAppended);
        server.answer(200, "{\"seq\":12}");
        appended = client.appendEvent("00112233445566778899aabbccddeeff", QByteArray(600, 'x'));
        QVERIFY(appended && appended->alreadyAppended);
    }

    void everyRefusalHasAClearReason_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("kind");
        const int refused = int(ErrorKind::Refused), other = int(ErrorKind::Other);
        QTest::newRow("401") << 401 << QByteArray("{\"error\":\"this desk key was revoked\"}") << QByteArray()
                             << QStringLiteral(
                                    "did not accept this desk's signed request: this desk key was revoked")
                             << refused;
        QTest::newRow("400") << 400 << QByteArray("{\"error\":\"unknown member \\\"x\\\"\"}") << QByteArray()
                             << QStringLiteral("refused the request as malformed: unknown member \"x\"")
                             << refused;
        QTest::newRow("404") << 404 << QByteArray("{\"error\":\"none\"}") << QByteArray()
                             << QStringLiteral("nothing at this address") << int(ErrorKind::NotFound);
        QTest::newRow("409") << 409 << QByteArray("{\"error\":\"another event already has this id\"}")
                             << QByteArray()
                             << QStringLiteral("already holds something different under this id") << refused;
        QTest::newRow("413") << 413 << QByteArray("{\"error\":\"too large\"}") << QByteArray()
                             << QStringLiteral("(HTTP 413): too large") << refused;
        QTest::newRow("503") << 503 << QByteArray("{\"error\":\"busy\"}") << QByteArray()
                             << QStringLiteral("cannot serve desks now (busy); try again later") << other;
        QTest::newRow("500, no reason") << 500 << QByteArray("<html>") << QByteArray()
                                        << QStringLiteral("(HTTP 500): no reason given") << other;
        QTest::newRow("redirect") << 302 << QByteArray() << QByteArray("Location: http://portal.example/\r\n")
                                  << QStringLiteral("redirect (HTTP 302), which a desk never follows")
                                  << other;
        QTest::newRow("reason with control characters")
            << 401 << QByteArray("{\"error\":\"bad\\u001b[31m\\u202eword\"}") << QByteArray()
            << QStringLiteral("bad [31m word") << refused;
        QTest::newRow("200, not JSON") << 200 << QByteArray("<html>captive portal</html>") << QByteArray()
                                       << QStringLiteral("is not a JSON object") << other;
        QTest::newRow("unknown member") << 200 << QByteArray("{\"envelopes\":[],\"more\":false,\"x\":1}")
                                        << QByteArray() << QStringLiteral("unknown member \"x\"") << other;
        QTest::newRow("repeated member")
            << 200 << QByteArray("{\"envelopes\":[],\"more\":false,\"more\":true}") << QByteArray()
            << QStringLiteral("repeats the member \"more\"") << other;
        QTest::newRow("more, but empty")
            << 200 << QByteArray("{\"envelopes\":[],\"more\":true}") << QByteArray()
            << QStringLiteral("empty but says more follow") << other;
        QTest::newRow("seq not whole")
            << 200
            << QByteArray("{\"envelopes\":[{\"envelope\":{},\"seq\":1.5,\"stored\":\"x\"}],\"more\":false}")
            << QByteArray() << QStringLiteral("no valid \"seq\"") << other;
    }

    void everyRefusalHasAClearReason()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, extra);
        QFETCH(QString, expected);
        QFETCH(int, kind);
        CannedServer server;
        server.answer(status, body, extra);
        desk::DeskClient client(server.url(), m_desk.secretKey);
        const auto page = client.listEnvelopes(0);
        QVERIFY(!page);
        QVERIFY2(page.error().contains(expected), qPrintable(page.error()));
        QCOMPARE(int(page.errorKind()), kind);
    }

    void noAnswerAndNoIntake()
    {
        CannedServer silent; // reads the request, never answers
        desk::DeskClient client(silent.url(), m_desk.secretKey);
        client.setTimeoutMs(300);
        const auto page = client.listEvents(0);
        QVERIFY(!page);
        QVERIFY2(page.error().contains(QStringLiteral("did not answer in time")), qPrintable(page.error()));

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();
        desk::DeskClient nobody(url, m_desk.secretKey);
        const auto none = nobody.listEvents(0);
        QVERIFY(!none);
        QVERIFY2(none.error().contains(QStringLiteral("cannot reach the intake")), qPrintable(none.error()));
    }

    void anAnswerTooLargeIsCutShort()
    {
        CannedServer server;
        server.answer(200, QByteArray(desk::DeskClient::kMaxAnswerBytes + 1024, ' '));
        desk::DeskClient client(server.url(), m_desk.secretKey);
        const auto page = client.listEnvelopes(0);
        QVERIFY(!page);
        QVERIFY2(page.error().contains(QStringLiteral("larger than")), qPrintable(page.error()));
    }
};

QTEST_GUILESS_MAIN(tst_DeskClient)
#include "tst_deskclient.moc"
