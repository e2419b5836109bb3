// SPDX-License-Identifier: GPL-3.0-or-later
// harbour-bench-admission: what the admission proof (docs/protocol.md §11.5) costs a real reporter
// on this machine. The app's Forwarder delivers one report at a time to the real harbour-intake on
// 127.0.0.1 at the default difficulty and at raised ones; the floor is the same delivery at
// difficulty 0 (one hash), measured in the same run. Also one Argon2id hash alone, from which the
// line estimates a low-end phone.
#include "delivery/forwarder.h"
#include "intakeprocess.h"
#include "proofsupport.h"
#include "protocol/admission.h"
#include "store/outbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace harbour;
namespace admission = protocol::admission;

namespace {

constexpr int kReports = 12;
// A low-end phone (four Cortex-A53 cores at 1.4 GHz, LPDDR3) runs Argon2id at 256 KiB about this
// many times slower per core than one core of this machine: an estimate, not a measurement here.
constexpr double kLowEndPhoneFactor = 8.0;

struct Timing
{
    double median = 0;
    double p90 = 0;
};

Timing timing(std::vector<double> seconds)
{
    std::sort(seconds.begin(), seconds.end());
    return { seconds[seconds.size() / 2], seconds[seconds.size() * 9 / 10] };
}

// Delivers kReports reports one after another through a fresh Forwarder (it asks the intake for the
// difficulty once, as an app does after starting), timing each from queued to receipt.
Timing deliver(int difficulty, const proof::TestOrganisation &organisation, const QString &dir)
{
    testsupport::IntakeProcess intake;
    const QString store = QDir(dir).filePath(QStringLiteral("admission-%1.db").arg(difficulty));
    if (!intake.start(store, { organisation.publicKeyFile }, 0,
            { QStringLiteral("--admission-difficulty"), QString::number(difficulty),
                QStringLiteral("--admission-ceiling"), QString::number(difficulty) }))
        qFatal("the intake did not start");
    QTemporaryDir data;
    auto outbox = store::Outbox::openInDirectory(data.path());
    if (!outbox)
        qFatal("no outbox: %s", qPrintable(outbox.error()));
    delivery::Forwarder forwarder(outbox.value().get());
    QSignalSpy delivered(&forwarder, &delivery::Forwarder::delivered);
    std::vector<double> seconds;
    for (int i = 0; i < kReports; ++i) {
        auto sealed = protocol::seal(
            proof::testReport(QStringLiteral("HB-BENCH-%1").arg(i)), organisation.pair.publicKey);
        QElapsedTimer timer;
        timer.start();
        if (!outbox.value()
                 ->enqueue(sealed.value(), QStringLiteral("HB-BENCH"), QStringLiteral("Org"),
                     intake.envelopesUrl(), QDateTime::currentMSecsSinceEpoch())
                 .ok())
            qFatal("cannot queue");
        forwarder.kick();
        if (!QTest::qWaitFor([&] { return delivered.size() == i + 1; }, 600000))
            qFatal("not delivered");
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    return timing(seconds);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const proof::TestOrganisation organisation = proof::makeOrganisation(dir.path());

    // One hash, the unit of work: the median of 200.
    std::vector<double> hashes;
    const QByteArray id(16, 'h');
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer timer;
        timer.start();
        admission::workHash(id, quint64(i));
        hashes.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    const double hash = timing(hashes).median;
    std::printf(
        "bench admission-hash: one Argon2id hash (256 KiB, 1 pass) %.2f ms on this machine\n", hash * 1000);

    const Timing floor = deliver(0, organisation, dir.path());
    std::printf("bench admission floor: a report delivered at difficulty 0, median %.3f s, p90 %.3f s\n",
        floor.median, floor.p90);
    for (int difficulty : { admission::kDefaultDifficulty, 12, 14, 16 }) {
        const Timing t = deliver(difficulty, organisation, dir.path());
        // Expected hashes 2^d; a phone does them kLowEndPhoneFactor times slower on one core.
        const double phone = double(1 << difficulty) * hash * kLowEndPhoneFactor;
        std::printf("bench admission difficulty %d%s: median %.2f s (%.1fx floor), p90 %.2f s; low-end phone "
                    "estimate %.0f s on average\n",
            difficulty, difficulty == admission::kDefaultDifficulty ? " (default)" : "", t.median,
            t.median / floor.median, t.p90, phone);
        std::fflush(stdout);
    }
    return 0;
}
