// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskfixture.h"

#include "core/casestore.h"
#include "crypto/sodium.h"
#include "delivery/mailboxclient.h"
#include "receivertestutil.h"
#include "report/reportformat.h"

#include <QDebug>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace harbour::testsupport {
namespace {

const QByteArray kOrgPassphrase = "organisation test passphrase";

report::ReportRouting routing(const QString &contact, const QString &consent)
{
    report::ReportRouting r;
    r.choice = QStringLiteral("police");
    r.request = QStringLiteral("action");
    r.recipient = QStringLiteral("hub");
    r.recipientKind = QStringLiteral("police");
    r.sentTo = { QStringLiteral("hub") };
    r.contact = contact;
    r.multiAgencyConsent = consent;
    return r;
}

// A report as the app writes it for the embedded questionnaire (harbour-uk).
report::ReportDocument reportOf(const QString &reference, const QString &mode, const QString &narrative,
    const QStringList &strands, const QString &area, bool online)
{
    report::ReportDocument r;
    r.questionnaireId = QStringLiteral("harbour-uk");
    r.questionnaireVersion = 1;
    r.reference = reference;
    r.language = QStringLiteral("en");
    r.mode = mode;
    r.appVersion = QStringLiteral("0.1.0");
    r.reportedAt = QStringLiteral("2026-11-20T14:00:00Z");
    QJsonArray targeted;
    for (const QString &strand : strands)
        targeted.append(strand);
    r.answers = QJsonObject { { QStringLiteral("role"), QStringLiteral("victim") },
        { QStringLiteral("narrative"), narrative },
        { QStringLiteral("incident_types"), QJsonArray { QStringLiteral("verbal_abuse") } },
        { QStringLiteral("targeted"), targeted },
        { QStringLiteral("online"), online ? QStringLiteral("yes") : QStringLiteral("no") },
        { QStringLiteral("where"), QJsonObject { { QStringLiteral("area"), area } } } };
    r.flags.strands = strands;
    r.flags.cyberEnabled = online;
    r.flags.repeatVictim = false;
    r.flags.triage = QStringLiteral("standard");
    r.flags.urgent = false;
    r.routing = routing(QStringLiteral("anonymous"), QStringLiteral("not_asked"));
    return r;
}

} // namespace

DeskFixture::DeskFixture(const QString &dir)
    : m_dir(dir)
{
    m_store = QDir(dir).filePath(QStringLiteral("intake/intake.db"));
    m_desk1 = QDir(dir).filePath(QStringLiteral("desk1"));
    m_desk2 = QDir(dir).filePath(QStringLiteral("desk2"));
}

DeskFixture::~DeskFixture()
{
    stop();
}

void DeskFixture::stop()
{
    if (m_intake.isRunning())
        m_intake.stop();
}

QString DeskFixture::reference(const QString &name) const
{
    return QStringLiteral("HB-%1").arg(name.toUpper().replace(QLatin1Char('_'), QLatin1Char('-')));
}

bool DeskFixture::post(const QString &name, const QByteArray &reportJson, const QByteArray &kioskSecretKey)
{
    auto sealed = protocol::seal(reportJson, m_hub.key.publicKey, kioskSecretKey);
    if (!sealed) {
        qWarning("cannot seal a report");
        return false;
    }
    const HttpReply reply = postEnvelope(m_intake.envelopesUrl(), sealed.value());
    if (reply.status != 201) {
        qWarning("the intake did not store an envelope: %d", reply.status);
        return false;
    }
    if (!name.isEmpty())
        m_ids.insert(name, sealed->idHex());
    return true;
}

bool DeskFixture::start()
{
    crypto::ensureInitialised();
    if (!QDir().mkpath(QDir(m_dir).filePath(QStringLiteral("intake"))))
        return false;
    m_hub = makeDeskOrganisation(m_dir, QStringLiteral("Police hub"), kOrgPassphrase);
    if (!bindOrganisation(m_store, m_hub) || !m_intake.start(m_store, { m_hub.publicKeyFile }))
        return false;
    for (const auto &[dir, passphrase, name] :
        { std::tuple { m_desk1, QByteArray(kDesk1Passphrase), QStringLiteral("Hub desk 1") },
            std::tuple { m_desk2, QByteArray(kDesk2Passphrase), QStringLiteral("Hub desk 2") } }) {
        if (initDesk(m_store, m_hub, kOrgPassphrase, dir, m_intake.baseUrl(), passphrase, name, true)
                .isEmpty())
            return false;
    }

    const protocol::KeyPair registered = protocol::generateSigningKeyPair();
    const protocol::KeyPair unknown = protocol::generateSigningKeyPair();
    {
        auto desk1 = desk::CaseStore::open(m_desk1, kDesk1Passphrase);
        if (!desk1
            || !desk1.value()->registerKiosk(registered.publicKey, QStringLiteral("Library, front desk"))) {
            qWarning("cannot register the kiosk on desk 1");
            return false;
        }
    }

    report::ReportDocument plain = reportOf(reference(QStringLiteral("plain")), QStringLiteral("self"),
        QStringLiteral("Shouted at on the bus home from work."), { QStringLiteral("race") },
        QStringLiteral("E1"), false);
    report::ReportDocument urgent = reportOf(reference(QStringLiteral("urgent")), QStringLiteral("self"),
        QStringLiteral("They said they would come back tonight."), { QStringLiteral("religion") },
        QStringLiteral("Cardiff"), false);
    urgent.flags.urgent = true;
    urgent.flags.triage = QStringLiteral("high");
    urgent.flags.repeatVictim = true;
    report::ReportDocument high = reportOf(reference(QStringLiteral("high")), QStringLiteral("self"),
        QStringLiteral("Messages every night for a month."), { QStringLiteral("sexual_orientation") },
        QStringLiteral("Swansea"), true);
    high.flags.triage = QStringLiteral("high");
    high.flags.repeatVictim = true;
    report::ReportDocument kiosk = reportOf(reference(QStringLiteral("kiosk")), QStringLiteral("kiosk"),
        QStringLiteral("Graffiti on the mosque wall."), { QStringLiteral("religion") }, QStringLiteral("E1"),
        false);
    report::ReportDocument unknownKiosk = reportOf(reference(QStringLiteral("unknown_kiosk")),
        QStringLiteral("kiosk"), QStringLiteral("Pushed in the queue at the shop."),
        { QStringLiteral("disability") }, QStringLiteral("Cardiff"), false);
    report::ReportDocument contact = reportOf(reference(QStringLiteral("contact")), QStringLiteral("self"),
        QStringLiteral("Abuse in a group chat about my wheelchair."), { QStringLiteral("disability") },
        QStringLiteral("Newport"), true);
    contact.routing = routing(QStringLiteral("direct"), QStringLiteral("yes"));
    contact.contact = report::ReportContact { { QStringLiteral("phone") }, QStringLiteral("Sam"),
        QStringLiteral("07700900123"), {}, QStringLiteral("Weekdays after 6pm"), QStringLiteral("yes") };

    if (!post(QStringLiteral("plain"), plain.toCanonicalJson())
        || !post(QStringLiteral("urgent"), urgent.toCanonicalJson())
        || !post(QStringLiteral("high"), high.toCanonicalJson())
        || !post(QStringLiteral("kiosk"), kiosk.toCanonicalJson(), registered.secretKey)
        || !post(QStringLiteral("unknown_kiosk"), unknownKiosk.toCanonicalJson(), unknown.secretKey)
        || !post(QStringLiteral("contact"), contact.toCanonicalJson()))
        return false;
    // Junk: addressed to the hub's key, the right length (envelope version 2), sealed by nobody.
    protocol::Envelope junk { protocol::kEnvelopeVersion, crypto::randomBytes(16),
        protocol::recipientKeyId(m_hub.key.publicKey), crypto::randomBytes(165 + 1024) };
    if (postEnvelope(m_intake.envelopesUrl(), junk).status != 201)
        return false;
    return true;
}

bool DeskFixture::postFollowUpReport()
{
    // Quick derivation limits: the desk only ever sees the public values.
    auto seed = protocol::mailbox::deriveSeed(protocol::mailbox::generateCode(), 1, 8 * 1024 * 1024);
    if (!seed)
        return false;
    m_mailbox = protocol::mailbox::keysFromSeed(seed.value());
    report::ReportDocument report = reportOf(reference(QStringLiteral("followup")), QStringLiteral("self"),
        QStringLiteral("Spat at outside the station, twice this month."), { QStringLiteral("race") },
        QStringLiteral("Cardiff"), false);
    report.followup = protocol::mailbox::FollowUp::of(m_mailbox).toJson();
    return post(QStringLiteral("followup"), report.toCanonicalJson());
}

QStringList DeskFixture::replies()
{
    delivery::MailboxClient client(m_intake.baseUrl());
    auto fetched = client.fetch(m_mailbox);
    if (!fetched) {
        qWarning().noquote() << "cannot fetch the mailbox:" << fetched.error();
        return {};
    }
    QStringList texts;
    for (const protocol::mailbox::Reply &reply : fetched->replies)
        texts << reply.text;
    m_replies = fetched->replies;
    return texts;
}

bool DeskFixture::answerFirstReply(protocol::mailbox::Helped helped, const QString &text)
{
    if (m_replies.isEmpty())
        return false;
    protocol::mailbox::FollowUpReport answer;
    answer.kind = protocol::mailbox::Kind::Answer;
    answer.followup = protocol::mailbox::FollowUp::of(m_mailbox);
    answer.caseId = m_replies.constFirst().caseId;
    answer.replyId = m_replies.constFirst().id;
    answer.helped = helped;
    answer.text = text;
    answer.language = QStringLiteral("en");
    answer.appVersion = QStringLiteral("0.1.0");
    answer.reportedAt = QDateTime::currentDateTimeUtc();
    auto json = protocol::mailbox::writeFollowUp(answer, m_mailbox);
    return json && post({}, json.value());
}

bool DeskFixture::syncDesk2()
{
    const ToolRun run
        = runDesk({ QStringLiteral("sync"), QStringLiteral("--data"), m_desk2 }, kDesk2Passphrase);
    if (run.exitCode != 0)
        qWarning().noquote() << "harbour-desk-sync sync failed:" << run.err;
    return run.exitCode == 0;
}

std::unique_ptr<desk::CaseStore> DeskFixture::openDesk2()
{
    auto opened = desk::CaseStore::open(m_desk2, kDesk2Passphrase);
    if (!opened) {
        qWarning().noquote() << "cannot open desk 2:" << opened.error();
        return {};
    }
    return std::move(opened.value());
}

} // namespace harbour::testsupport
