// SPDX-License-Identifier: GPL-3.0-or-later
// Delivery against real servers on loopback: the real intake, and hostile stand-ins for
// captive portals and impostors. A local copy goes only after a valid receipt.
#include "delivery/forwarder.h"
#include "intakeprocess.h"
#include "protocol/envelope.h"
#include "store/outbox.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace harbour;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Answers every request with one canned HTTP response, like a captive portal would.
class CannedServer : public QTcpServer
{
public:
    explicit CannedServer(QByteArray response)
        : m_response(std::move(response))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (m_received.contains("\r\n\r\n")) {
                        ++m_requests;
                        socket->write(m_response);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1/envelopes").arg(serverPort())); }
    int requests() const { return m_requests; }

private:
    QByteArray m_response;
    QByteArray m_received;
    int m_requests = 0;
};

QByteArray httpResponse(const QByteArray &status, const QByteArray &type, const QByteArray &body)
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + type
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

class TestDelivery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_keyFile;
    QByteArray m_publicKey;

    protocol::Envelope envelope()
    {
        auto sealed = protocol::seal(
            QByteArrayLiteral("{\"answers\":{\"narrative\":\"delivery test\"}}"), m_publicKey);
        Q_ASSERT(sealed.ok());
        return sealed.value();
    }

    // Sends one envelope to a server that never gives a valid receipt; the copy must stay.
    void expectKeptAfter(CannedServer &server, const QString &reasonPart)
    {
        QTemporaryDir data;
        auto outbox = store::Outbox::openInDirectory(data.path());
        QVERIFY(outbox.ok());
        QVERIFY(outbox.value()
                    ->enqueue(envelope(), QStringLiteral("HB-KEEP-0001"), QStringLiteral("Org"), server.url(),
                        QDateTime::currentMSecsSinceEpoch())
                    .ok());
        delivery::Forwarder forwarder(outbox.value().get());
        forwarder.setBackoff(60000, 60000);
        forwarder.setPacing(0, 0, 0); // loopback proof: no retry floor, no gap between envelopes
        QSignalSpy failed(&forwarder, &delivery::Forwarder::attemptFailed);
        QSignalSpy delivered(&forwarder, &delivery::Forwarder::delivered);
        forwarder.kick();
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().at(1).toString().contains(reasonPart),
            qPrintable(failed.first().at(1).toString()));
        QCOMPARE(delivered.count(), 0);
        // The admission question (answered with the same canned page, so the protocol's default
        // difficulty is used) and the envelope itself, once.
        QCOMPARE(server.requests(), 2);
        QCOMPARE(outbox.value()->pendingCount(), 1);
        QCOMPARE(outbox.value()->deliveredCount(), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_keyFile = testsupport::makeOrganisationKey(m_dir.path(), QByteArrayLiteral("delivery passphrase"));
        QVERIFY(!m_keyFile.isEmpty());
        m_publicKey = testsupport::publicKeyOf(m_keyFile);
        QCOMPARE(m_publicKey.size(), protocol::kPublicKeyBytes);
    }

    void deliversOnceWhenTheIntakeComesUpLater()
    {
        const quint16 port = freePort();
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/v1/envelopes").arg(port));
        QTemporaryDir data;
        auto outbox = store::Outbox::openInDirectory(data.path());
        QVERIFY(outbox.ok());
        QVERIFY(outbox.value()
                    ->enqueue(envelope(), QStringLiteral("HB-LATE-0001"), QStringLiteral("Org"), url,
                        QDateTime::currentMSecsSinceEpoch())
                    .ok());

        delivery::Forwarder forwarder(outbox.value().get());
        forwarder.setBackoff(100, 400);
        forwarder.setPacing(0, 0, 0); // loopback proof: no retry floor, no gap between envelopes
        QSignalSpy failed(&forwarder, &delivery::Forwarder::attemptFailed);
        QSignalSpy delivered(&forwarder, &delivery::Forwarder::delivered);
        forwarder.kick();
        // The intake is down: attempts fail and the envelope stays queued.
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 2, 10000);
        QCOMPARE(delivered.count(), 0);
        QCOMPARE(outbox.value()->pendingCount(), 1);

        const QString store = data.filePath(QStringLiteral("intake.db"));
        testsupport::IntakeProcess intake;
        QVERIFY(intake.start(store, { m_keyFile + QStringLiteral(".pub") }, port));
        QVERIFY(delivered.wait(15000));
        QCOMPARE(delivered.first().at(1).toString(), QStringLiteral("HB-LATE-0001"));
        QCOMPARE(outbox.value()->pendingCount(), 0);
        QCOMPARE(outbox.value()->deliveredCount(), 1);
        QCOMPARE(outbox.value()->stateOf(QStringLiteral("HB-LATE-0001")), store::Outbox::State::Sent);

        // Nothing more is sent afterwards: delivered exactly once.
        QTest::qWait(1000);
        QCOMPARE(delivered.count(), 1);
        intake.stop();
        QCOMPARE(testsupport::storedEnvelopeCount(store), 1);
        qInfo(
            "delivery: intake down for %lld attempts, then delivered 1, stored 1", qlonglong(failed.count()));
    }

    void captivePortalPageIsNotAReceipt()
    {
        CannedServer portal(httpResponse(
            "200 OK", "text/html", "<html><body>Welcome to Free WiFi. Log in to continue.</body></html>"));
        expectKeptAfter(portal, QStringLiteral("no valid receipt"));
    }

    void redirectIsNotFollowed()
    {
        CannedServer portal(
            "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:1/login\r\nContent-Length: 0\r\n"
            "Connection: close\r\n\r\n");
        expectKeptAfter(portal, QStringLiteral("302"));
    }

    void receiptForAnotherEnvelopeIsRejected()
    {
        const auto other = envelope();
        CannedServer impostor(httpResponse("201 Created", "application/json",
            protocol::makeReceipt(other, QDateTime::currentDateTimeUtc()).toJson()));
        expectKeptAfter(impostor, QStringLiteral("another envelope"));
    }

    void serverErrorKeepsTheCopy()
    {
        CannedServer broken(
            httpResponse("503 Service Unavailable", "application/json", "{\"error\":\"busy\"}"));
        expectKeptAfter(broken, QStringLiteral("503"));
    }
};

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"
