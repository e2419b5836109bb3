// SPDX-License-Identifier: GPL-3.0-or-later
// Sending through Tor (docs/protocol.md §11.7), fast: the real app core (ReportSession, its
// Forwarder) with a SOCKS5 server on loopback standing in for the tor daemon, in front of the real
// intake. What goes to the SOCKS port (host names, never addresses looked up here; one SOCKS user
// per envelope, so tor gives each its own circuit), what reaches the intake (the listed headers
// only, Host the intake's own), and that a report queued for Tor waits, and says so, when no tor
// answers (but not when tor answers and the service is unreachable), and is never sent directly.
// The real tor over a private Tor network is tests/tor.
#include "captureproxy.h"
#include "delivery/forwarder.h"
#include "sessionfixture.h"
#include "socksproxy.h"

#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace harbour;

namespace {
// A valid version 3 onion address (the key 00 01 02 … 1f), standing for the intake's service.
const QString kOnion = QStringLiteral("aaaqeayeaudaocajbifqydiob4ibceqtcqkrmfyydenbwha5dyp3kead.onion");
const QList<QByteArray> kPostHeaders = { "accept-encoding", "accept-language", "connection", "content-length",
    "content-type", "harbour-admission", "host", "idempotency-key", "user-agent" };
const QList<QByteArray> kGetHeaders
    = { "accept-encoding", "accept-language", "connection", "host", "user-agent" };

// A port on which nothing listens (taken, then given back).
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}
} // namespace

class TestTorRoute : public QObject
{
    Q_OBJECT

private:
    // Two organisations on the fixture's intake behind `capture`: one with an onion address, one
    // without (reached through an "exit", as tor would for an intake with no onion service), named
    // "localhost" so the name, not an address, must reach the SOCKS port.
    session::AppConfig torConfig(
        testsupport::SessionFixture &fixture, const testsupport::CaptureProxy &capture, quint16 socksPort)
    {
        session::AppConfig config = fixture.config();
        const QByteArray key = fixture.organisation().publicKey();
        QUrl byName = capture.envelopesUrl();
        byName.setHost(QStringLiteral("localhost"));
        config.recipients = { { QStringLiteral("Onion organisation"), capture.envelopesUrl(), key, kOnion },
            { QStringLiteral("Exit organisation"), byName, key, QString() } };
        config.torSocksPort = socksPort;
        return config;
    }

private Q_SLOTS:
    void throughTorToTheOnionAndThroughAnExit()
    {
        testsupport::SessionFixture fixture(QByteArrayLiteral("tor route passphrase"));
        QVERIFY(fixture.isValid());
        testsupport::CaptureProxy capture(fixture.organisation().intake().port());
        testsupport::SocksProxy tor;
        QVERIFY(capture.isListening() && tor.isListening());
        tor.mapHost(kOnion, capture.serverPort());
        tor.mapHost(QStringLiteral("localhost"), capture.serverPort());
        QVERIFY(fixture.start(torConfig(fixture, capture, tor.serverPort())));
        session::ReportSession &session = *fixture.session();
        session.preferences()->setSendThroughTor(true);
        session.report()->setAnswer(QStringLiteral("narrative"), QStringLiteral("tor route test"));
        QVERIFY(session.send());
        QTRY_COMPARE_WITH_TIMEOUT(
            session.deliveryState(), session::ReportSession::DeliveryState::Sent, 30000);
        QVERIFY(!session.waitingForTor());

        // Every connection that reached the intake came through the SOCKS port: none went direct.
        QCOMPARE(capture.connections().size(), tor.connects().size());
        QSet<QByteArray> users;
        int toOnion = 0, toExit = 0, posts = 0;
        for (const auto &request : tor.connects()) {
            // A host name for tor to resolve (its own way), never an address looked up on the device.
            QCOMPARE(request.addressType, quint8(3));
            QVERIFY2(request.host == kOnion || request.host == QLatin1StringView("localhost"),
                qPrintable(request.host));
            QCOMPARE(request.port, capture.serverPort()); // the URL's port, kept through the onion
            (request.host == kOnion ? toOnion : toExit) += 1;
            QVERIFY(!request.user.isEmpty());
            // One SOCKS user (so one tor circuit) per envelope: the admission question and its
            // envelope may share one; two envelopes never do.
            posts += int(request.bytes.count("POST /v1/envelopes"));
            if (request.bytes.contains("POST /v1/envelopes")) {
                QVERIFY2(!users.contains(request.user), "two envelopes asked for the same tor circuit");
                users.insert(request.user);
            }
        }
        QCOMPARE(posts, 2);
        QVERIFY(toOnion >= 1 && toExit >= 1);
        // The requests themselves: the listed headers only, Host the intake's own name and port
        // whichever way they came (the onion address is not in them).
        const QByteArray port = ':' + QByteArray::number(capture.serverPort());
        for (const auto &request : tor.connects()) {
            const QByteArray host = request.host == kOnion ? "127.0.0.1" + port : "localhost" + port;
            for (const QByteArray &head : testsupport::requestHeads(request.bytes)) {
                QList<QByteArray> names = testsupport::headerNames(head);
                std::sort(names.begin(), names.end());
                QVERIFY2(names == (head.startsWith("POST ") ? kPostHeaders : kGetHeaders), head.constData());
                QCOMPARE(testsupport::headerValue(head, "Host"), host);
                QVERIFY(!head.contains(".onion"));
            }
        }
        std::printf("tor-route: %d envelopes delivered through the SOCKS port (%d connections to the onion "
                    "address, %d through an exit), %d SOCKS users, 0 direct connections\n",
            posts, toOnion, toExit, int(users.size()));
        std::fflush(stdout);
    }

    void torNotRunningWaitsAndNeverGoesDirect()
    {
        testsupport::SessionFixture fixture(QByteArrayLiteral("no tor passphrase"));
        QVERIFY(fixture.isValid());
        testsupport::CaptureProxy capture(fixture.organisation().intake().port());
        QVERIFY(capture.isListening());
        QVERIFY(fixture.start(torConfig(fixture, capture, closedPort())));
        session::ReportSession &session = *fixture.session();
        session.preferences()->setSendThroughTor(true);
        QSignalSpy failures(session.forwarder(), &delivery::Forwarder::attemptFailed);
        session.report()->setAnswer(QStringLiteral("narrative"), QStringLiteral("no tor test"));
        QVERIFY(session.send());
        QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 2, 20000); // both envelopes tried once
        QTRY_VERIFY_WITH_TIMEOUT(session.waitingForTor(), 10000);
        QCOMPARE(session.deliveryState(), session::ReportSession::DeliveryState::Queued);
        QCOMPARE(session.outbox()->pendingCount(), 2); // kept, to go through Tor later
        QTest::qWait(500);
        QCOMPARE(capture.connections().size(), 0); // nothing reached the intake another way
        std::printf(
            "tor-route: no tor at the SOCKS port: 2 envelopes waiting, 0 connections to the intake\n");
        std::fflush(stdout);
    }

    void torThereButTheServiceUnreachableIsNotTorMissing()
    {
        testsupport::SessionFixture fixture(QByteArrayLiteral("unreachable passphrase"));
        QVERIFY(fixture.isValid());
        testsupport::CaptureProxy capture(fixture.organisation().intake().port());
        testsupport::SocksProxy tor; // answers "host unreachable" for every name: no mapping
        QVERIFY(fixture.start(torConfig(fixture, capture, tor.serverPort())));
        session::ReportSession &session = *fixture.session();
        session.preferences()->setSendThroughTor(true);
        QSignalSpy failures(session.forwarder(), &delivery::Forwarder::attemptFailed);
        session.report()->setAnswer(QStringLiteral("narrative"), QStringLiteral("unreachable test"));
        QVERIFY(session.send());
        QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 2, 20000);
        QTest::qWait(1000); // the check of the SOCKS port has answered
        QVERIFY(!session.waitingForTor());
        QCOMPARE(session.outbox()->pendingCount(), 2);
        QCOMPARE(capture.connections().size(), 0);
    }

    void directWhenNotChosen()
    {
        testsupport::SessionFixture fixture(QByteArrayLiteral("direct passphrase"));
        QVERIFY(fixture.isValid());
        testsupport::CaptureProxy capture(fixture.organisation().intake().port());
        testsupport::SocksProxy tor;
        tor.mapHost(kOnion, capture.serverPort());
        QVERIFY(fixture.start(torConfig(fixture, capture, tor.serverPort())));
        session::ReportSession &session = *fixture.session();
        QVERIFY(!session.preferences()->sendThroughTor());
        session.report()->setAnswer(QStringLiteral("narrative"), QStringLiteral("direct test"));
        QVERIFY(session.send());
        QTRY_COMPARE_WITH_TIMEOUT(
            session.deliveryState(), session::ReportSession::DeliveryState::Sent, 30000);
        QCOMPARE(tor.connects().size(), 0);
        QVERIFY(capture.connections().size() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestTorRoute)
#include "tst_torroute.moc"
