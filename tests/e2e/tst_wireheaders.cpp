// SPDX-License-Identifier: GPL-3.0-or-later
// What the app says about the device on the wire: the real app core (ReportSession, its Forwarder)
// sends a report through a capturing proxy on loopback to the real intake, under the locale ctest
// gives it (Polish, Arabic, Welsh, C). Every request must carry only the headers docs/protocol.md
// §11.6 lists, with the same values whatever the language, and each envelope its own connection;
// sent directly and through Tor (a SOCKS5 stand-in for tor, one organisation with an onion address).
// A follow-up code's look at the mailbox (the way back, §19.3) is captured the same way.
#include "base/languages.h"
#include "captureproxy.h"
#include "delivery/forwarder.h"
#include "protocol/mailbox.h"
#include "session/followup.h"
#include "sessionfixture.h"
#include "socksproxy.h"

#include <QTest>

using namespace harbour;

namespace {
// docs/protocol.md §11.6: the only headers a request of the app may carry.
const QList<QByteArray> kGetHeaders
    = { "accept-encoding", "accept-language", "connection", "host", "user-agent" };
const QList<QByteArray> kPostHeaders = { "accept-encoding", "accept-language", "connection", "content-length",
    "content-type", "harbour-admission", "host", "idempotency-key", "user-agent" };
// A look at the follow-up mailbox (§19.3): the same headers, and the signed request's own.
const QList<QByteArray> kMailboxHeaders
    = { "accept-encoding", "accept-language", "connection", "content-digest", "content-length",
          "content-type", "harbour-admission", "host", "signature", "signature-input", "user-agent" };

// Opens a new follow-up code with the session, as "I have a follow-up code" does: every intake the
// app knows is asked for the mailbox's replies. True once the look is over (no replies expected).
bool lookAtMailbox(harbour::session::ReportSession &session)
{
    harbour::session::FollowUp *followUp = session.followUp();
    if (!followUp->open(QString::fromLatin1(harbour::protocol::mailbox::generateCode())))
        return false;
    return QTest::qWaitFor(
        [followUp] {
            const auto state = followUp->state();
            return state == harbour::session::FollowUp::State::Ready
                || state == harbour::session::FollowUp::State::Failed;
        },
        60000);
}

// What each request of a capture is (its first line) and whether its headers are the listed ones.
const QList<QByteArray> &listedHeadersFor(const QByteArray &head)
{
    if (head.startsWith("POST /v1/mailbox/"))
        return kMailboxHeaders;
    return head.startsWith("POST ") ? kPostHeaders : kGetHeaders;
}
} // namespace

class TestWireHeaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRequestCarriesOnlyTheListedHeaders_data()
    {
        QTest::addColumn<bool>("throughTor");
        QTest::newRow("direct") << false;
        QTest::newRow("through tor") << true;
    }

    void everyRequestCarriesOnlyTheListedHeaders()
    {
        QFETCH(bool, throughTor);
        // ctest sets LC_ALL and LANG; Qt would otherwise send this locale as Accept-Language.
        const QString expected = qEnvironmentVariable("HARBOUR_EXPECT_LOCALE");
        QVERIFY2(QLocale::system().name().startsWith(expected), qPrintable(QLocale::system().name()));

        testsupport::SessionFixture fixture(QByteArrayLiteral("wire passphrase"));
        QVERIFY(fixture.isValid());
        testsupport::CaptureProxy proxy(fixture.organisation().intake().port());
        QVERIFY(proxy.isListening());
        testsupport::SocksProxy tor;
        const QString onion
            = QStringLiteral("aaaqeayeaudaocajbifqydiob4ibceqtcqkrmfyydenbwha5dyp3kead.onion");
        tor.mapHost(onion, proxy.serverPort());
        session::AppConfig config = fixture.config();
        config.torSocksPort = tor.serverPort();
        // Two organisations on the one intake: two envelopes, which must not share a connection.
        config.recipients
            = { { QStringLiteral("Wire A"), proxy.envelopesUrl(), fixture.organisation().publicKey(), onion },
                  { QStringLiteral("Wire B"), proxy.envelopesUrl(), fixture.organisation().publicKey() } };
        QVERIFY(fixture.start(config));
        session::ReportSession &session = *fixture.session();
        session.preferences()->setSendThroughTor(throughTor);
        session.report()->setAnswer(QStringLiteral("narrative"), QStringLiteral("wire header test"));
        QVERIFY(session.send());
        QTRY_COMPARE_WITH_TIMEOUT(
            session.deliveryState(), session::ReportSession::DeliveryState::Sent, 20000);
        // The way back: a follow-up code typed in, and every intake asked for its mailbox.
        QVERIFY(lookAtMailbox(session));
        QCOMPARE(session.followUp()->state(), session::FollowUp::State::Ready);

        const QList<QByteArray> heads = proxy.requestHeads();
        int gets = 0, posts = 0, mailbox = 0;
        for (const QByteArray &head : heads) {
            const bool post = head.startsWith("POST /v1/envelopes HTTP/1.1\r\n");
            const bool get = head.startsWith("GET /v1/admission HTTP/1.1\r\n");
            const bool fetch = head.startsWith("POST /v1/mailbox/fetch HTTP/1.1\r\n");
            QVERIFY2(post || get || fetch, head.left(head.indexOf('\r')).constData());
            (post ? posts : get ? gets : mailbox) += 1;
            QList<QByteArray> names = testsupport::headerNames(head);
            std::sort(names.begin(), names.end());
            QVERIFY2(names == listedHeadersFor(head), head.constData());
            QCOMPARE(
                testsupport::headerValue(head, "User-Agent"), QByteArray(delivery::Forwarder::kUserAgent));
            QVERIFY2(testsupport::headerValue(head, "Accept-Language").isEmpty(), head.constData());
            QCOMPARE(testsupport::headerValue(head, "Accept-Encoding"), QByteArray("identity"));
            QCOMPARE(testsupport::headerValue(head, "Host"),
                QStringLiteral("127.0.0.1:%1").arg(proxy.serverPort()).toLatin1());
            // Nothing of the locale anywhere in the head (pl_PL, pl-PL, ar-EG…).
            const QString name = QLocale::system().name();
            if (name != QLatin1StringView("C")) {
                QVERIFY2(!head.contains(name.toLatin1()), head.constData());
                QVERIFY2(!head.contains(QString(name).replace(u'_', u'-').toLatin1()), head.constData());
            }
        }
        std::printf(
            "wire-headers: locale %s, %s, %d requests (%d admission, %d envelopes, %d mailbox) over %d "
            "connections, 0 headers outside the list\n",
            qPrintable(QLocale::system().name()), throughTor ? "through tor" : "direct", int(heads.size()),
            gets, posts, mailbox, int(proxy.connections().size()));
        std::fflush(stdout);
        QVERIFY(gets >= 1);
        QCOMPARE(posts, 2);
        // Directly one intake (both organisations share it); through Tor one of them by its onion
        // address, so two ways to the intake, each asked once.
        QCOMPARE(mailbox, throughTor ? 2 : 1);
        // One connection per envelope: no connection carries two envelopes.
        for (const QByteArray &bytes : proxy.connections())
            QVERIFY(bytes.count("POST /v1/envelopes") <= 1);
        // Through Tor every connection came through the SOCKS port; directly, none did.
        QCOMPARE(int(tor.connects().size()), throughTor ? int(proxy.connections().size()) : 0);
    }

    // The language chosen in the app (not the system's) changes nothing on the wire either.
    void everyAppLanguageSendsTheSameHeaders()
    {
        testsupport::SessionFixture fixture(QByteArrayLiteral("wire language passphrase"));
        QVERIFY(fixture.isValid());
        testsupport::CaptureProxy proxy(fixture.organisation().intake().port());
        QVERIFY(proxy.isListening());
        session::AppConfig config = fixture.config();
        config.recipients
            = { { QStringLiteral("Wire"), proxy.envelopesUrl(), fixture.organisation().publicKey() } };
        QVERIFY(fixture.start(config));
        session::ReportSession &session = *fixture.session();
        session.forwarder()->setPacing(60000, 0, 0); // one envelope per report: no gap to wait for
        QSet<QByteArray> variants; // every request head with its per-request values taken out
        int reports = 0;
        for (const Language &language : shippedLanguages()) {
            session.setLanguage(language.code);
            QCOMPARE(session.language(), language.code);
            session.report()->setAnswer(QStringLiteral("narrative"), QStringLiteral("wire language test"));
            QVERIFY(session.send());
            QTRY_COMPARE_WITH_TIMEOUT(
                session.deliveryState(), session::ReportSession::DeliveryState::Sent, 20000);
            session.clear();
            QVERIFY(lookAtMailbox(session)); // the follow-up code's look, in this language
            session.clear();
            ++reports;
        }
        for (QByteArray head : proxy.requestHeads()) {
            QList<QByteArray> names = testsupport::headerNames(head);
            std::sort(names.begin(), names.end());
            QVERIFY2(names == listedHeadersFor(head), head.constData());
            for (const QByteArray name : { "Idempotency-Key", "Harbour-Admission", "Content-Length",
                     "Content-Digest", "Signature-Input", "Signature" }) {
                const QByteArray value = testsupport::headerValue(head, name);
                if (!value.isEmpty())
                    head.replace(value, "*");
            }
            variants.insert(head);
        }
        std::printf("wire-headers: %d app languages, %d requests: %d distinct request heads (one admission, "
                    "one envelope, one mailbox fetch), 0 headers outside the list\n",
            reports, int(proxy.requestHeads().size()), int(variants.size()));
        std::fflush(stdout);
        QCOMPARE(reports, int(shippedLanguages().size()));
        // The admission question, the envelope and the mailbox fetch: the same three heads whatever
        // the language.
        QCOMPARE(variants.size(), 3);
    }
};

// A GUI application: choosing a right-to-left language mirrors the layout (QGuiApplication).
QTEST_MAIN(TestWireHeaders)
#include "tst_wireheaders.moc"
