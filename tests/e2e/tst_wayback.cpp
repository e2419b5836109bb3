// SPDX-License-Identifier: GPL-3.0-or-later
// The way back (docs/protocol.md §19), end to end on the real intake: a report sent from one device
// with a follow-up code; the organisation's desk replies through its own code path (CaseActions);
// a second device with a fresh data folder enters the code as a person would type it, reads the
// reply, answers and says the response helped, through its outbox; the desk sees the answer, unread,
// with its case. Every copy opens only with the right keys, and the code and texts reach no file or
// log of the intake.
#include "desktestutil.h"
#include "testorganisation.h"

#include "core/caseactions.h"
#include "core/casestore.h"
#include "core/deskclient.h"
#include "core/desksync.h"
#include "crypto/sodium.h"
#include "delivery/forwarder.h"
#include "delivery/mailboxclient.h"
#include "delivery/reportsender.h"
#include "protocol/envelope.h"
#include "protocol/mailbox.h"
#include "report/reportformat.h"
#include "store/outbox.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace harbour;
using namespace harbour::testsupport;
namespace mb = protocol::mailbox;

namespace {

constexpr char kCanaryNarrative[] = "CANARY-NARRATIVE-51c2 shouted at me by the station";
constexpr char kCanaryReply[] = "CANARY-REPLY-51c2: a caseworker will call you on Tuesday";
constexpr char kCanaryAnswer[] = "CANARY-ANSWER-51c2: Tuesday is fine, after 5pm";

} // namespace

class tst_Wayback : public QObject
{
    Q_OBJECT

private:
    // Seals and queues `json` to the organisation on `outbox` and delivers it with the app's forwarder.
    bool deliver(store::Outbox *outbox, const QString &reference)
    {
        delivery::Forwarder forwarder(outbox);
        forwarder.setBackoff(100, 400);
        QSignalSpy delivered(&forwarder, &delivery::Forwarder::delivered);
        forwarder.kick();
        return delivered.wait(30000) && delivered.first().at(1).toString() == reference;
    }

    delivery::ReportCopy copy() const
    {
        delivery::ReportCopy c;
        c.recipient = QStringLiteral("Test organisation");
        c.intakeUrl = m_organisation->envelopesUrl();
        c.publicKey = m_organisation->publicKey();
        return c;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<TestOrganisation> m_organisation;

private Q_SLOTS:
    void initTestCase()
    {
        crypto::ensureInitialised();
        QVERIFY(m_dir.isValid());
        m_organisation = std::make_unique<TestOrganisation>(
            m_dir.filePath(QStringLiteral("organisation")), QByteArrayLiteral("wayback passphrase"));
        QVERIFY(m_organisation->isValid());
        QVERIFY(m_organisation->startIntake());
    }

    void aReporterHearsBackAnswersAndSaysItHelped()
    {
        // Device A: the report, with a new code, through the app's outbox and forwarder.
        const QByteArray code = mb::generateCode();
        QElapsedTimer timer;
        timer.start();
        auto seedA = mb::deriveSeed(code);
        QVERIFY(seedA);
        qInfo("follow-up code derivation (Argon2id MODERATE, 256 MiB): %lld ms", qlonglong(timer.elapsed()));
        mb::Keys keysA = mb::keysFromSeed(seedA.value());
        report::ReportDocument document;
        document.questionnaireId = QStringLiteral("harbour-uk");
        document.questionnaireVersion = 1;
        document.reference = QStringLiteral("HB-WAY1-BACK");
        document.language = QStringLiteral("en");
        document.mode = QStringLiteral("self");
        document.appVersion = QStringLiteral("0.1.0");
        document.reportedAt = QStringLiteral("2026-12-04T03:00:00Z");
        document.answers.insert(QStringLiteral("narrative"), QString::fromLatin1(kCanaryNarrative));
        document.routing = report::ReportRouting { QStringLiteral("support"), QStringLiteral("action"),
            QStringLiteral("test-support"), QStringLiteral("support"), { QStringLiteral("test-support") }, 0,
            QStringLiteral("anonymous"), {}, QStringLiteral("not_asked") };
        document.followup = mb::FollowUp::of(keysA).toJson();
        QTemporaryDir deviceA;
        {
            auto outbox = store::Outbox::openInDirectory(deviceA.path());
            QVERIFY(outbox);
            delivery::ReportCopy c = copy();
            c.reportJson = document.toCanonicalJson();
            std::vector<delivery::ReportCopy> copies;
            copies.push_back(c);
            QVERIFY(
                delivery::ReportSender(outbox.value().get())
                    .send(std::move(copies), document.reference, {}, QDateTime::currentMSecsSinceEpoch()));
            QVERIFY(deliver(outbox.value().get(), document.reference));
        }
        keysA.wipe();

        // The desk: sync, then reply from the case through CaseActions.
        QVERIFY(m_organisation->syncDesk());
        QByteArray caseId;
        {
            auto desk = desk::CaseStore::open(m_organisation->deskDir(), m_organisation->passphrase());
            QVERIFY2(desk, qPrintable(desk.error()));
            auto queue = desk.value()->queue();
            QVERIFY(queue);
            QCOMPARE(queue->size(), 1);
            caseId = queue->constFirst().id;
            desk::DeskClient client(desk.value()->intake(), desk.value()->deskSecretKey());
            desk::CaseActions actions(*desk.value(), client);
            auto details = desk::caseDetails(*desk.value(), caseId);
            QVERIFY(details && details->hasMailbox);
            const auto sent = actions.reply(caseId, QString::fromLatin1(kCanaryReply));
            QVERIFY2(sent, qPrintable(sent.error()));
            details = desk::caseDetails(*desk.value(), caseId);
            QCOMPARE(details->replies.size(), 1);
            QCOMPARE(details->replies.constFirst().text, QString::fromLatin1(kCanaryReply));
            QCOMPARE(details->history.constLast().type, desk::EventType::ReplySent);
        }

        // Device B, a fresh data folder: the code typed back with spaces, lower case, O for 0, L for 1.
        QString typed = mb::displayCode(code).toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
        typed.replace(QLatin1Char('0'), QLatin1Char('o')).replace(QLatin1Char('1'), QLatin1Char('l'));
        const auto normalised = mb::normaliseCode(typed);
        QVERIFY2(normalised, qPrintable(normalised.error()));
        QCOMPARE(normalised.value(), code);
        auto seedB = mb::deriveSeed(normalised.value());
        QVERIFY(seedB);
        mb::Keys keysB = mb::keysFromSeed(seedB.value());
        QUrl intake = m_organisation->envelopesUrl();
        delivery::MailboxClient mailbox(intake);
        auto fetched = mailbox.fetch(keysB);
        QVERIFY2(fetched, qPrintable(fetched.error()));
        QCOMPARE(fetched->replies.size(), 1);
        QCOMPARE(fetched->refused, 0);
        const mb::Reply reply = fetched->replies.constFirst();
        QCOMPARE(reply.text, QString::fromLatin1(kCanaryReply));
        QCOMPARE(QByteArray(crypto::toHex(reply.caseId)), caseId);
        QCOMPARE(reply.organisation, QStringLiteral("test-support"));

        // A mistyped code (one symbol changed) derives another mailbox: nothing, as for any unknown one.
        QByteArray wrong = code;
        wrong[5] = wrong.at(5) == 'A' ? 'B' : 'A';
        auto wrongSeed = mb::deriveSeed(wrong);
        QVERIFY(wrongSeed);
        auto nothing = mailbox.fetch(mb::keysFromSeed(wrongSeed.value()));
        QVERIFY(nothing);
        QCOMPARE(nothing->replies.size(), 0);
        QCOMPARE(nothing->ids.size(), 0);

        // B answers, says it helped, and the answer goes through B's outbox like a report.
        QTemporaryDir deviceB;
        {
            auto outbox = store::Outbox::openInDirectory(deviceB.path());
            QVERIFY(outbox);
            mb::FollowUpReport answer;
            answer.kind = mb::Kind::Answer;
            answer.followup = mb::FollowUp::of(keysB);
            answer.caseId = reply.caseId;
            answer.replyId = reply.id;
            answer.text = QString::fromLatin1(kCanaryAnswer);
            answer.helped = mb::Helped::Yes;
            answer.language = QStringLiteral("en");
            answer.appVersion = QStringLiteral("0.1.0");
            answer.reportedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(delivery::queueFollowUp(outbox.value().get(), answer, keysB, copy(),
                QStringLiteral("HB-WAY1-BACK answer"), QDateTime::currentMSecsSinceEpoch()));
            QVERIFY(deliver(outbox.value().get(), QStringLiteral("HB-WAY1-BACK answer")));
        }
        // Read, kept on the device: deleted at the intake.
        auto left = mailbox.remove(keysB, fetched->ids);
        QVERIFY2(left, qPrintable(left.error()));
        QCOMPARE(left->ids.size(), 0);

        // The desk sees the answer with its case, unread until opened.
        QVERIFY(m_organisation->syncDesk());
        {
            auto desk = desk::CaseStore::open(m_organisation->deskDir(), m_organisation->passphrase());
            QVERIFY(desk);
            auto queue = desk.value()->queue();
            QVERIFY(queue);
            QCOMPARE(queue->size(), 1); // the answer is no case of its own
            QCOMPARE(queue->constFirst().unreadAnswers, 1);
            auto answers = desk.value()->answers(caseId);
            QVERIFY(answers);
            QCOMPARE(answers->size(), 1);
            QCOMPARE(answers->constFirst().kind, QStringLiteral("answer"));
            QCOMPARE(answers->constFirst().helped, QStringLiteral("yes"));
            QCOMPARE(answers->constFirst().text, QString::fromLatin1(kCanaryAnswer));
            QCOMPARE(answers->constFirst().replyId, crypto::toHex(reply.id));
        }
        // The same through harbour-desk-sync: the queue marks the unread answer, "answers" lists it
        // (without its text) and marks it read, "reply" sends a second reply with the text from stdin.
        const QString deskDir = m_organisation->deskDir();
        const QByteArray passphrase = m_organisation->passphrase();
        const ToolRun queued
            = runDesk({ QStringLiteral("queue"), QStringLiteral("--data"), deskDir }, passphrase);
        QVERIFY2(queued.exitCode == 0 && queued.out.trimmed().endsWith(" unread 1"), queued.out.constData());
        const ToolRun listed = runDesk({ QStringLiteral("answers"), QStringLiteral("--data"), deskDir,
                                           QStringLiteral("--case"), QString::fromLatin1(caseId) },
            passphrase);
        QVERIFY2(listed.exitCode == 0 && listed.out.contains(" answer helped yes ")
                && listed.out.contains(" unread"),
            listed.out.constData());
        QVERIFY(!listed.out.contains("CANARY"));
        // The way back in figures: one report with a code, replied to, its reporter came back and
        // said it helped; small numbers suppressed unless --exact.
        const ToolRun exactFigures = runDesk(
            { QStringLiteral("figures"), QStringLiteral("--data"), deskDir, QStringLiteral("--exact") },
            passphrase);
        QVERIFY2(exactFigures.exitCode == 0, exactFigures.err.constData());
        for (const char *line : { "reports with a follow-up code: 1\n", "cases replied to: 1\n",
                 "reporters who came back: 1\n", "answers: 1\n", "additions: 0\n",
                 "the response helped: yes: 1\n", "the response helped: no: 0\n" })
            QVERIFY2(exactFigures.out.contains(line), exactFigures.out.constData());
        const ToolRun suppressed
            = runDesk({ QStringLiteral("figures"), QStringLiteral("--data"), deskDir }, passphrase);
        QVERIFY2(suppressed.out.contains("reporters who came back: fewer than 10\n")
                && suppressed.out.contains("additions: 0\n"),
            suppressed.out.constData());
        const ToolRun again
            = runDesk({ QStringLiteral("queue"), QStringLiteral("--data"), deskDir }, passphrase);
        QVERIFY2(!again.out.contains("unread"), again.out.constData());
        const ToolRun replied = runDesk({ QStringLiteral("reply"), QStringLiteral("--data"), deskDir,
                                            QStringLiteral("--case"), QString::fromLatin1(caseId) },
            passphrase, QByteArrayLiteral("CANARY-REPLY-51c2 second: thank you for letting us know."));
        QVERIFY2(replied.exitCode == 0 && replied.out.startsWith("appended seq "), replied.err.constData());
        QVERIFY(!replied.out.contains("CANARY") && !replied.err.contains("CANARY"));
        auto second = mailbox.fetch(keysB);
        QVERIFY2(second, qPrintable(second.error()));
        QCOMPARE(second->replies.size(), 1);
        QVERIFY(second->replies.constFirst().text.startsWith(QLatin1StringView("CANARY-REPLY-51c2 second")));
        {
            auto desk = desk::CaseStore::open(m_organisation->deskDir(), m_organisation->passphrase());
            QVERIFY(desk);
            QCOMPARE(desk.value()->sentReplies(caseId)->size(), 2);

            // The answer is kept as its envelope opened with the organisation's key; the mailbox's
            // box key opens no envelope (a reply sealed to it was read above, on device B only).
            auto answers = desk.value()->answers(caseId);
            QVERIFY(answers && answers->size() == 1 && answers->constFirst().read);
            auto json = desk.value()->reportJson(answers->constFirst().id);
            QVERIFY(json && mb::isFollowUp(json.value()));
        }
        keysB.wipe();
        qInfo("the way back: report with a code, reply from the desk, reply read on a second device, answer "
              "(helped: yes) filed with its case, unread, then read through harbour-desk-sync; a second "
              "reply sent "
              "with harbour-desk-sync reply and read on the second device");
    }

    void nothingReachesTheIntakesFilesOrLogInTheClear()
    {
        m_organisation->intake().stop();
        QByteArray everything = m_organisation->intake().output();
        QDirIterator files(m_dir.filePath(QStringLiteral("organisation")), QDir::Files | QDir::Hidden);
        while (files.hasNext()) {
            const QString path = files.next();
            if (!path.contains(QLatin1StringView("intake")))
                continue;
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                everything += file.readAll();
        }
        QVERIFY(!everything.isEmpty());
        for (const char *canary : { "CANARY-NARRATIVE", "CANARY-REPLY", "CANARY-ANSWER", "51c2" })
            QVERIFY2(!everything.contains(canary), canary);
    }
};

QTEST_GUILESS_MAIN(tst_Wayback)
#include "tst_wayback.moc"
