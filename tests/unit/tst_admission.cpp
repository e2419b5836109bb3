// SPDX-License-Identifier: GPL-3.0-or-later
// The admission proof (docs/protocol.md §11.5) against the document's test vectors, and the
// intake's difficulty control (receiver/intake/admissioncontrol.h) window by window.
#include "intake/admissioncontrol.h"
#include "protocol/admission.h"

#include <QTest>

using namespace harbour;
namespace admission = protocol::admission;
using receiver::AdmissionControl;

namespace {

QByteArray vectorId()
{
    return QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
}

} // namespace

class TestAdmission : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<quint64>("nonce");
        QTest::addColumn<QByteArray>("hash");
        QTest::addColumn<int>("work");
        QTest::newRow("nonce 0") << quint64(
            0) << QByteArray("c81e360689500f6f612d2aa627f952d4d5e9b7d4cd83036e692d762c68dae20e")
                                 << 0;
        QTest::newRow("nonce 18") << quint64(
            18) << QByteArray("08d2be9e75e096e72961687f441249a0bb078cee10d475967fe2745efb3d21d2")
                                  << 4;
        QTest::newRow("nonce 341") << quint64(
            341) << QByteArray("00d31914b4ff16439b247c01c423a4087e8f87a58098fb01956ffa3f5eeda11c")
                                   << 8;
        QTest::newRow("nonce 1255") << quint64(
            1255) << QByteArray("00271eedd63b4dead89e8d145dcc892adbfdd6c10b0b26907db6331540911849")
                                    << 10;
    }

    void vectors()
    {
        QFETCH(quint64, nonce);
        QFETCH(QByteArray, hash);
        QFETCH(int, work);
        QCOMPARE(admission::workHash(vectorId(), nonce).toHex(), hash);
        QCOMPARE(admission::workBits(vectorId(), nonce), work);
    }

    void solvesTheFirstNonce()
    {
        QCOMPARE(admission::solve(vectorId(), 4), std::optional<quint64>(18));
        QCOMPARE(admission::solve(vectorId(), 8), std::optional<quint64>(341));
        QCOMPARE(admission::solve(vectorId(), 0), std::optional<quint64>(0));
        QVERIFY(admission::verify(vectorId(), 341, 8));
        QVERIFY(!admission::verify(vectorId(), 340, 8));
        // A proof meets every lower difficulty too.
        QVERIFY(admission::verify(vectorId(), 1255, 9));
    }

    void refusesWhatItCannotDo()
    {
        QCOMPARE(admission::solve(QByteArray(15, 'x'), 1), std::nullopt);
        QCOMPARE(admission::solve(vectorId(), -1), std::nullopt);
        QCOMPARE(admission::solve(vectorId(), admission::kMaxDifficulty + 1), std::nullopt);
        QCOMPARE(admission::workBits(QByteArray(17, 'x'), 0), -1);
        std::atomic_bool cancelled { true };
        QCOMPARE(admission::solve(vectorId(), 20, &cancelled), std::nullopt);
    }

    void proofText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<quint64>("nonce");
        QTest::newRow("341") << QByteArray("0000000000000155") << true << quint64(341);
        QTest::newRow("largest") << QByteArray("ffffffffffffffff") << true << ~quint64(0);
        QTest::newRow("upper case") << QByteArray("000000000000015A") << false << quint64(0);
        QTest::newRow("short") << QByteArray("155") << false << quint64(0);
        QTest::newRow("long") << QByteArray("00000000000000155") << false << quint64(0);
        QTest::newRow("sign") << QByteArray("+000000000000155") << false << quint64(0);
        QTest::newRow("space") << QByteArray(" 000000000000155") << false << quint64(0);
        QTest::newRow("empty") << QByteArray() << false << quint64(0);
        QTest::newRow("0x") << QByteArray("0x00000000000155") << false << quint64(0);
    }

    void proofText()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(quint64, nonce);
        const auto parsed = admission::parseProof(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(*parsed, nonce);
            QCOMPARE(admission::proofText(nonce), text);
        }
    }

    void sizeBits()
    {
        QCOMPARE(admission::sizeBits(0), 0);
        QCOMPARE(admission::sizeBits(4096), 0);
        QCOMPARE(admission::sizeBits(4097), 1);
        QCOMPARE(admission::sizeBits(8192), 1);
        QCOMPARE(admission::sizeBits(87500), 5); // a 64 KiB bucket
        QCOMPARE(admission::sizeBits(2 * 1024 * 1024), 9);
        QCOMPARE(admission::requiredDifficulty(10, 1500), 10);
    }

    void difficultyRisesUnderLoadAndFallsBack()
    {
        using namespace std::chrono_literals;
        const AdmissionControl::Clock::time_point t0 {};
        AdmissionControl control({ 10, 16, 60s, 60 }, t0);
        QCOMPARE(control.difficulty(t0), 10);
        for (int i = 0; i < 61; ++i)
            control.noteStored(t0 + 1s);
        QCOMPARE(control.difficulty(t0 + 59s), 10); // decided when the window ends
        QCOMPARE(control.difficulty(t0 + 60s), 12);
        for (int i = 0; i < 61; ++i)
            control.noteStored(t0 + 61s);
        QCOMPARE(control.difficulty(t0 + 120s), 14);
        for (int i = 0; i < 61; ++i)
            control.noteStored(t0 + 121s);
        for (int i = 0; i < 61; ++i)
            control.noteStored(t0 + 181s);
        QCOMPARE(control.difficulty(t0 + 240s), 16); // never above the ceiling
        // A middling window (more than a quarter, not more than busy) keeps it.
        for (int i = 0; i < 30; ++i)
            control.noteStored(t0 + 241s);
        QCOMPARE(control.difficulty(t0 + 300s), 16);
        // Quiet windows lower it one bit each.
        QCOMPARE(control.difficulty(t0 + 360s), 15);
        QCOMPARE(control.difficulty(t0 + 420s), 14);
        // After a long quiet spell it is back at the base at once.
        QCOMPARE(control.difficulty(t0 + 24h), 10);
    }
};

QTEST_GUILESS_MAIN(TestAdmission)
#include "tst_admission.moc"
