// SPDX-License-Identifier: GPL-3.0-or-later
// Retries that do not become a beacon (docs/protocol.md §11.3), counted on a test clock against
// loopback servers that refuse for ever (4xx) or fail for ever (5xx), and through the app's core:
// a bounded number of attempts, then the person is told; never faster than the floor, even when
// the network comes and goes; a random gap between envelopes, each on its own connection; a report
// not delivered in the time allowed stops and says so.
#include "captureproxy.h"
#include "delivery/forwarder.h"
#include "protocol/envelope.h"
#include "sessionfixture.h"
#include "store/outbox.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace harbour;

namespace {
QByteArray answer(int status)
{
    const QByteArray body = "{\"error\":\"no\"}";
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
        + "Harbour-Admission-Difficulty: 0\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

int posts(const testsupport::CaptureProxy &proxy)
{
    int count = 0;
    for (const QByteArray &head : proxy.requestHeads())
        count += head.startsWith("POST ") ? 1 : 0;
    return count;
}
} // namespace

class TestRetries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_publicKey = protocol::generateRecipientKeyPair().publicKey;
    qint64 m_clock = 0; // the test clock: reset to the real time before each test

    std::unique_ptr<store::Outbox> outboxWith(int envelopes, const QUrl &intake, const QString &name)
    {
        auto outbox = store::Outbox::openInDirectory(m_dir.filePath(name));
        Q_ASSERT(outbox.ok());
        for (int i = 0; i < envelopes; ++i) {
            auto sealed = protocol::seal(QByteArrayLiteral("{\"answers\":{}}"), m_publicKey);
            Q_ASSERT(sealed.ok());
            const bool queued = outbox.value()
                                    ->enqueue(sealed.value(), QStringLiteral("HB-RETRY-%1").arg(i),
                                        QStringLiteral("Org"), intake, m_clock)
                                    .ok();
            Q_ASSERT(queued);
        }
        return std::move(outbox.value());
    }

    // Moves the test clock on by stepMs `steps` times, letting the forwarder do what is due at each.
    void run(delivery::Forwarder &forwarder, int steps, qint64 stepMs, bool networkFlaps = false)
    {
        for (int i = 0; i < steps; ++i) {
            m_clock += stepMs;
            if (networkFlaps)
                forwarder.retryAllNow(); // as if the network came back at every step
            else
                forwarder.kick();
            QTRY_VERIFY_WITH_TIMEOUT(forwarder.inFlight() == 0, 10000);
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { m_clock = QDateTime::currentMSecsSinceEpoch(); }

    void refusedForEverStopsAfterBoundedAttempts()
    {
        testsupport::CaptureProxy intake(answer(422));
        auto outbox = outboxWith(1, intake.envelopesUrl(), QStringLiteral("refused"));
        delivery::Forwarder forwarder(outbox.get());
        forwarder.setClock([this] { return m_clock; });
        QSignalSpy stopped(&forwarder, &delivery::Forwarder::stopped);
        // A day, ten minutes at a time, with the network coming back at every step.
        run(forwarder, 6 * 24, 10 * 60 * 1000, true);
        std::printf(
            "retries-refused: an intake answering 422 for ever over 24 h (network back every 10 min): "
            "%d envelope attempts, then stopped\n",
            posts(intake));
        std::fflush(stdout);
        QCOMPARE(posts(intake), delivery::Forwarder::kMaxRefusals);
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(stopped.first().first().toString(), QStringLiteral("HB-RETRY-0"));
        QCOMPARE(outbox->stateOf(QStringLiteral("HB-RETRY-0")), store::Outbox::State::Refused);
        QCOMPARE(outbox->pendingCount(), 1); // kept, never dropped because of a response
        QVERIFY(outbox->due(m_clock + 365LL * 24 * 3600 * 1000).empty());
        QCOMPARE(outbox->stoppedCount(), 1);
        // The person may ask again: it is queued again.
        QVERIFY(outbox->tryAgain(QStringLiteral("HB-RETRY-0"), m_clock));
        QCOMPARE(outbox->stateOf(QStringLiteral("HB-RETRY-0")), store::Outbox::State::Queued);
    }

    void serverErrorsNeverFasterThanTheFloor_data()
    {
        QTest::addColumn<bool>("networkFlaps");
        QTest::newRow("timers") << false;
        QTest::newRow("network back every second") << true;
    }
    void serverErrorsNeverFasterThanTheFloor()
    {
        QFETCH(bool, networkFlaps);
        testsupport::CaptureProxy intake(answer(503));
        QList<qint64> attemptTimes;
        intake.onRequest = [&](const QByteArray &head) {
            if (head.startsWith("POST "))
                attemptTimes.append(m_clock);
        };
        auto outbox = outboxWith(1, intake.envelopesUrl(), QStringLiteral("failing-%1").arg(networkFlaps));
        delivery::Forwarder forwarder(outbox.get());
        forwarder.setClock([this] { return m_clock; });
        constexpr qint64 kWindowMs = 2 * 60 * 60 * 1000; // two hours, a second at a time
        run(forwarder, int(kWindowMs / 1000), 1000, networkFlaps);
        qint64 shortest = kWindowMs;
        for (qsizetype i = 1; i < attemptTimes.size(); ++i)
            shortest = std::min(shortest, attemptTimes[i] - attemptTimes[i - 1]);
        std::printf("retries-5xx (%s): an intake answering 503 for ever over 2 h of test clock: %d attempts "
                    "(floor allows at most %d), shortest gap %.0f s (floor %.0f s)\n",
            networkFlaps ? "network back every second" : "timers", int(attemptTimes.size()),
            int(kWindowMs / delivery::Forwarder::kRetryFloorMs) + 1, shortest / 1000.0,
            delivery::Forwarder::kRetryFloorMs / 1000.0);
        std::fflush(stdout);
        QVERIFY(attemptTimes.size() >= 3); // it does keep trying
        QVERIFY(attemptTimes.size() <= kWindowMs / delivery::Forwarder::kRetryFloorMs + 1);
        QVERIFY(shortest >= delivery::Forwarder::kRetryFloorMs);
        QCOMPARE(outbox->stateOf(QStringLiteral("HB-RETRY-0")),
            store::Outbox::State::Queued); // 5xx never stops it
    }

    void envelopesGoOneAtATimeWithAGap()
    {
        testsupport::CaptureProxy intake(answer(503));
        QList<qint64> starts;
        intake.onRequest = [&](const QByteArray &head) {
            if (head.startsWith("POST "))
                starts.append(m_clock);
        };
        constexpr int kEnvelopes = 5;
        auto outbox = outboxWith(kEnvelopes, intake.envelopesUrl(), QStringLiteral("gap"));
        delivery::Forwarder forwarder(outbox.get());
        forwarder.setClock([this] { return m_clock; });
        run(forwarder, 100, 250); // 25 s of test clock, a quarter second at a time
        QCOMPARE(starts.size(), kEnvelopes);
        for (qsizetype i = 1; i < starts.size(); ++i)
            QVERIFY2(starts[i] - starts[i - 1] >= delivery::Forwarder::kMinGapMs,
                qPrintable(QStringLiteral("%1 ms").arg(starts[i] - starts[i - 1])));
        for (const QByteArray &bytes : intake.connections())
            QVERIFY(bytes.count("POST ") <= 1); // one connection per envelope
    }

    void undeliveredInTimeStopsAndSaysSo()
    {
        testsupport::CaptureProxy intake(answer(503));
        auto outbox = outboxWith(1, intake.envelopesUrl(), QStringLiteral("expired"));
        delivery::Forwarder forwarder(outbox.get());
        forwarder.setClock([this] { return m_clock; });
        QSignalSpy stopped(&forwarder, &delivery::Forwarder::stopped);
        run(forwarder, 14 * 24, 60 * 60 * 1000); // fourteen days, an hour at a time
        const int attempts = posts(intake);
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(outbox->stateOf(QStringLiteral("HB-RETRY-0")), store::Outbox::State::Expired);
        run(forwarder, 24, 60 * 60 * 1000);
        QCOMPARE(posts(intake), attempts); // nothing more after it stopped
        std::printf(
            "retries-expiry: 503 for 15 days: %d attempts in the first 14 days, none after\n", attempts);
        std::fflush(stdout);
    }

    // Send later (docs/threat-model.md "Timing"): each envelope's first attempt at its own random
    // time in the chosen window; nothing goes before it, not even when the network comes back.
    void sendLaterSpreadsWithinTheWindow()
    {
        testsupport::CaptureProxy intake(answer(503));
        auto outbox = store::Outbox::openInDirectory(m_dir.filePath(QStringLiteral("later")));
        QVERIFY(outbox.ok());
        constexpr qint64 kWindowMs = 24LL * 60 * 60 * 1000;
        constexpr int kReports = 200;
        for (int i = 0; i < kReports; ++i) {
            auto sealed = protocol::seal(QByteArrayLiteral("{\"answers\":{}}"), m_publicKey);
            QVERIFY(sealed.ok());
            QVERIFY(outbox.value()
                        ->enqueueAll({ { sealed.value(), QStringLiteral("Org"), intake.envelopesUrl(), {} } },
                            QStringLiteral("HB-LATER-%1").arg(i), m_clock, kWindowMs)
                        .ok());
        }
        const auto rows = outbox.value()->due(m_clock + kWindowMs, kReports);
        QCOMPARE(int(rows.size()), kReports);
        qint64 earliest = kWindowMs, latest = 0;
        for (const auto &row : rows) {
            const qint64 offset = row.nextAttemptMs - m_clock;
            QVERIFY(offset >= 0 && offset <= kWindowMs);
            earliest = std::min(earliest, offset);
            latest = std::max(latest, offset);
        }
        QVERIFY(outbox.value()->due(m_clock, kReports).size() < size_t(kReports / 20));
        // Spread over the window, not bunched at its start or end.
        QVERIFY(earliest < kWindowMs / 10 && latest > kWindowMs * 9 / 10);

        delivery::Forwarder forwarder(outbox.value().get());
        forwarder.setClock([this] { return m_clock; });
        forwarder.setPacing(delivery::Forwarder::kRetryFloorMs, 0, 0);
        QList<qint64> firstTries;
        QSet<QByteArray> seen;
        intake.onRequest = [&](const QByteArray &head) {
            const QByteArray id = testsupport::headerValue(head, "Idempotency-Key");
            if (head.startsWith("POST ") && !seen.contains(id)) {
                seen.insert(id);
                firstTries.append(m_clock);
            }
        };
        const qint64 start = m_clock;
        run(forwarder, 6, 60 * 60 * 1000, true); // six hours, the network back every hour
        for (const qint64 at : std::as_const(firstTries))
            QVERIFY(at - start <= 6LL * 60 * 60 * 1000);
        // About a quarter of them went in the first six hours; none before its own time (the
        // network coming back does not pull a later report forward).
        std::printf(
            "send-later: 200 reports in a 24 h window: first attempts from %.1f h to %.1f h; %d tried in "
            "the first 6 h with the network back every hour\n",
            earliest / 3.6e6, latest / 3.6e6, int(firstTries.size()));
        std::fflush(stdout);
        QVERIFY(firstTries.size() > kReports / 10 && firstTries.size() < kReports / 2);
    }

    void theSessionSendsLaterWhenAsked()
    {
        testsupport::SessionFixture fixture(QByteArrayLiteral("later passphrase"));
        QVERIFY(fixture.isValid());
        QVERIFY(fixture.start(fixture.config()));
        session::ReportSession &session = *fixture.session();
        session.setSendWithinHours(72);
        QCOMPARE(session.sendWithinHours(), 72);
        session.setSendWithinHours(24 * 8); // more than a week: ignored
        QCOMPARE(session.sendWithinHours(), 72);
        session.report()->setAnswer(QStringLiteral("narrative"), QStringLiteral("later report"));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(session.send());
        const auto rows = session.outbox()->due(before + 72LL * 3600 * 1000 + 60000);
        QCOMPARE(rows.size(), size_t(1));
        QVERIFY(rows.front().nextAttemptMs >= before);
        QVERIFY(rows.front().nextAttemptMs <= before + 72LL * 3600 * 1000 + 60000);
        QCOMPARE(session.deliveryState(), session::ReportSession::DeliveryState::Queued);
        session.clear();
        QCOMPARE(session.sendWithinHours(), 0); // the next report starts with "now"
    }

    // Through the app's core: the session's state says the report was refused.
    void theSessionTellsThePerson()
    {
        testsupport::SessionFixture fixture(QByteArrayLiteral("retry passphrase"));
        QVERIFY(fixture.isValid());
        testsupport::CaptureProxy intake(answer(400));
        session::AppConfig config = fixture.config();
        config.recipients
            = { { QStringLiteral("Refusing"), intake.envelopesUrl(), fixture.organisation().publicKey() } };
        QVERIFY(fixture.start(config));
        session::ReportSession &session = *fixture.session();
        session.forwarder()->setClock([this] { return m_clock; });
        session.report()->setAnswer(QStringLiteral("narrative"), QStringLiteral("refused report"));
        QVERIFY(session.send());
        run(*session.forwarder(), 10, 30 * 60 * 1000);
        QCOMPARE(session.deliveryState(), session::ReportSession::DeliveryState::Refused);
        QCOMPARE(posts(intake), delivery::Forwarder::kMaxRefusals);
    }
};

QTEST_GUILESS_MAIN(TestRetries)
#include "tst_retries.moc"
