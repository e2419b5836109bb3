// SPDX-License-Identifier: GPL-3.0-or-later
// harbour-bench-desk: a new desk brought up to date with 20,000 reports, its queue read and a filter
// applied, each against a floor measured in the same run: a bare crypto_box_seal_open loop over the
// same 20,000 seals (the one thing no desk can skip). The desk is the real desk core (DeskSync,
// CaseStore in its own SQLCipher file) talking to the real harbour-intake on 127.0.0.1 through the
// signed desk API; the intake's store is filled directly beforehand (not what is measured).
#include "app/caselistmodel.h"
#include "app/caserows.h"
#include "core/casestore.h"
#include "core/deskclient.h"
#include "core/desksync.h"
#include "desktestutil.h"
#include "intake/intakestore.h"
#include "intakeprocess.h"
#include "proofsupport.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sodium.h>

#include <cstdio>
#include <vector>

using namespace harbour;

namespace {

constexpr int kReports = 20000;
const QByteArray kPassphrase = QByteArrayLiteral("bench desk passphrase");

// A report as the app writes one, a fifth of them high risk, every tenth from a kiosk.
QByteArray reportJson(int n)
{
    static const QStringList strands { QStringLiteral("race"), QStringLiteral("religion"),
        QStringLiteral("disability"), QStringLiteral("sexual_orientation"), QStringLiteral("transgender") };
    const QJsonObject flags { { QStringLiteral("triage"),
                                  n % 5 == 0 ? QStringLiteral("high") : QStringLiteral("standard") },
        { QStringLiteral("urgent"), n % 50 == 0 },
        { QStringLiteral("strands"), QJsonArray { strands.at(n % strands.size()) } },
        { QStringLiteral("cyber_enabled"), n % 3 == 0 }, { QStringLiteral("repeat_victim"), n % 4 == 0 } };
    // Every seventh says where it happened in words a caseworker would search for.
    const QString story = n % 7 == 0
        ? QStringLiteral("Spat at at the bus stop. ").leftJustified(900, QLatin1Char('x'))
        : QString(900, QLatin1Char('x'));
    const QJsonObject answers { { QStringLiteral("what_happened"), story },
        { QStringLiteral("where"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("street") },
                { QStringLiteral("area"), QStringLiteral("E%1").arg(n % 20) } } } };
    return QJsonDocument(
        QJsonObject { { QStringLiteral("format"), 1 },
            { QStringLiteral("reference"), QStringLiteral("HB-%1").arg(n, 8, 10, QLatin1Char('0')) },
            { QStringLiteral("language"), QStringLiteral("en") },
            { QStringLiteral("mode"), n % 10 == 0 ? QStringLiteral("kiosk") : QStringLiteral("self") },
            { QStringLiteral("reported_at"), QStringLiteral("2026-11-01T10:00:00Z") },
            { QStringLiteral("flags"), flags }, { QStringLiteral("answers"), answers } })
        .toJson(QJsonDocument::Compact);
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

int fail(const QString &why)
{
    std::fprintf(stderr, "harbour-bench-desk: %s\n", qUtf8Printable(why));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return fail(QStringLiteral("libsodium did not start"));
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary folder"));
    const testsupport::DeskOrganisation organisation
        = testsupport::makeDeskOrganisation(dir.path(), QStringLiteral("Bench hub"), kPassphrase);
    const protocol::KeyPair kiosk = protocol::generateSigningKeyPair();

    // The intake's store, filled directly (one fsync at the end, not one per envelope).
    const QString intakeStore = dir.filePath(QStringLiteral("intake.db"));
    std::vector<QByteArray> seals;
    seals.reserve(kReports);
    {
        auto store
            = receiver::IntakeStore::open(intakeStore, receiver::IntakeStore::OpenMode::CreateIfMissing);
        if (!store)
            return fail(store.error());
        store.value()->database()->exec("PRAGMA synchronous = OFF;");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int n = 0; n < kReports; ++n) {
            auto sealed = protocol::seal(
                reportJson(n), organisation.key.publicKey, n % 10 == 0 ? kiosk.secretKey : QByteArray());
            if (!sealed)
                return fail(sealed.error());
            auto put = store.value()->put(sealed.value(), now);
            if (!put || put->outcome != receiver::IntakeStore::Outcome::Stored)
                return fail(QStringLiteral("the intake store refused envelope %1").arg(n));
            seals.push_back(sealed->seal);
        }
        store.value()->checkpoint();
    }

    // Floor: open every seal, nothing else.
    QElapsedTimer timer;
    timer.start();
    QByteArray plain(64 * 1024, Qt::Uninitialized);
    int opened = 0;
    for (const QByteArray &seal : seals) {
        opened += crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()),
                      reinterpret_cast<const unsigned char *>(seal.constData()),
                      static_cast<unsigned long long>(seal.size()),
                      reinterpret_cast<const unsigned char *>(organisation.key.publicKey.constData()),
                      reinterpret_cast<const unsigned char *>(organisation.key.secretKey.constData()))
            == 0;
    }
    const double floor = seconds(timer);
    if (opened != kReports)
        return fail(QStringLiteral("the floor opened %1 of %2").arg(opened).arg(kReports));

    testsupport::IntakeProcess intake;
    if (!intake.start(intakeStore, { organisation.publicKeyFile }))
        return fail(QStringLiteral("harbour-intake did not start"));
    if (!testsupport::bindOrganisation(intakeStore, organisation))
        return fail(QStringLiteral("cannot bind the organisation"));
    auto desk = desk::CaseStore::create({ dir.filePath(QStringLiteral("desk")), kPassphrase,
        desk::KdfLimits::interactive(), organisation.key, intake.baseUrl() });
    if (!desk)
        return fail(desk.error());
    if (testsupport::registerDesk(
            intakeStore, organisation, QStringLiteral("bench desk"), desk.value()->deskPublicKey())
            .isEmpty())
        return fail(QStringLiteral("cannot register the desk"));
    if (auto registered = desk.value()->registerKiosk(kiosk.publicKey, QStringLiteral("Bench kiosk"));
        !registered)
        return fail(registered.error());

    desk::DeskClient client(desk.value()->intake(), desk.value()->deskSecretKey());
    desk::DeskSync sync(*desk.value(), client);
    sync.setPageLimit(500);
    timer.restart();
    auto synced = sync.syncAll();
    const double syncSeconds = seconds(timer);
    if (!synced)
        return fail(synced.error());
    if (synced->envelopes != kReports)
        return fail(QStringLiteral("the desk holds %1 of %2 reports (junk %3)")
                        .arg(synced->envelopes)
                        .arg(kReports)
                        .arg(synced->junk));

    // The queue as harbour-desk shows it (its job thread's work, then its model): every report
    // opened and read, its source checked against the kiosk registry, its response clocks, in
    // the response standard's order.
    timer.restart();
    auto kiosks = desk.value()->kiosks();
    if (!kiosks)
        return fail(kiosks.error());
    auto rows = deskui::queueRows(
        *desk.value(), kiosks.value(), desk::ResponseStandard {}, QDateTime::currentDateTimeUtc());
    if (!rows || rows->size() != kReports)
        return fail(QStringLiteral("the queue holds %1 cases").arg(rows ? rows->size() : -1));
    deskui::CaseListModel queue;
    queue.setRows(std::move(rows.value()));
    const double queueSeconds = seconds(timer);
    if (queue.rowCount() != kReports)
        return fail(QStringLiteral("the queue shows %1 cases").arg(queue.rowCount()));
    // A filter in the window: reports from the organisation's registered kiosks.
    timer.restart();
    queue.setSourceFilter(int(deskui::Source::RegisteredKiosk));
    const double filterSeconds = seconds(timer);
    if (queue.rowCount() != kReports / 10)
        return fail(QStringLiteral("the kiosk filter found %1").arg(queue.rowCount()));
    // A search over the decrypted text of every report, done on the desk.
    queue.clearFilters();
    timer.restart();
    queue.setSearch(QStringLiteral("bus stop"));
    const double searchSeconds = seconds(timer);
    const int found = queue.rowCount();
    if (found != (kReports + 6) / 7)
        return fail(QStringLiteral("the search found %1").arg(found));
    // harbour-inbox's filter: a count and the first page of 100 from the store.
    timer.restart();
    auto kioskCount = desk.value()->reportCount(desk::Origin::RegisteredKiosk);
    auto kioskPage = desk.value()->reports({ desk::Origin::RegisteredKiosk, 0, 100 });
    const double inboxSeconds = seconds(timer);
    if (!kioskCount || !kioskPage || kioskCount.value() != kReports / 10 || kioskPage->size() != 100)
        return fail(
            QStringLiteral("the inbox's kiosk filter found %1").arg(kioskCount ? kioskCount.value() : -1));
    intake.stop();

    proof::printFigure(QStringLiteral(
        "bench desk-sync-%1: desk %2 s (%3 pages through the desk API, SQLCipher store), floor "
        "(bare crypto_box_seal_open over the same %1 seals) %4 s, ratio %5; queue shown in harbour-desk "
        "(%6 reports read, ordered, in the model) %7 ms, ratio %8; filter (registered kiosks) %9 ms, "
        "ratio %10; search (%11 found) %12 ms, ratio %13; harbour-inbox filter (count and first page "
        "of 100) %14 ms, ratio %15")
                           .arg(kReports)
                           .arg(syncSeconds, 0, 'f', 2)
                           .arg(synced->pages)
                           .arg(floor, 0, 'f', 2)
                           .arg(syncSeconds / floor, 0, 'f', 1)
                           .arg(queue.total())
                           .arg(queueSeconds * 1000, 0, 'f', 0)
                           .arg(queueSeconds / floor, 0, 'f', 2)
                           .arg(filterSeconds * 1000, 0, 'f', 0)
                           .arg(filterSeconds / floor, 0, 'f', 3)
                           .arg(found)
                           .arg(searchSeconds * 1000, 0, 'f', 0)
                           .arg(searchSeconds / floor, 0, 'f', 3)
                           .arg(inboxSeconds * 1000, 0, 'f', 0)
                           .arg(inboxSeconds / floor, 0, 'f', 2));
    return 0;
}
