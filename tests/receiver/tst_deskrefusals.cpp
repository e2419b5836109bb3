// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of bad case event, appended through the real intake by registered desks (so the intake,
// which cannot read events, stores them all), is refused by a desk (a harbour-desk-sync process)
// with a clear reason, kept apart and never applied: a flipped byte of the seal, a member changed
// after signing, a desk key with no valid membership proof (registered at the intake, as a hostile
// intake operator could), an event following one that was removed or refused (broken chain), an
// event sealed to another organisation's key, a sealed event replayed under another id or appended
// by another desk, unknown or repeated members, a wrong type, a non-canonical form, version 2.
#include "desktestutil.h"
#include "intakeprocess.h"
#include "receivertestutil.h"

#include "core/caseevent.h"
#include "core/deskclient.h"
#include "crypto/sodium.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace harbour;
using namespace harbour::testsupport;

namespace {

const QByteArray kOrgPassphrase = "organisation passphrase";
const QByteArray kDeskPassphrase = "desk passphrase";

// A desk made in this process: its key registered at the intake, its membership proof made with
// `membershipKey` (the organisation's secret key for a real desk, another for a forger).
struct Crafter
{
    protocol::KeyPair key;
    QByteArray membership;
};

// Signs an event object as a desk would (docs/protocol.md §18.4), whatever it holds.
QByteArray resign(QJsonObject object, const QByteArray &secretKey)
{
    object.remove(QStringLiteral("sig"));
    const QByteArray message = "harbour-case-event-v1" + QJsonDocument(object).toJson(QJsonDocument::Compact);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
        reinterpret_cast<const unsigned char *>(secretKey.constData()));
    object.insert(QStringLiteral("sig"), QString::fromLatin1(signature.toBase64()));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_DeskRefusals : public QObject
{
    Q_OBJECT

private:
    Crafter crafter(const QString &name, const QByteArray &membershipKey)
    {
        Crafter c { protocol::generateSigningKeyPair(), {} };
        c.membership = desk::membershipProof(membershipKey, c.key.publicKey);
        if (registerDesk(m_store, m_hub, name, c.key.publicKey).isEmpty())
            qFatal("cannot register a desk");
        return c;
    }

    desk::CaseEvent statusEvent(const Crafter &by, desk::CaseStatus status, const QByteArray &prev = {})
    {
        desk::CaseEvent e;
        e.id = crypto::randomBytes(desk::kEventIdBytes);
        e.caseId = m_case;
        e.type = desk::EventType::Status;
        e.status = status;
        e.recordOnly = false;
        e.reason = status == desk::CaseStatus::Closed ? QStringLiteral("closed by a forger") : QString();
        e.at = QDateTime::currentDateTimeUtc();
        e.deskPublicKey = by.key.publicKey;
        e.membership = by.membership;
        e.prev = prev.isEmpty() ? QByteArray(desk::kEventHashBytes, '\0') : prev;
        return e;
    }

    QByteArray plaintextOf(desk::CaseEvent &e, const Crafter &by)
    {
        auto signedEvent = desk::signEvent(e, by.key.secretKey);
        if (!signedEvent)
            qFatal("cannot sign: %s", qPrintable(signedEvent.error()));
        return signedEvent.value();
    }

    QByteArray seal(const QByteArray &plaintext, const QByteArray &publicKey)
    {
        auto sealed = desk::sealEvent(plaintext, publicKey);
        if (!sealed)
            qFatal("cannot seal: %s", qPrintable(sealed.error()));
        return sealed.value();
    }

    // Appends through the real intake, as `by`; returns the id it was appended under.
    QByteArray append(
        const Crafter &by, const QByteArray &sealed, const QByteArray &id, const char *expectedReason)
    {
        desk::DeskClient client(m_intake.baseUrl(), by.key.secretKey);
        const QByteArray idHex = crypto::toHex(id);
        auto appended = client.appendEvent(idHex, sealed);
        if (!appended)
            qFatal("the intake did not take an event: %s", qPrintable(appended.error()));
        m_expected.insert(idHex, QByteArray(expectedReason));
        return idHex;
    }

    QByteArray appendEvent(const Crafter &by, desk::CaseEvent &e, const char *expectedReason)
    {
        return append(by, seal(plaintextOf(e, by), m_hub.key.publicKey), e.id, expectedReason);
    }

    // A valid status event's object, to break one rule of and sign again.
    QJsonObject objectOf(const Crafter &by, QByteArray *id)
    {
        desk::CaseEvent e = statusEvent(by, desk::CaseStatus::Referred);
        *id = e.id;
        return QJsonDocument::fromJson(plaintextOf(e, by)).object();
    }

    QTemporaryDir m_dir;
    QString m_store, m_desk;
    IntakeProcess m_intake;
    DeskOrganisation m_hub, m_other;
    QByteArray m_case;
    QMap<QByteArray, QByteArray> m_expected; // event id hex -> what its refusal must say ("" accepted)

private Q_SLOTS:
    void initTestCase()
    {
        crypto::ensureInitialised();
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("intake.db"));
        m_desk = m_dir.filePath(QStringLiteral("desk"));
        m_hub = makeDeskOrganisation(m_dir.path(), QStringLiteral("Police hub"), kOrgPassphrase);
        m_other = makeDeskOrganisation(m_dir.path(), QStringLiteral("Other centre"), kOrgPassphrase);
        QVERIFY(bindOrganisation(m_store, m_hub));
        QVERIFY(m_intake.start(m_store, { m_hub.publicKeyFile }));
        QVERIFY(!initDesk(m_store, m_hub, kOrgPassphrase, m_desk, m_intake.baseUrl(), kDeskPassphrase,
            QStringLiteral("Reader"), true)
                     .isEmpty());
        auto sealed
            = protocol::seal(makeReport(QStringLiteral("HB-REFU-SALS"), QStringLiteral("self"), {}, {}, false)
                                 .toCanonicalJson(),
                m_hub.key.publicKey);
        QVERIFY(sealed);
        QCOMPARE(postEnvelope(m_intake.envelopesUrl(), sealed.value()).status, 201);
        m_case = sealed->id;
    }

    void everyBadEventIsRefusedWithItsReason()
    {
        const Crafter member = crafter(QStringLiteral("Crafting desk"), m_hub.key.secretKey);
        const Crafter forger = crafter(QStringLiteral("Forger"), m_other.key.secretKey);

        desk::CaseEvent good = statusEvent(member, desk::CaseStatus::InProgress);
        const QByteArray goodPlaintext = plaintextOf(good, member);
        const QByteArray goodSealed = seal(goodPlaintext, m_hub.key.publicKey);
        append(member, goodSealed, good.id, "");

        QByteArray flipped = goodSealed;
        flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x01);
        append(member, flipped, crypto::randomBytes(16), "does not open with the organisation's keys");

        desk::CaseEvent altered = statusEvent(member, desk::CaseStatus::Closed);
        QByteArray alteredPlaintext = plaintextOf(altered, member);
        alteredPlaintext.replace("closed by a forger", "closed by a mallet");
        append(member, seal(alteredPlaintext, m_hub.key.publicKey), altered.id, "signature does not verify");

        desk::CaseEvent forged = statusEvent(forger, desk::CaseStatus::Closed);
        appendEvent(forger, forged, "is not one of the organisation's desks");

        desk::CaseEvent removed = statusEvent(member, desk::CaseStatus::Referred);
        const QByteArray removedHash = desk::eventHash(plaintextOf(removed, member)); // never appended
        desk::CaseEvent afterRemoved = statusEvent(member, desk::CaseStatus::Referred, removedHash);
        appendEvent(member, afterRemoved, "broken chain");
        desk::CaseEvent afterRefused
            = statusEvent(member, desk::CaseStatus::Referred, desk::eventHash(alteredPlaintext));
        appendEvent(member, afterRefused, "broken chain");

        desk::CaseEvent otherKey = statusEvent(member, desk::CaseStatus::Referred);
        append(member, seal(plaintextOf(otherKey, member), m_other.key.publicKey), otherKey.id,
            "does not open with the organisation's keys");

        append(member, goodSealed, crypto::randomBytes(16), "sealed id is not the id it was listed under");
        desk::CaseEvent relayed = statusEvent(member, desk::CaseStatus::Referred);
        append(forger, seal(plaintextOf(relayed, member), m_hub.key.publicKey), relayed.id,
            "appended it, but desk");

        QByteArray id;
        QJsonObject unknown = objectOf(member, &id);
        unknown.insert(QStringLiteral("priority"), 1);
        append(member, seal(resign(unknown, member.key.secretKey), m_hub.key.publicKey), id,
            "unknown member \"priority\"");
        QByteArray repeated = resign(objectOf(member, &id), member.key.secretKey);
        repeated.replace("{\"at\"", "{\"type\":\"status\",\"at\"");
        append(member, seal(repeated, m_hub.key.publicKey), id, "the member \"type\" appears twice");
        QJsonObject wrongType = objectOf(member, &id);
        wrongType.insert(QStringLiteral("record_only"), QStringLiteral("yes"));
        append(member, seal(resign(wrongType, member.key.secretKey), m_hub.key.publicKey), id,
            "\"record_only\" must be true or false");
        QByteArray spaced = resign(objectOf(member, &id), member.key.secretKey);
        spaced.replace("{\"at\"", "{ \"at\"");
        append(member, seal(spaced, m_hub.key.publicKey), id, "not in canonical form");
        QJsonObject later = objectOf(member, &id);
        later.insert(QStringLiteral("v"), 2);
        append(member, seal(resign(later, member.key.secretKey), m_hub.key.publicKey), id,
            "unsupported event version (2)");
        QJsonObject missing = objectOf(member, &id);
        missing.remove(QStringLiteral("prev"));
        append(member, seal(resign(missing, member.key.secretKey), m_hub.key.publicKey), id,
            "the member \"prev\" is missing");

        // A valid event after all that, chained to the good one: accepted.
        desk::CaseEvent acknowledged
            = statusEvent(member, desk::CaseStatus::InProgress, desk::eventHash(goodPlaintext));
        acknowledged.type = desk::EventType::Acknowledged;
        appendEvent(member, acknowledged, "");

        const ToolRun synced
            = runDesk({ QStringLiteral("sync"), QStringLiteral("--data"), m_desk }, kDeskPassphrase);
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        const int refusals = int(m_expected.size()) - 2;
        QVERIFY2(synced.out.contains(QStringLiteral("events +2 (refused +%1)").arg(refusals).toLatin1()),
            synced.out.constData());

        const ToolRun listed
            = runDesk({ QStringLiteral("refused"), QStringLiteral("--data"), m_desk }, kDeskPassphrase);
        QCOMPARE(listed.exitCode, 0);
        QMap<QByteArray, QByteArray> reasons;
        for (const QByteArray &line : listed.out.split('\n')) {
            if (line.startsWith("event "))
                reasons.insert(line.split(' ').at(2), line.mid(line.indexOf(": ") + 2));
        }
        for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
            if (it.value().isEmpty()) {
                QVERIFY2(!reasons.contains(it.key()), reasons.value(it.key()).constData());
                continue;
            }
            QVERIFY2(reasons.contains(it.key()), it.value().constData());
            QVERIFY2(reasons.value(it.key()).contains(it.value()),
                QByteArray(it.value() + " | got: " + reasons.value(it.key())).constData());
        }
        // Nothing refused was applied: the case is in progress and acknowledged, as the good events say.
        const ToolRun queue
            = runDesk({ QStringLiteral("queue"), QStringLiteral("--data"), m_desk }, kDeskPassphrase);
        QVERIFY2(
            queue.out.contains(QByteArray(crypto::toHex(m_case) + " in_progress")), queue.out.constData());
        const auto status = statusOf(m_desk, kDeskPassphrase);
        QCOMPARE(status.value(QStringLiteral("events")), QStringLiteral("2"));
        QCOMPARE(status.value(QStringLiteral("refused-events")), QString::number(refusals));
        qInfo(
            "desk refusals: %d bad events appended through the intake, %d refused with the expected reason, "
            "0 applied",
            refusals, refusals);
    }
};

QTEST_GUILESS_MAIN(tst_DeskRefusals)
#include "tst_deskrefusals.moc"
