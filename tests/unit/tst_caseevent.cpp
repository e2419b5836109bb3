// SPDX-License-Identifier: GPL-3.0-or-later
// Case events (docs/protocol.md §18.4) in process: every type written and read back, the documented
// vector, every flipped byte of a sealed event refused, the writer refusing what readers refuse
// (limits, control characters, a closed status without a reason), membership under each of the
// organisation's keys, and refusal messages that never repeat what the event says.
#include "core/caseevent.h"
#include "crypto/sodium.h"
#include "protocol/desksignature.h"

#include <QFile>
#include <QTest>

#include <sodium.h>

using namespace harbour;
using namespace harbour::desk;

namespace {

protocol::KeyPair seededSigningKey(const QByteArray &seed)
{
    protocol::KeyPair pair { QByteArray(32, Qt::Uninitialized), QByteArray(64, Qt::Uninitialized) };
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
        reinterpret_cast<unsigned char *>(pair.secretKey.data()),
        reinterpret_cast<const unsigned char *>(seed.constData()));
    return pair;
}

protocol::KeyPair organisationFromSecret(const QByteArray &secret)
{
    protocol::KeyPair pair { QByteArray(32, Qt::Uninitialized), secret };
    crypto_scalarmult_base(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
        reinterpret_cast<const unsigned char *>(secret.constData()));
    return pair;
}

QByteArray bytesFrom(int first)
{
    QByteArray bytes;
    for (int i = 0; i < 32; ++i)
        bytes.append(char(first + i));
    return bytes;
}

} // namespace

class tst_CaseEvent : public QObject
{
    Q_OBJECT

private:
    protocol::KeyPair m_desk, m_organisation;

    CaseEvent draft(EventType type)
    {
        CaseEvent e;
        e.id = crypto::randomBytes(kEventIdBytes);
        e.caseId = crypto::randomBytes(16);
        e.type = type;
        e.at = QDateTime::currentDateTimeUtc();
        e.membership = membershipProof(m_organisation.secretKey, m_desk.publicKey);
        e.prev = QByteArray(kEventHashBytes, '\0');
        return e;
    }

    Result<OpenedEvent> roundTrip(CaseEvent &e)
    {
        auto plaintext = signEvent(e, m_desk.secretKey);
        if (!plaintext)
            return Result<OpenedEvent>::failure(plaintext);
        auto sealed = sealEvent(plaintext.value(), m_organisation.publicKey);
        if (!sealed)
            return Result<OpenedEvent>::failure(sealed);
        return openEvent(sealed.value(), { m_organisation });
    }

private Q_SLOTS:
    void initTestCase()
    {
        crypto::ensureInitialised();
        m_desk = protocol::generateSigningKeyPair();
        m_organisation = protocol::generateRecipientKeyPair();
    }

    void everyTypeReadsBack()
    {
        for (const EventType type :
            { EventType::Acknowledged, EventType::Status, EventType::Owner, EventType::Note,
                EventType::NextAction, EventType::Export, EventType::Deleted, EventType::KeyRotated }) {
            CaseEvent e = draft(type);
            e.status = CaseStatus::Closed;
            e.recordOnly = true;
            e.reason = QStringLiteral("Reason,\nwith a line");
            e.owner = QStringLiteral("Caseworker Ó");
            e.text = QStringLiteral("Zadzwoniłam.\n\tŚwiadek: tak 😀");
            e.due = QDate(2026, 2, 28);
            e.purpose = QStringLiteral("MARAC summary");
            e.keyId = crypto::toHex(crypto::randomBytes(16));
            if (type == EventType::KeyRotated)
                e.caseId.clear();
            const auto opened = roundTrip(e);
            QVERIFY2(opened, qPrintable(eventTypeName(type) + QStringLiteral(": ") + opened.error()));
            const CaseEvent &read = opened->event;
            QCOMPARE(read.type, type);
            QCOMPARE(read.id, e.id);
            QCOMPARE(read.caseId, e.caseId);
            QCOMPARE(read.at.toSecsSinceEpoch(), e.at.toSecsSinceEpoch());
            QCOMPARE(read.deskKeyId(), protocol::desk::deskKeyId(m_desk.publicKey));
            QCOMPARE(opened->hash, eventHash(opened->plaintext));
            QCOMPARE(opened->organisationKeyId, protocol::recipientKeyId(m_organisation.publicKey));
            if (type == EventType::Status) {
                QCOMPARE(read.status, CaseStatus::Closed);
                QVERIFY(read.recordOnly);
                QCOMPARE(read.reason, e.reason);
            }
            if (type == EventType::Note || type == EventType::NextAction)
                QCOMPARE(read.text, e.text);
            if (type == EventType::NextAction)
                QCOMPARE(read.due, e.due);
            if (type == EventType::Owner)
                QCOMPARE(read.owner, e.owner);
            if (type == EventType::KeyRotated)
                QCOMPARE(read.keyId, e.keyId);
        }
    }

    void theDocumentedVector()
    {
        const protocol::KeyPair desk = seededSigningKey(bytesFrom(0));
        const protocol::KeyPair organisation = organisationFromSecret(bytesFrom(0x40));
        CaseEvent e;
        e.id = bytesFrom(0x10).left(16);
        e.caseId = bytesFrom(0xa0).left(16);
        e.type = EventType::Note;
        e.text = QStringLiteral("Called back; left a message.");
        e.at = QDateTime(QDate(2025, 12, 4), QTime(10, 0), Qt::UTC);
        e.prev = QByteArray(32, '\0');
        e.membership = membershipProof(organisation.secretKey, desk.publicKey);
        const auto plaintext = signEvent(e, desk.secretKey);
        QVERIFY(plaintext);
        QFile spec(QStringLiteral(HARBOUR_SOURCE_DIR "/docs/protocol.md"));
        QVERIFY(spec.open(QIODevice::ReadOnly));
        const QByteArray document = spec.readAll();
        QVERIFY2(document.contains(QByteArray("\n" + plaintext.value() + "\n")), plaintext->constData());
        QVERIFY(document.contains(crypto::toHex(eventHash(plaintext.value()))));
        QCOMPARE(sealEvent(plaintext.value(), organisation.publicKey)->size(), 1072);
    }

    void everyFlippedByteIsRefused()
    {
        CaseEvent e = draft(EventType::Note);
        e.text = QStringLiteral("a note");
        const QByteArray sealed
            = sealEvent(signEvent(e, m_desk.secretKey).value(), m_organisation.publicKey).value();
        QVERIFY(openEvent(sealed, { m_organisation }));
        int refused = 0;
        for (qsizetype i = 0; i < sealed.size(); ++i) {
            QByteArray flipped = sealed;
            flipped[i] = char(flipped.at(i) ^ 0x01);
            const auto opened = openEvent(flipped, { m_organisation });
            QVERIFY2(!opened, qPrintable(QString::number(i)));
            QCOMPARE(opened.errorKind(), ErrorKind::Refused);
            ++refused;
        }
        QVERIFY(!openEvent(sealed.left(sealed.size() - 1), { m_organisation }));
        QVERIFY(!openEvent(sealed + 'x', { m_organisation }));
        qInfo("case event tamper: %d flipped bytes, %d refused", int(sealed.size()), refused);
    }

    void theWriterRefusesWhatReadersRefuse_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const int note = int(EventType::Note), owner = int(EventType::Owner), status = int(EventType::Status);
        QTest::newRow("empty note") << note << QString() << QStringLiteral("\"text\" must not be empty");
        QTest::newRow("blank note") << note << QStringLiteral(" \n\t") << QStringLiteral("must not be empty");
        QTest::newRow("note too long") << note << QString(kMaxNoteBytes + 1, QLatin1Char('n'))
                                       << QStringLiteral("longer than 24000 bytes");
        QTest::newRow("note of 3-byte characters") << note << QString(kMaxNoteBytes / 3 + 1, QChar(0x20ac))
                                                   << QStringLiteral("longer than 24000 bytes");
        QTest::newRow("note with a bell")
            << note << QStringLiteral("a\u0007b") << QStringLiteral("control character");
        QTest::newRow("note with C1")
            << note << QStringLiteral("a\u0085b") << QStringLiteral("control character");
        QTest::newRow("owner with a line feed")
            << owner << QStringLiteral("a\nb") << QStringLiteral("\"owner\" holds a control character");
        QTest::newRow("closed without a reason")
            << status << QString() << QStringLiteral("\"reason\" must not be empty");
    }

    void theWriterRefusesWhatReadersRefuse()
    {
        QFETCH(int, type);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        CaseEvent e = draft(EventType(type));
        e.text = text;
        e.owner = text;
        e.status = CaseStatus::Closed;
        e.reason = text;
        const auto plaintext = signEvent(e, m_desk.secretKey);
        QVERIFY(!plaintext);
        QVERIFY2(plaintext.error().contains(expected), qPrintable(plaintext.error()));
        QCOMPARE(plaintext.errorKind(), ErrorKind::Refused);
        // The reason names the member, never what it held.
        QVERIFY(text.size() < 3 || !plaintext.error().contains(text));
    }

    void theLongestNoteFitsTheLargestBucket()
    {
        CaseEvent e = draft(EventType::Note);
        e.text = QString(kMaxNoteBytes / 3, QChar(0x20ac)); // 24000 bytes of UTF-8
        const auto opened = roundTrip(e);
        QVERIFY2(opened, qPrintable(opened.error()));
        QCOMPARE(opened->event.text, e.text);
    }

    void membershipIsUnderTheOrganisationsKeys()
    {
        const protocol::KeyPair rotated = protocol::generateRecipientKeyPair();
        // Sealed to and proved under the organisation's new key: opens with the old and new key held.
        CaseEvent e = draft(EventType::Acknowledged);
        e.membership = membershipProof(rotated.secretKey, m_desk.publicKey);
        const QByteArray plaintext = signEvent(e, m_desk.secretKey).value();
        const auto opened
            = openEvent(sealEvent(plaintext, rotated.publicKey).value(), { m_organisation, rotated });
        QVERIFY2(opened, qPrintable(opened.error()));
        QCOMPARE(opened->organisationKeyId, protocol::recipientKeyId(rotated.publicKey));
        // Proved under one key, sealed to another: the proof must match the key that opened it.
        const auto crossed
            = openEvent(sealEvent(plaintext, m_organisation.publicKey).value(), { m_organisation, rotated });
        QVERIFY(!crossed);
        QVERIFY2(crossed.error().contains(QStringLiteral("not one of the organisation's desks")),
            qPrintable(crossed.error()));
        // Not held at all.
        const auto stranger = openEvent(
            sealEvent(plaintext, rotated.publicKey).value(), { protocol::generateRecipientKeyPair() });
        QVERIFY(!stranger);
        QVERIFY(stranger.error().contains(QStringLiteral("does not open")));
    }
};

QTEST_GUILESS_MAIN(tst_CaseEvent)
#include "tst_caseevent.moc"
