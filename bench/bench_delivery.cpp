// SPDX-License-Identifier: GPL-3.0-or-later
// harbour-bench-delivery: Harbour's delivery path against floors measured in the same run, all on
// 127.0.0.1. Prints one line each:
//   send-to-durable  seal + Outbox::enqueue (what ReportSession::send does per recipient) until the
//                    row is committed, against a bare SQLCipher insert with fsync of the same bytes;
//   drain-1000       the Forwarder emptying 1,000 queued envelopes into the local intake, against a
//                    bare QNetworkAccessManager POST loop of the same envelopes to a fresh intake;
//   intake           durable stores per second at harbour-intake (from the bare loop), against a
//                    bare insert + fsync loop through the same SQLCipher library, unkeyed as the
//                    intake's store is (receiver/README.md).
#include "delivery/forwarder.h"
#include "intakeprocess.h"
#include "proofsupport.h"
#include "protocol/admission.h"
#include "store/outbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <limits>

using namespace harbour;

namespace {

constexpr int kSends = 200;
constexpr int kDrain = 1000;

// A report of the size a real one has (a few answers and a narrative).
QByteArray realisticReport(int n)
{
    QJsonObject answers;
    answers.insert(QStringLiteral("narrative"), QString(1200, QLatin1Char('x')));
    answers.insert(QStringLiteral("where"), QStringLiteral("bus stop"));
    answers.insert(QStringLiteral("targeted"), QStringLiteral("religion"));
    return QJsonDocument(QJsonObject { { QStringLiteral("reference"), QStringLiteral("HBB-%1").arg(n) },
                             { QStringLiteral("answers"), answers } })
        .toJson(QJsonDocument::Compact);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// A bare table with the outbox's durability (WAL, synchronous=FULL, one fsynced transaction per
// insert), keyed with SQLCipher or plain: the floor.
class BareTable
{
public:
    BareTable(const QString &path, bool encrypted)
    {
        if (sqlite3_open(QFile::encodeName(path).constData(), &m_db) != SQLITE_OK)
            return;
        if (encrypted)
            sqlite3_exec(m_db,
                "PRAGMA key = \"x'2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a'\";",
                nullptr, nullptr, nullptr);
        sqlite3_exec(m_db,
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
            "CREATE TABLE t (id BLOB PRIMARY KEY, v BLOB NOT NULL);",
            nullptr, nullptr, nullptr);
        sqlite3_prepare_v2(m_db, "INSERT INTO t VALUES (?1, ?2);", -1, &m_insert, nullptr);
    }
    ~BareTable()
    {
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }
    // Milliseconds for one durable insert.
    double insert(const QByteArray &blob)
    {
        const QByteArray id = QByteArray::number(++m_rows);
        QElapsedTimer timer;
        timer.start();
        sqlite3_bind_blob(m_insert, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(m_insert, 2, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
        const int rc = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        return rc == SQLITE_DONE ? double(timer.nsecsElapsed()) / 1e6 : -1;
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    int m_rows = 0;
};

void figure(const QString &line)
{
    proof::printFigure(line);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const auto organisation = proof::makeOrganisation(dir.path());
    if (organisation.publicKeyFile.isEmpty())
        return 1;

    // --- send to durable: Harbour and the floor take turns, so both meet the same disk ---
    std::vector<double> harbourMs, floorMs, sealMs, enqueueMs;
    QByteArray envelopeJson;
    {
        auto outbox = store::Outbox::openInDirectory(dir.filePath(QStringLiteral("send")));
        if (!outbox) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(outbox.error()));
            return 1;
        }
        BareTable bare(dir.filePath(QStringLiteral("bare-sqlcipher.db")), true);
        const QUrl url(QStringLiteral("http://127.0.0.1:9/v1/envelopes"));
        for (int i = 0; i < kSends; ++i) {
            const QByteArray report = realisticReport(i);
            QElapsedTimer timer;
            timer.start();
            auto sealed = protocol::seal(report, organisation.pair.publicKey);
            const qint64 sealedNs = timer.nsecsElapsed();
            auto queued = outbox.value()->enqueue(sealed.value(), QStringLiteral("HBB-%1").arg(i),
                QStringLiteral("Bench"), url, QDateTime::currentMSecsSinceEpoch());
            const qint64 totalNs = timer.nsecsElapsed();
            harbourMs.push_back(double(totalNs) / 1e6);
            sealMs.push_back(double(sealedNs) / 1e6);
            enqueueMs.push_back(double(totalNs - sealedNs) / 1e6);
            if (!queued)
                return 1;
            envelopeJson = sealed->toJson();
            floorMs.push_back(bare.insert(envelopeJson));
        }
    }
    figure(QStringLiteral(
        "bench send-to-durable: harbour %1 ms, floor (bare SQLCipher insert + fsync, same bytes) %2 ms, "
        "ratio %3 (median of %4; seal + Outbox::enqueue, %5-byte envelope; seal %6 ms, enqueue %7 ms, "
        "enqueue/floor %8)")
               .arg(median(harbourMs), 0, 'f', 2)
               .arg(median(floorMs), 0, 'f', 2)
               .arg(median(harbourMs) / median(floorMs), 0, 'f', 2)
               .arg(kSends)
               .arg(envelopeJson.size())
               .arg(median(sealMs), 0, 'f', 3)
               .arg(median(enqueueMs), 0, 'f', 2)
               .arg(median(enqueueMs) / median(floorMs), 0, 'f', 2));

    // --- drain 1,000 queued envelopes ---
    testsupport::IntakeProcess forwarderIntake;
    testsupport::IntakeProcess bareIntake;
    if (!forwarderIntake.start(
            dir.filePath(QStringLiteral("intake-forwarder.db")), { organisation.publicKeyFile })
        || !bareIntake.start(dir.filePath(QStringLiteral("intake-bare.db")), { organisation.publicKeyFile }))
        return 1;
    auto outbox = store::Outbox::openInDirectory(dir.filePath(QStringLiteral("drain")));
    if (!outbox)
        return 1;
    std::vector<QByteArray> bodies;
    for (int i = 0; i < kDrain; ++i) {
        auto sealed = protocol::seal(realisticReport(i), organisation.pair.publicKey);
        outbox.value()->enqueue(sealed.value(), QStringLiteral("HBD-%1").arg(i), QStringLiteral("Bench"),
            forwarderIntake.envelopesUrl(), 0);
        bodies.push_back(sealed->toJson());
    }
    delivery::Forwarder forwarder(outbox.value().get());
    QElapsedTimer drainTimer;
    drainTimer.start();
    forwarder.kick();
    const bool drained = QTest::qWaitFor([&] { return outbox.value()->pendingCount() == 0; }, 600000);
    const double harbourDrainS = double(drainTimer.elapsed()) / 1000.0;

    // The bare loop: every POST issued at once; Qt runs six at a time per host, as for the Forwarder.
    QNetworkAccessManager network;
    int finished = 0, stored = 0;
    QElapsedTimer bareTimer;
    bareTimer.start();
    for (const QByteArray &body : bodies) {
        QNetworkRequest request(bareIntake.envelopesUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const protocol::Envelope envelope = protocol::Envelope::fromJson(body).value();
        request.setRawHeader("Idempotency-Key", envelope.idHex());
        // The same proof the Forwarder makes at the test intake's difficulty, so both pay it.
        request.setRawHeader(protocol::admission::kProofHeader,
            protocol::admission::proofText(*protocol::admission::solve(envelope.id,
                protocol::admission::requiredDifficulty(
                    testsupport::kTestAdmissionDifficulty, body.size()))));
        QNetworkReply *reply = network.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            ++finished;
            stored += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201 ? 1 : 0;
            reply->deleteLater();
        });
    }
    const bool allAnswered = QTest::qWaitFor([&] { return finished == kDrain; }, 600000);
    const double bareDrainS = double(bareTimer.elapsed()) / 1000.0;
    forwarderIntake.stop();
    bareIntake.stop();
    if (!drained || !allAnswered || stored != kDrain) {
        std::fprintf(
            stderr, "drain incomplete: forwarder drained %d, bare stored %d\n", int(drained), stored);
        return 1;
    }
    figure(QStringLiteral(
        "bench drain-1000: harbour %1 s, floor (bare QNetworkAccessManager POST loop, same intake) %2 s, "
        "ratio %3")
               .arg(harbourDrainS, 0, 'f', 2)
               .arg(bareDrainS, 0, 'f', 2)
               .arg(harbourDrainS / bareDrainS, 0, 'f', 2));

    // --- intake throughput ---
    BareTable plain(dir.filePath(QStringLiteral("bare-sqlite.db")), false);
    double sqliteTotal = 0;
    for (int i = 0; i < kDrain; ++i)
        sqliteTotal += plain.insert(bodies.front());
    const double intakeRate = kDrain / bareDrainS;
    const double sqliteRate = kDrain / (sqliteTotal / 1000.0);
    figure(QStringLiteral(
        "bench intake: %1 durable stores/s, floor (bare SQLCipher insert + fsync loop, unkeyed like the "
        "intake's store) %2/s, ratio %3")
               .arg(intakeRate, 0, 'f', 0)
               .arg(sqliteRate, 0, 'f', 0)
               .arg(intakeRate / sqliteRate, 0, 'f', 2));
    return 0;
}
