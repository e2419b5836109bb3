// SPDX-License-Identifier: GPL-3.0-or-later
// What the app says about the device on the wire: the real app core (ReportSession, its Forwarder)
// sends a report through a capturing proxy on loopback to the real intake, under the locale ctest
// gives it (Polish, Arabic, Welsh, C). Every request must carry only the headers docs/protocol.md
// §11.1 lists, with the same values whatever the language, and each envelope its own connection.
#include "captureproxy.h"
#include "delivery/forwarder.h"
#include "sessionfixture.h"

#include <QTest>

using namespace harbour;

namespace {
// docs/protocol.md §11.1: the only headers a request of the app may carry.
const QList<QByteArray> kGetHeaders
    = { "accept-encoding", "accept-language", "connection", "host", "user-agent" };
const QList<QByteArray> kPostHeaders = { "accept-encoding", "accept-language", "connection", "content-length",
    "content-type", "harbour-admission", "host", "idempotency-key", "user-agent" };
} // namespace

class TestWireHeaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRequestCarriesOnlyTheListedHeaders()
    {
        // ctest sets LC_ALL and LANG; Qt would otherwise send this locale as Accept-Language.
        const QString expected = qEnvironmentVariable("HARBOUR_EXPECT_LOCALE");
        QVERIFY2(QLocale::system().name().startsWith(expected), qPrintable(QLocale::system().name()));

        testsupport::SessionFixture fixture(QByteArrayLiteral("wire passphrase"));
        QVERIFY(fixture.isValid());
        testsupport::CaptureProxy proxy(fixture.organisation().intake().port());
        QVERIFY(proxy.isListening());
        session::AppConfig config = fixture.config();
        // Two organisations on the one intake: two envelopes, which must not share a connection.
        config.recipients
            = { { QStringLiteral("Wire A"), proxy.envelopesUrl(), fixture.organisation().publicKey() },
                  { QStringLiteral("Wire B"), proxy.envelopesUrl(), fixture.organisation().publicKey() } };
        QVERIFY(fixture.start(config));
        session::ReportSession &session = *fixture.session();
        session.report()->setAnswer(QStringLiteral("narrative"), QStringLiteral("wire header test"));
        QVERIFY(session.send());
        QTRY_COMPARE_WITH_TIMEOUT(
            session.deliveryState(), session::ReportSession::DeliveryState::Sent, 20000);

        const QList<QByteArray> heads = proxy.requestHeads();
        int gets = 0, posts = 0;
        for (const QByteArray &head : heads) {
            const bool post = head.startsWith("POST /v1/envelopes HTTP/1.1\r\n");
            const bool get = head.startsWith("GET /v1/admission HTTP/1.1\r\n");
            QVERIFY2(post || get, head.left(head.indexOf('\r')).constData());
            (post ? posts : gets) += 1;
            QList<QByteArray> names = testsupport::headerNames(head);
            std::sort(names.begin(), names.end());
            QVERIFY2(names == (post ? kPostHeaders : kGetHeaders), head.constData());
            QCOMPARE(
                testsupport::headerValue(head, "User-Agent"), QByteArray(delivery::Forwarder::kUserAgent));
            QVERIFY2(testsupport::headerValue(head, "Accept-Language").isEmpty(), head.constData());
            QCOMPARE(testsupport::headerValue(head, "Accept-Encoding"), QByteArray("identity"));
            // Nothing of the locale anywhere in the head (pl_PL, pl-PL, ar-EG…).
            const QString name = QLocale::system().name();
            if (name != QLatin1StringView("C")) {
                QVERIFY2(!head.contains(name.toLatin1()), head.constData());
                QVERIFY2(!head.contains(QString(name).replace(u'_', u'-').toLatin1()), head.constData());
            }
        }
        std::printf("wire-headers: locale %s, %d requests (%d admission, %d envelopes) over %d connections, "
                    "0 headers outside the list\n",
            qPrintable(QLocale::system().name()), int(heads.size()), gets, posts,
            int(proxy.connections().size()));
        std::fflush(stdout);
        QVERIFY(gets >= 1);
        QCOMPARE(posts, 2);
        // One connection per envelope: no connection carries two envelopes.
        for (const QByteArray &bytes : proxy.connections())
            QVERIFY(bytes.count("POST /v1/envelopes") <= 1);
    }
};

QTEST_GUILESS_MAIN(TestWireHeaders)
#include "tst_wireheaders.moc"
