// SPDX-License-Identifier: GPL-3.0-or-later
// The intake as an anonymous attacker finds it (docs/threat-model.md, promises 3 and 4): the real
// harbour-intake binary on loopback, attacked with smuggled requests, slow and idle connections,
// descriptor exhaustion, a flood of junk from several processes while the real Forwarder delivers
// 100 reports, and a disk that is nearly full. Each case is bounded in time and prints its figures.
#include "delivery/forwarder.h"
#include "intake/intakestore.h"
#include "intakeprocess.h"
#include "proofsupport.h"
#include "protocol/admission.h"
#include "receivertestutil.h"
#include "store/outbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>
#include <memory>
#include <vector>

using namespace harbour;
using testsupport::IntakeProcess;

namespace {

namespace admission = protocol::admission;

// Memory bounds are for the release build. Under AddressSanitizer every freed block waits in a
// quarantine (256 MiB by default) before it is reused, and shadow memory adds more: the flood showed
// 212 and 400 MiB there against 20 MiB here. The intakes get a 16 MiB quarantine (initTestCase)
// and the bounds double, which still catches the unbounded buffering they are for (462 MiB from
// 150 MB sent before libmicrohttpd).
#if defined(__SANITIZE_ADDRESS__)
constexpr double kMemoryScale = 2.0;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr double kMemoryScale = 2.0;
#else
constexpr double kMemoryScale = 1.0;
#endif
#else
constexpr double kMemoryScale = 1.0;
#endif

// The peak resident memory of a process, in MiB (VmHWM), or -1.
double peakResidentMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

// What came back for raw bytes written on one connection: everything read until the server closed
// or `ms` passed, and whether it closed.
struct Exchange
{
    QByteArray response;
    bool closed = false;
    int statuses() const { return int(response.count("HTTP/1.1 ")); }
    int firstStatus() const { return response.startsWith("HTTP/1.1 ") ? response.mid(9, 3).toInt() : 0; }
};

Exchange exchange(quint16 port, const QByteArray &request, int ms, const QByteArray &thenStream = {},
    qint64 streamBytes = 0)
{
    Exchange result;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return result;
    socket.write(request);
    socket.waitForBytesWritten(2000);
    // Read what the server answers to the request itself before streaming more at it: once it
    // closes, bytes still sent make it reset the connection, which throws away unread answers.
    QElapsedTimer first;
    first.start();
    while (streamBytes > 0 && first.elapsed() < 500 && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(100);
        result.response += socket.readAll();
    }
    // Optionally keep sending body bytes as a smuggler would, until the server stops taking them.
    qint64 sent = 0;
    while (sent < streamBytes && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.write(thenStream) < 0)
            break;
        sent += thenStream.size();
        if (!socket.waitForBytesWritten(2000))
            break;
        result.response += socket.readAll();
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        if (socket.state() != QAbstractSocket::ConnectedState) {
            result.closed = true;
            break;
        }
        socket.waitForReadyRead(100);
        result.response += socket.readAll();
    }
    result.response += socket.readAll();
    return result;
}

// GET /v1/health on a new connection; true for a 200 within `ms`.
bool healthAnswers(quint16 port, int ms)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(ms))
        return false;
    socket.write("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray response;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms && !response.contains("{\"ok\":true}")) {
        if (!socket.waitForReadyRead(int(qMax<qint64>(1, ms - timer.elapsed()))))
            break;
        response += socket.readAll();
    }
    return response.startsWith("HTTP/1.1 200 ") && response.contains("{\"ok\":true}");
}

// Seconds until health answers again, polling every 100 ms for at most `maxSeconds`; -1 if never.
double secondsUntilHealthy(quint16 port, int maxSeconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < maxSeconds * 1000) {
        if (healthAnswers(port, 1000))
            return double(timer.elapsed()) / 1000.0;
        QTest::qWait(100);
    }
    return -1;
}

// A POST of a real envelope with a valid proof, its lines ended by `eol`, extra header lines added.
QByteArray rawPost(const protocol::Envelope &envelope, const QByteArray &extraHeaders = {},
    const QByteArray &eol = "\r\n", int difficulty = testsupport::kTestAdmissionDifficulty)
{
    const QByteArray body = envelope.toJson();
    return "POST /v1/envelopes HTTP/1.1" + eol + "Host: 127.0.0.1" + eol + "Content-Type: application/json"
        + eol + "Idempotency-Key: " + envelope.idHex() + eol + admission::kProofHeader + ": "
        + admission::proofText(
            *admission::solve(envelope.id, admission::requiredDifficulty(difficulty, body.size())))
        + eol + extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + eol + eol + body;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).exists() ? QFileInfo(path).size() : 0;
}

double storeMiB(const QString &store)
{
    return double(fileSize(store) + fileSize(store + QStringLiteral("-wal"))
               + fileSize(store + QStringLiteral("-shm")))
        / (1024.0 * 1024.0);
}

} // namespace

class TestIntakeAttack : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    proof::TestOrganisation m_organisation;
    QByteArray m_keyId;

    protocol::Envelope realEnvelope(const QString &reference, qsizetype padTo = 0)
    {
        QByteArray report = proof::testReport(reference);
        if (padTo > 0) {
            QJsonObject object = QJsonDocument::fromJson(report).object();
            object.insert(QStringLiteral("padding"), QString(padTo, QLatin1Char('p')));
            report = QJsonDocument(object).toJson(QJsonDocument::Compact);
        }
        auto sealed = protocol::seal(report, m_organisation.pair.publicKey);
        Q_ASSERT(sealed.ok());
        return sealed.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (kMemoryScale > 1.0) {
            // The intakes this test starts inherit this: a 16 MiB quarantine instead of 256 MiB, so
            // their memory shows what the intake holds rather than what ASan keeps back.
            const QByteArray options = qgetenv("ASAN_OPTIONS");
            qputenv("ASAN_OPTIONS", options + (options.isEmpty() ? "" : ":") + "quarantine_size_mb=16");
        }
        m_organisation = proof::makeOrganisation(m_dir.path());
        QVERIFY(!m_organisation.publicKeyFile.isEmpty());
        m_keyId = protocol::recipientKeyId(m_organisation.pair.publicKey);
    }

    // Requests framed to slip past one parser into another: each refused or its connection closed,
    // nothing of them stored, and the intake's memory stays within a bound whatever is declared.
    void smuggling()
    {
        const QString store = m_dir.filePath(QStringLiteral("smuggling.db"));
        IntakeProcess intake;
        QVERIFY(intake.start(store, { m_organisation.publicKeyFile }));
        const quint16 port = intake.port();

        struct Variant
        {
            const char *name;
            QByteArray request;
            QByteArray stream = {}; // sent after the request, again and again, up to streamBytes
            qint64 streamBytes = 0;
            int acceptedFirst = 0; // requests before the smuggled one that are fine on their own
        };
        const protocol::Envelope e1 = realEnvelope(QStringLiteral("HB-SMUG-0001"));
        const protocol::Envelope e2 = realEnvelope(QStringLiteral("HB-SMUG-0002"));
        const protocol::Envelope e3 = realEnvelope(QStringLiteral("HB-SMUG-0003"));
        const protocol::Envelope e4 = realEnvelope(QStringLiteral("HB-SMUG-0004"));
        const protocol::Envelope e5 = realEnvelope(QStringLiteral("HB-SMUG-0005"));
        const protocol::Envelope e6 = realEnvelope(QStringLiteral("HB-SMUG-0006"));
        const protocol::Envelope e7 = realEnvelope(QStringLiteral("HB-SMUG-0007"));
        const QByteArray huge
            = "POST /v1/envelopes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              "Idempotency-Key: "
            + e7.idHex() + "\r\n" + admission::kProofHeader + ": "
            + admission::proofText(*admission::solve(e7.id, testsupport::kTestAdmissionDifficulty))
            + "\r\nContent-Length: 1073741824\r\n\r\n";
        const std::vector<Variant> variants {
            { "folded header", rawPost(e1, "X-Folded: a\r\n b\r\n") },
            { "folded Content-Length", rawPost(e2).replace("Content-Length: ", "Content-Length:\r\n ") },
            { "invalid header name", rawPost(e3, "Bad Name: x\r\n") },
            { "space before colon", rawPost(e4).replace("Content-Length:", "Content-Length :") },
            { "two Content-Length", rawPost(e5, "Content-Length: 2\r\n") },
            { "Transfer-Encoding with Content-Length", rawPost(e6, "Transfer-Encoding: chunked\r\n") },
            { "LF-only lines", rawPost(realEnvelope(QStringLiteral("HB-SMUG-0008")), {}, "\n") },
            { "bare CR inside a header",
                rawPost(realEnvelope(QStringLiteral("HB-SMUG-0010")), "X-A: a\rb\r\n") },
            { "1 GB declared body", huge, QByteArray(1 << 20, 'x'), 150LL << 20 },
            // A fine request, then one with a 1 GB body in the same write, then 150 MB of it.
            { "pipelined 1 GB after a real one", rawPost(realEnvelope(QStringLiteral("HB-SMUG-0009"))) + huge,
                QByteArray(1 << 20, 'x'), 150LL << 20, 1 },
        };
        int refused = 0;
        for (const Variant &variant : variants) {
            const int before = testsupport::storedEnvelopeCount(store);
            const Exchange result
                = exchange(port, variant.request, 3000, variant.stream, variant.streamBytes);
            QList<int> statuses;
            for (qsizetype at = result.response.indexOf("HTTP/1.1 "); at >= 0;
                 at = result.response.indexOf("HTTP/1.1 ", at + 1))
                statuses << result.response.mid(at + 9, 3).toInt();
            const int added = testsupport::storedEnvelopeCount(store) - before;
            qInfo().noquote() << variant.name << ": statuses" << statuses
                              << (result.closed ? "closed" : "open") << "stored" << added;
            // The smuggled request is the one after those accepted on their own: refused with a 4xx,
            // or never read because the intake closed the connection after the first answer.
            const bool smuggledRefused = statuses.size() > variant.acceptedFirst
                ? statuses.at(variant.acceptedFirst) >= 400 && statuses.at(variant.acceptedFirst) < 500
                : result.closed;
            QVERIFY2(smuggledRefused, variant.name);
            QCOMPARE(added, variant.acceptedFirst);
            ++refused;
            QVERIFY2(healthAnswers(port, 2000), variant.name);
        }
        const double resident = peakResidentMiB(intake.processId());
        proof::printFigure(QStringLiteral("smuggling: %1 variants, refused %2, max resident MiB: %3")
                               .arg(variants.size())
                               .arg(refused)
                               .arg(resident, 0, 'f', 1));
        QCOMPARE(refused, int(variants.size()));
        // receiver/README.md "Limits": well under the default 64 MiB body budget plus the program.
        QVERIFY2(resident > 0 && resident < 96 * kMemoryScale, qPrintable(QString::number(resident)));
        intake.stop();
        auto check = receiver::IntakeStore::open(store, receiver::IntakeStore::OpenMode::ExistingOnly);
        QVERIFY(check.ok());
        QCOMPARE(check.value()->integrityCheck(), QStringLiteral("ok"));
    }

    // Slow and idle connections up to and past the connection cap: health may wait while they hold
    // every slot, and answers again within seconds once they go.
    void slowAndIdleConnections()
    {
        const QString store = m_dir.filePath(QStringLiteral("slow.db"));
        IntakeProcess intake;
        QVERIFY(intake.start(store, { m_organisation.publicKeyFile }, 0,
            { QStringLiteral("--max-connections"), QStringLiteral("64"), QStringLiteral("--idle-timeout"),
                QStringLiteral("3") }));
        const quint16 port = intake.port();
        std::vector<std::unique_ptr<QTcpSocket>> slow, idle;
        for (int i = 0; i < 100; ++i) {
            slow.push_back(std::make_unique<QTcpSocket>());
            slow.back()->connectToHost(QStringLiteral("127.0.0.1"), port);
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QStringLiteral("127.0.0.1"), port);
        }
        for (auto &s : slow) {
            if (s->waitForConnected(2000))
                s->write("POST /v1/envelopes HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        }
        int probes = 0, answered = 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 8000) {
            for (auto &s : slow)
                s->write("a"); // one byte a round: never idle, never done
            ++probes;
            answered += healthAnswers(port, 1000) ? 1 : 0;
            QTest::qWait(400);
        }
        slow.clear();
        idle.clear();
        const double recovered = secondsUntilHealthy(port, 30);
        proof::printFigure(
            QStringLiteral("slowloris: 100 slow + 100 idle connections against a cap of 64 "
                           "for 8 s, health answered %1 of %2 probes during, recovered in %3 s")
                .arg(answered)
                .arg(probes)
                .arg(recovered, 0, 'f', 1));
        QVERIFY2(recovered >= 0 && recovered < 5, qPrintable(QString::number(recovered)));
        QVERIFY(intake.isRunning());
    }

    // The intake's descriptors run out (its limit lowered to 64): it keeps running, and answers
    // again within seconds once the connections holding them go.
    void descriptorExhaustion()
    {
        const QString store = m_dir.filePath(QStringLiteral("descriptors.db"));
        IntakeProcess intake;
        // The child inherits the lowered limit; this process gets its own back at once.
        rlimit original {};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &original), 0);
        rlimit lowered = original;
        lowered.rlim_cur = 64;
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &lowered), 0);
        const bool started = intake.start(store, { m_organisation.publicKeyFile }, 0,
            { QStringLiteral("--max-connections"), QStringLiteral("1000"), QStringLiteral("--idle-timeout"),
                QStringLiteral("30") });
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &original), 0);
        QVERIFY(started);
        const quint16 port = intake.port();
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 200; ++i) {
            held.push_back(std::make_unique<QTcpSocket>());
            held.back()->connectToHost(QStringLiteral("127.0.0.1"), port);
        }
        for (auto &s : held)
            s->waitForConnected(200);
        int probes = 0, answered = 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000) {
            ++probes;
            answered += healthAnswers(port, 1000) ? 1 : 0;
            QTest::qWait(300);
        }
        held.clear();
        const double recovered = secondsUntilHealthy(port, 30);
        proof::printFigure(QStringLiteral("descriptors: intake limited to 64, 200 connections held for 5 s, "
                                          "health answered %1 of %2 probes during, recovered in %3 s")
                               .arg(answered)
                               .arg(probes)
                               .arg(recovered, 0, 'f', 1));
        QVERIFY2(recovered >= 0 && recovered < 5, qPrintable(QString::number(recovered)));
        QVERIFY(intake.isRunning());
    }

    // Four anonymous processes send junk as fast as they can for 30 s (two pay for proofs, one sends
    // none, one forges them) while the real Forwarder delivers 100 reports to the same intake.
    void flood()
    {
        // Four bits below the real default, so 100 real reports made on the same two cores as the
        // flood finish in the test's time; bench/ measures a report at the real difficulties.
        constexpr int kFloodBase = 6;
        const QString store = m_dir.filePath(QStringLiteral("flood.db"));
        const qint64 budget = 16LL << 20;
        IntakeProcess intake;
        QVERIFY(intake.start(store, { m_organisation.publicKeyFile }, 0,
            { QStringLiteral("--admission-difficulty"), QString::number(kFloodBase),
                QStringLiteral("--admission-ceiling"), QString::number(kFloodBase + 4),
                QStringLiteral("--admission-window"), QStringLiteral("5"), QStringLiteral("--admission-busy"),
                QStringLiteral("20"), QStringLiteral("--recipient-budget"), QString::number(budget) }));
        const int seconds = 30;
        // 64 KiB bucket + inner header (21) + seal overhead (48): a seal the intake cannot tell from real.
        const int junkSeal = 65536 + 21 + 48;
        std::vector<std::unique_ptr<QProcess>> senders;
        for (const char *mode : { "pay", "pay", "ignore", "forge" }) {
            auto sender = std::make_unique<QProcess>();
            sender->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            // An attacker's processors are their own: here they share two cores with the reporter
            // and the intake, so they run at the lowest priority rather than starve both.
            sender->start(QStringLiteral("nice"),
                { QStringLiteral("-n"), QStringLiteral("19"), QStringLiteral("/usr/bin/python3"),
                    QStringLiteral(HARBOUR_SOURCE_DIR "/tests/proof/junk_sender.py"),
                    intake.baseUrl().toString(), QString::fromLatin1(m_keyId), QString::number(seconds),
                    QLatin1StringView(mode), QString::number(junkSeal) });
            QVERIFY(sender->waitForStarted(10000));
            senders.push_back(std::move(sender));
        }

        QTemporaryDir data;
        auto outbox = store::Outbox::openInDirectory(data.path());
        QVERIFY(outbox.ok());
        delivery::Forwarder forwarder(outbox.value().get());
        forwarder.setBackoff(500, 4000);
        forwarder.setPacing(0, 0, 0); // loopback proof: no retry floor, no gap between envelopes
        QHash<QByteArray, qint64> queuedAt;
        std::vector<double> latencies;
        connect(
            &forwarder, &delivery::Forwarder::delivered, this, [&](const QByteArray &id, const QString &) {
                latencies.push_back(
                    double(QDateTime::currentMSecsSinceEpoch() - queuedAt.value(id)) / 1000.0);
            });
        // One real report every quarter second through the flood.
        for (int i = 0; i < 100; ++i) {
            const protocol::Envelope envelope
                = realEnvelope(QStringLiteral("HB-REAL-%1").arg(i, 4, 10, QLatin1Char('0')));
            queuedAt.insert(envelope.id, QDateTime::currentMSecsSinceEpoch());
            QVERIFY(outbox.value()
                        ->enqueue(envelope, QStringLiteral("HB-REAL"), QStringLiteral("Org"),
                            intake.envelopesUrl(), QDateTime::currentMSecsSinceEpoch())
                        .ok());
            forwarder.kick();
            QTest::qWait(250);
        }
        qint64 junkSent = 0;
        int maxDifficulty = 0;
        QMap<QString, qint64> byStatus;
        for (auto &sender : senders) {
            QVERIFY(sender->waitForFinished(seconds * 1000 + 60000));
            const QJsonObject counts = QJsonDocument::fromJson(sender->readAllStandardOutput()).object();
            const QJsonObject byCode = counts.value(QStringLiteral("counts")).toObject();
            maxDifficulty = qMax(maxDifficulty, counts.value(QStringLiteral("max_difficulty")).toInt());
            for (auto it = byCode.begin(); it != byCode.end(); ++it) {
                junkSent += it.value().toInteger();
                byStatus[counts.value(QStringLiteral("mode")).toString() + u' ' + it.key()]
                    += it.value().toInteger();
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(latencies.size() == 100, 120000);
        std::sort(latencies.begin(), latencies.end());
        const double p99 = latencies.at(98);
        const double resident = peakResidentMiB(intake.processId());
        const double disk = storeMiB(store);
        const int total = testsupport::storedEnvelopeCount(store);
        const int junkStored = total - 100;
        QStringList statuses;
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
            statuses << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
        qInfo().noquote() << "junk answers by sender and status:" << statuses.join(QStringLiteral(", "));
        proof::printFigure(
            QStringLiteral("flood: junk sent %1, junk stored %2 (budget %3 MiB, %4 junk envelopes), "
                           "real delivered %5/100, real p99 latency %6 s, disk used %7 MiB, "
                           "resident %8 MiB, difficulty %9 rising to %10 (p50 latency %11 s)")
                .arg(junkSent)
                .arg(junkStored)
                .arg(budget >> 20)
                .arg(budget / (junkSeal * 4 / 3))
                .arg(latencies.size())
                .arg(p99, 0, 'f', 1)
                .arg(disk, 0, 'f', 1)
                .arg(resident, 0, 'f', 1)
                .arg(kFloodBase)
                .arg(maxDifficulty)
                .arg(latencies.at(49), 0, 'f', 1));
        QVERIFY(junkStored >= 0);
        QVERIFY2(qint64(junkStored) * (junkSeal * 4 / 3) <= budget, qPrintable(QString::number(junkStored)));
        QVERIFY2(disk < double(budget >> 20) * 3 + 8, qPrintable(QString::number(disk)));
        QVERIFY2(resident > 0 && resident < 160 * kMemoryScale, qPrintable(QString::number(resident)));
        const proof::Arrivals arrivals = proof::readArrivals(store, m_organisation.pair);
        QVERIFY2(arrivals.error.isEmpty(), qPrintable(arrivals.error));
        QCOMPARE(arrivals.integrity, QStringLiteral("ok"));
        QCOMPARE(arrivals.byReference.size(), 100); // each real report once; junk never opens
        QCOMPARE(arrivals.duplicated(), 0);
    }

    // The store's disk nearly full: 503 before anything is corrupted, and nothing lost once space returns.
    void diskNearlyFull()
    {
        const QString mountPoint = m_dir.filePath(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(mountPoint));
        proof::SmallFilesystem filesystem;
        const QString how
            = filesystem.mount(mountPoint, m_dir.filePath(QStringLiteral("disk.img")), 16 * 1024);
        if (how.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no small filesystem could be mounted: ") + filesystem.error()));
        const QString store = QDir(mountPoint).filePath(QStringLiteral("intake.db"));
        const qint64 reserve = 2LL << 20;
        IntakeProcess intake;
        QVERIFY(intake.start(store, { m_organisation.publicKeyFile }, 0,
            { QStringLiteral("--disk-reserve"), QString::number(reserve) }));
        // Leave about 5 MiB free: room for a few 64 KiB envelopes above the reserve.
        const QString filler = QDir(mountPoint).filePath(QStringLiteral("filler"));
        const qint64 filled = proof::fillDisk(filler);
        QVERIFY(filled > 0);
        QVERIFY(QFile::resize(filler, qMax<qint64>(0, filled - (5LL << 20))));

        QList<protocol::Envelope> acknowledged, refused;
        int otherAnswers = 0;
        for (int i = 0; i < 200 && refused.size() < 5; ++i) {
            const protocol::Envelope envelope
                = realEnvelope(QStringLiteral("HB-DISK-%1").arg(i, 4, 10, QLatin1Char('0')), 40000);
            const testsupport::HttpReply reply = testsupport::postEnvelope(intake.envelopesUrl(), envelope);
            if (reply.status == 201)
                acknowledged << envelope;
            else if (reply.status == 503)
                refused << envelope;
            else
                ++otherAnswers;
        }
        QCOMPARE(otherAnswers, 0);
        QVERIFY(!acknowledged.isEmpty());
        QCOMPARE(refused.size(), 5);
        {
            auto check = receiver::IntakeStore::open(store, receiver::IntakeStore::OpenMode::ExistingOnly);
            QVERIFY(check.ok());
            QCOMPARE(check.value()->integrityCheck(), QStringLiteral("ok"));
        }
        // Space returns: every refused envelope is stored on its next try, and every earlier one is there.
        QVERIFY(QFile::remove(filler));
        for (const protocol::Envelope &envelope : std::as_const(refused))
            QCOMPARE(testsupport::postEnvelope(intake.envelopesUrl(), envelope).status, 201);
        intake.stop();
        const proof::Arrivals arrivals = proof::readArrivals(store, m_organisation.pair);
        QCOMPARE(arrivals.integrity, QStringLiteral("ok"));
        QCOMPARE(arrivals.rows, int(acknowledged.size() + refused.size()));
        QCOMPARE(arrivals.unopenable, 0);
        proof::printFigure(
            QStringLiteral("intake-disk: %1, reserve %2 MiB: stored %3 before 503, integrity ok, "
                           "%4 refused then stored once space returned, lost 0")
                .arg(how)
                .arg(reserve >> 20)
                .arg(acknowledged.size())
                .arg(refused.size()));
    }
};

QTEST_GUILESS_MAIN(TestIntakeAttack)
#include "tst_intakeattack.moc"
