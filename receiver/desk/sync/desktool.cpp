// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktool.h"

#include "base/strictinput.h"
#include "common/commandrules.h"
#include "common/keyfiles.h"
#include "common/passphrase.h"
#include "common/terminaltext.h"
#include "core/caseactions.h"
#include "core/casestore.h"
#include "core/deskclient.h"
#include "core/desksync.h"
#include "core/export.h"
#include "core/responsestandard.h"
#include "core/retention.h"
#include "crypto/sodium.h"
#include "protocol/fingerprint.h"
#include "report/reportformat.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace harbour::desk {
namespace {

using namespace harbour::receiver;

constexpr char kDeskPassphraseVariable[] = "HARBOUR_DESK_PASSPHRASE";
constexpr qint64 kMaxStdinBytes = 64 * 1024;

const char kUsage[]
    = "harbour-desk-sync: a desk of the organisation on the command line (docs/desk.md)\n\n"
      "  init --data DIR --organisation-key FILE --intake URL [--kdf moderate|interactive]\n"
      "      makes the desk: its store (under the desk passphrase), its key, the organisation's key\n"
      "      (unlocked with its own passphrase); prints the desk key to register with\n"
      "      harbour-intake-admin add-desk\n"
      "  add-organisation-key --data DIR --organisation-key FILE\n"
      "             the organisation's new key, added to this desk: it opens reports and events sealed\n"
      "             to it; new events stay sealed to the current key until rotate-key (step 2 of a\n"
      "             rotation, on every desk: docs/desk.md \"Rotating the organisation key\")\n"
      "  rotate-key --data DIR --key-id ID   records key_rotated in the case log (step 3, on one\n"
      "             desk, once every desk holds the key): every desk seals new events to key ID\n"
      "  sync --data DIR [--page-limit N]   sends what is pending, fetches new envelopes and events\n"
      "                           (N rows a page, 1 to 500; default 100)\n"
      "  status --data DIR        counts, cursors, the case state's digest and the keys held\n"
      "  queue --data DIR         open cases in queue order: id, status, priority, due date, and\n"
      "                           \"unread N\" when the reporter answered or added (the way back)\n"
      "  refused --data DIR       events and envelopes kept apart, with the reason\n"
      "  acknowledge --data DIR --case ID\n"
      "  set-status --data DIR --case ID --status new|acknowledged|in_progress|referred|closed\n"
      "             [--record-only]  (closing reads the reason from standard input)\n"
      "  owner --data DIR --case ID --owner NAME\n"
      "  note --data DIR --case ID              (the note from standard input)\n"
      "  next-action --data DIR --case ID --due YYYY-MM-DD   (the action from standard input)\n"
      "  delete --data DIR --case ID            (the reason from standard input)\n"
      "  reply --data DIR --case ID             seals a reply to the reporter's follow-up mailbox and\n"
      "                           posts it (the text from standard input); recorded as reply_sent\n"
      "  answers --data DIR --case ID           the reporter's answers and additions: seq, kind, whether\n"
      "                           the response helped, hour (not their text); marks them read\n"
      "  figures --data DIR [--exact]           the way back in counts: reports with a follow-up code,\n"
      "                           cases replied to, reporters who came back, answers, additions, and\n"
      "                           the latest \"did the response help?\" of each; 1 to 9 print as\n"
      "                           \"fewer than 10\" (for figures that leave the desk) unless --exact\n"
      "  export --data DIR --case ID --format pdf|csv|json|marac --output FILE\n"
      "             one case to FILE (created 0600): a PDF case summary, the CSV row, the JSON, or a\n"
      "             MARAC pack (only when the reporter consented to multi-agency sharing); every\n"
      "             export is recorded in the case log\n"
      "  kiosk-add --data DIR --kiosk-key KEY --name NAME   registers one of the organisation's\n"
      "             kiosks (KEY: the public key its settings screen shows, base64 or hex)\n"
      "  kiosk-revoke --data DIR --kiosk-key KEY            its reports then read unknown-kiosk\n"
      "  kiosks --data DIR        the registered kiosks: key, fingerprint, name, added, revoked\n"
      "  standard --data DIR [--set FILE]   the response standard in effect (JSON); with --set, FILE\n"
      "             is checked and becomes this desk's standard (docs/desk.md \"Response standard\")\n"
      "  due --data DIR [--now TIME]        open cases by response: id, priority, triage, first\n"
      "             contact due, decision due (UTC), and ok, overdue-first-contact or overdue-decision\n"
      "  retention --data DIR [--set FILE] [--now TIME] [--apply]\n"
      "             closed cases and when retention deletes them: id, closed, deleted from, due|soon|later\n"
      "             (FILE: {\"delete_closed_after_days\": N, \"warn_days\": M}; no file: nothing is\n"
      "             deleted); --apply deletes those due, on every desk and at the intake\n\n"
      "The desk passphrase comes from --passphrase-file (first line), else HARBOUR_DESK_PASSPHRASE,\n"
      "else the terminal; the organisation key's from --organisation-passphrase-file, else\n"
      "HARBOUR_INBOX_PASSPHRASE, else the terminal. Nothing a report or a case note says is printed.\n"
      "Exit codes: 0 done, 1 failed, 2 wrong passphrase, 64 usage error.\n";

struct Tool
{
    ToolConsole console { QStringLiteral("harbour-desk-sync"), QString::fromLatin1(kUsage) };
    QCommandLineParser parser;
    QCommandLineOption help { { QStringLiteral("h"), QStringLiteral("help") },
        QStringLiteral("Show this help.") };
    QCommandLineOption data { QStringLiteral("data"), QStringLiteral("The desk's folder."),
        QStringLiteral("DIR") };
    QCommandLineOption passphraseFile
        = fileOption(QStringLiteral("passphrase-file"), QStringLiteral("Desk passphrase file."));
    QCommandLineOption organisationKey = fileOption(
        QStringLiteral("organisation-key"), QStringLiteral("The organisation's secret key file."));
    QCommandLineOption organisationPassphraseFile = fileOption(QStringLiteral("organisation-passphrase-file"),
        QStringLiteral("The organisation key's passphrase file."));
    QCommandLineOption intake { QStringLiteral("intake"), QStringLiteral("The intake's base URL."),
        QStringLiteral("URL") };
    QCommandLineOption kdf { QStringLiteral("kdf"), QStringLiteral("Argon2id limits."),
        QStringLiteral("LIMITS") };
    QCommandLineOption caseId { QStringLiteral("case"), QStringLiteral("A case (envelope) id."),
        QStringLiteral("ID") };
    QCommandLineOption status { QStringLiteral("status"), QStringLiteral("A case status."),
        QStringLiteral("STATUS") };
    QCommandLineOption recordOnly { QStringLiteral("record-only"),
        QStringLiteral("Record only, no action.") };
    QCommandLineOption owner { QStringLiteral("owner"), QStringLiteral("Who owns the case."),
        QStringLiteral("NAME") };
    QCommandLineOption due { QStringLiteral("due"), QStringLiteral("The next action's date."),
        QStringLiteral("DATE") };
    QCommandLineOption pageLimit { QStringLiteral("page-limit"), QStringLiteral("Rows a page."),
        QStringLiteral("N") };
    QCommandLineOption kioskKey { QStringLiteral("kiosk-key"), QStringLiteral("A kiosk's public key."),
        QStringLiteral("KEY") };
    QCommandLineOption format { QStringLiteral("format"), QStringLiteral("pdf, csv, json or marac."),
        QStringLiteral("FORMAT") };
    QCommandLineOption output { QStringLiteral("output"), QStringLiteral("The export's file."),
        QStringLiteral("FILE") };
    QCommandLineOption name { QStringLiteral("name"), QStringLiteral("A kiosk's name."),
        QStringLiteral("NAME") };
    QCommandLineOption set = fileOption(QStringLiteral("set"), QStringLiteral("A response standard file."));
    QCommandLineOption apply { QStringLiteral("apply"), QStringLiteral("Delete the cases due.") };
    QCommandLineOption exact { QStringLiteral("exact"), QStringLiteral("Print small numbers as they are.") };
    QCommandLineOption now { QStringLiteral("now"), QStringLiteral("The time to count from (UTC, ISO 8601)."),
        QStringLiteral("TIME") };
    QCommandLineOption keyId { QStringLiteral("key-id"),
        QStringLiteral("The organisation's new recipient key id (32 hex characters)."),
        QStringLiteral("ID") };

    std::unique_ptr<CaseStore> store;

    int fail(const Result<void> &result) const { return console.fail(result.error()); }

    // Opens the desk with its passphrase; an exit code on failure.
    std::optional<int> openStore()
    {
        auto passphrase = obtainPassphrase(parser.value(passphraseFile), QStringLiteral("Desk passphrase: "),
            false, kDeskPassphraseVariable);
        if (!passphrase)
            return console.fail(passphrase.error());
        auto opened = CaseStore::open(parser.value(data), passphrase.value());
        crypto::wipe(passphrase.value());
        if (!opened) {
            console.printErr(opened.error());
            return opened.errorKind() == ErrorKind::Refused ? ExitWrongPassphrase : ExitFailure;
        }
        store = std::move(opened.value());
        return std::nullopt;
    }

    // Standard input as strict UTF-8 text (a note, a reason), without one final line ending.
    std::optional<QString> readStdin(QString *error) const
    {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read standard input");
            return std::nullopt;
        }
        QByteArray bytes = in.read(kMaxStdinBytes + 1);
        if (bytes.size() > kMaxStdinBytes) {
            crypto::wipe(bytes);
            *error = QStringLiteral("standard input is longer than %1 bytes").arg(kMaxStdinBytes);
            return std::nullopt;
        }
        if (bytes.endsWith('\n'))
            bytes.chop(1);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decode(bytes);
        crypto::wipe(bytes);
        if (decode.hasError()) {
            *error = QStringLiteral("standard input is not UTF-8 text");
            return std::nullopt;
        }
        return text;
    }

    // The organisation's key file named by --organisation-key, unlocked (its passphrase from
    // --organisation-passphrase-file, the environment or the terminal).
    UnlockedKey organisationKeyPair();
    int init();
    int addOrganisationKey();
    int rotateKey();
    int sync();
    int status_();
    int queue();
    int refused();
    int answers();
    int figures();
    int change(const QString &command);
    int kiosk(const QString &command);
    int exportCase();
    int standard();
    int dueList();
    int retention();
    std::optional<QDateTime> nowOption(int *exitCode);
};

UnlockedKey Tool::organisationKeyPair()
{
    UnlockedKey failed;
    QFile file(parser.value(organisationKey));
    if (!file.open(QIODevice::ReadOnly)) {
        failed.exitCode = console.fail(QStringLiteral("cannot read the key file %1: %2")
                                           .arg(parser.value(organisationKey), file.errorString()));
        return failed;
    }
    const auto keyFile = OrganisationKeyFile::fromJson(file.read(64 * 1024));
    if (!keyFile) {
        failed.exitCode
            = console.fail(QStringLiteral("the key file %1 is damaged or not a Harbour organisation key: %2")
                               .arg(parser.value(organisationKey), keyFile.error()));
        return failed;
    }
    return unlockKeyFile(console, keyFile.value(), parser.value(organisationKey),
        parser.value(organisationPassphraseFile), kPassphraseEnvironmentVariable);
}

// Key rotation, step 2 on every desk (docs/desk.md "Rotating the organisation key"): the new key
// opens reports and events from now on; events stay sealed to the current key until the rotation
// is recorded (rotate-key), so a desk that has not added it yet still reads everything.
int Tool::addOrganisationKey()
{
    UnlockedKey key = organisationKeyPair();
    if (key.exitCode != ExitOk)
        return key.exitCode;
    const QByteArray id = protocol::recipientKeyId(key.pair.publicKey);
    auto added = store->addOrganisationKey(key.pair);
    crypto::wipe(key.pair.secretKey);
    if (!added)
        return fail(added);
    console.printOut(
        QStringLiteral("key-id: %1\nkeys-held: %2\ncurrent-key: %3\n")
            .arg(QString::fromLatin1(id))
            .arg(store->organisationKeys().size())
            .arg(QString::fromLatin1(protocol::recipientKeyId(store->currentOrganisationKey().publicKey))));
    return ExitOk;
}

// Key rotation, step 3, on one desk once every desk holds the new key: a key_rotated event in the
// case log; every desk seals new events to that key once it has applied it.
int Tool::rotateKey()
{
    const QByteArray id = parser.value(keyId).toLatin1();
    if (crypto::fromHexStrict(id, 16).isEmpty())
        return console.usageError(
            QStringLiteral("--key-id needs a recipient key id: 32 lower-case hex characters"));
    const QList<protocol::KeyPair> held = store->organisationKeys();
    if (std::none_of(held.cbegin(), held.cend(),
            [&](const protocol::KeyPair &key) { return protocol::recipientKeyId(key.publicKey) == id; }))
        return console.fail(
            QStringLiteral("this desk does not hold the key %1: add it with add-organisation-key "
                           "first, on every desk of the organisation")
                .arg(QString::fromLatin1(id)));
    DeskClient client(store->intake(), store->deskSecretKey());
    CaseActions actions(*store, client);
    auto recorded = actions.recordKeyRotation(id);
    if (!recorded)
        return console.fail(recorded.error());
    DeskSync sync(*store, client);
    if (auto synced = sync.syncAll(); !synced)
        return console.fail(
            QStringLiteral("the rotation is recorded (seq %1) but this desk could not sync: %2")
                .arg(recorded.value())
                .arg(synced.error()));
    console.printOut(
        QStringLiteral("key_rotated: seq %1\ncurrent-key: %2\n")
            .arg(recorded.value())
            .arg(QString::fromLatin1(protocol::recipientKeyId(store->currentOrganisationKey().publicKey))));
    return ExitOk;
}

int Tool::init()
{
    KdfLimits limits = KdfLimits::moderate();
    if (parser.isSet(kdf)) {
        if (parser.value(kdf) == QLatin1StringView("interactive"))
            limits = KdfLimits::interactive();
        else if (parser.value(kdf) != QLatin1StringView("moderate"))
            return console.usageError(QStringLiteral("--kdf must be moderate (the default) or interactive"));
    }
    const QUrl intakeUrl(parser.value(intake), QUrl::StrictMode);
    if (!intakeUrl.isValid() || intakeUrl.host().isEmpty()
        || (intakeUrl.scheme() != QLatin1StringView("https")
            && intakeUrl.scheme() != QLatin1StringView("http")))
        return console.usageError(
            QStringLiteral("--intake must be the intake's http:// or https:// address"));
    UnlockedKey key = organisationKeyPair();
    if (key.exitCode != ExitOk)
        return key.exitCode;
    auto passphrase = obtainPassphrase(
        parser.value(passphraseFile), QStringLiteral("New desk passphrase: "), true, kDeskPassphraseVariable);
    if (!passphrase) {
        crypto::wipe(key.pair.secretKey);
        return console.fail(passphrase.error());
    }
    auto made = CaseStore::create({ parser.value(data), passphrase.value(), limits, key.pair, intakeUrl });
    crypto::wipe(passphrase.value());
    crypto::wipe(key.pair.secretKey);
    if (!made)
        return console.fail(made.error());
    console.printOut(QStringLiteral("desk-key: %1\nkey-id: %2\n")
                         .arg(QString::fromLatin1(made.value()->deskPublicKey().toBase64()),
                             QString::fromLatin1(made.value()->deskKeyId())));
    return ExitOk;
}

int Tool::sync()
{
    DeskClient client(store->intake(), store->deskSecretKey());
    DeskSync sync(*store, client);
    if (parser.isSet(pageLimit)) {
        bool ok = false;
        const int limit = parser.value(pageLimit).toInt(&ok);
        if (!ok || limit < 1 || limit > 500)
            return console.usageError(QStringLiteral("--page-limit must be a whole number from 1 to 500"));
        sync.setPageLimit(limit);
    }
    auto figures = sync.syncAll();
    if (!figures)
        return console.fail(figures.error());
    console.printOut(QStringLiteral("sent %1, envelopes +%2 (junk +%3), events +%4 (refused +%5)\n")
                         .arg(figures->sent)
                         .arg(figures->envelopes)
                         .arg(figures->junk)
                         .arg(figures->events)
                         .arg(figures->refusedEvents));
    if (figures->purged > 0)
        console.printOut(QStringLiteral("deleted at the intake: %1 case(s)\n").arg(figures->purged));
    if (figures->unpurged > 0)
        console.printErr(
            QStringLiteral("%1 deleted case(s) not yet deleted at the intake, asked again at the "
                           "next sync: %2")
                .arg(figures->unpurged)
                .arg(figures->unpurgedReason));
    if (figures->unsent > 0)
        return console.fail(QStringLiteral("%1 pending event(s) refused by the intake, kept here: %2")
                                .arg(figures->unsent)
                                .arg(figures->unsentReason));
    return ExitOk;
}

int Tool::status_()
{
    auto counts = store->counts();
    auto digest = store->stateDigest();
    if (!counts || !digest)
        return console.fail(counts ? digest.error() : counts.error());
    console.printOut(
        QStringLiteral("desk %1\nenvelopes %2\njunk %3\nevents %4\nrefused-events %5\npending %6\n"
                       "cases %7\nqueue %8\nenvelope-cursor %9\nevent-cursor %10\nstate %11\n"
                       "organisation-keys %12\ncurrent-key %13\n")
            .arg(QString::fromLatin1(store->deskKeyId()))
            .arg(counts->envelopes)
            .arg(counts->junk)
            .arg(counts->events)
            .arg(counts->refusedEvents)
            .arg(counts->pending)
            .arg(counts->cases)
            .arg(counts->queue)
            .arg(store->envelopeCursor())
            .arg(store->eventCursor())
            .arg(QString::fromLatin1(digest.value()))
            .arg(store->organisationKeys().size())
            .arg(QString::fromLatin1(protocol::recipientKeyId(store->currentOrganisationKey().publicKey))));
    return ExitOk;
}

int Tool::queue()
{
    auto cases = store->queue();
    if (!cases)
        return console.fail(cases.error());
    for (const CaseState &c : cases.value())
        console.printOut(
            QStringLiteral("%1 %2 %3 %4%5\n")
                .arg(QString::fromLatin1(c.id), caseStatusName(c.status),
                    c.highRisk ? QStringLiteral("high") : QStringLiteral("standard"),
                    c.due.isValid() ? c.due.toString(Qt::ISODate) : QStringLiteral("-"),
                    c.unreadAnswers > 0 ? QStringLiteral(" unread %1").arg(c.unreadAnswers) : QString()));
    return ExitOk;
}

int Tool::answers()
{
    const QByteArray id = parser.value(caseId).toLatin1();
    if (crypto::fromHexStrict(id, kEventIdBytes).isEmpty())
        return console.usageError(QStringLiteral("--case needs a case id: 32 lower-case hex characters"));
    auto list = store->answers(id);
    if (!list)
        return console.fail(list.error());
    for (const Answer &a : list.value())
        console.printOut(QStringLiteral("%1 %2 helped %3 %4 %5\n")
                             .arg(a.seq)
                             .arg(a.kind, a.helped.isEmpty() ? QStringLiteral("-") : a.helped, a.reportedAt,
                                 a.read ? QStringLiteral("read") : QStringLiteral("unread")));
    if (auto marked = store->markAnswersRead(id); !marked)
        return console.fail(marked.error());
    return ExitOk;
}

int Tool::figures()
{
    auto f = store->wayBackFigures();
    if (!f)
        return console.fail(f.error());
    const bool exactly = parser.isSet(exact);
    // Small numbers are suppressed in anything that leaves the desk (ONS practice: fewer than 10).
    const auto shown = [exactly](qint64 n) {
        return exactly || n == 0 || n >= 10 ? QString::number(n) : QStringLiteral("fewer than 10");
    };
    const QList<std::pair<const char *, qint64>> lines { { "reports with a follow-up code", f->withCode },
        { "cases replied to", f->replied }, { "reporters who came back", f->cameBack },
        { "answers", f->answers }, { "additions", f->additions },
        { "the response helped: yes", f->helpedYes }, { "the response helped: a little", f->helpedPartly },
        { "the response helped: no", f->helpedNo } };
    for (const auto &[label, n] : lines)
        console.printOut(QStringLiteral("%1: %2\n").arg(QLatin1StringView(label), shown(n)));
    return ExitOk;
}

int Tool::refused()
{
    auto events = store->refusedEvents();
    auto junk = store->junkEnvelopes();
    if (!events || !junk)
        return console.fail(events ? junk.error() : events.error());
    for (const Refusal &r : events.value())
        console.printOut(QStringLiteral("event %1 %2 desk %3: %4\n")
                             .arg(r.seq)
                             .arg(QString::fromLatin1(r.id), QString::fromLatin1(r.desk), r.reason));
    for (const Refusal &r : junk.value())
        console.printOut(
            QStringLiteral("envelope %1 %2: %3\n").arg(r.seq).arg(QString::fromLatin1(r.id), r.reason));
    return ExitOk;
}

int Tool::change(const QString &command)
{
    const QByteArray id = parser.value(caseId).toLatin1();
    if (crypto::fromHexStrict(id, kEventIdBytes).isEmpty())
        return console.usageError(QStringLiteral("--case needs a case id: 32 lower-case hex characters"));
    DeskClient client(store->intake(), store->deskSecretKey());
    CaseActions actions(*store, client);
    Result<qint64> done = Result<qint64>::failure(QString());
    QString error;
    if (command == QLatin1StringView("acknowledge")) {
        done = actions.acknowledge(id);
    } else if (command == QLatin1StringView("owner")) {
        done = actions.setOwner(id, parser.value(owner));
    } else if (command == QLatin1StringView("set-status")) {
        const auto chosen = caseStatusFromName(parser.value(status));
        if (!chosen)
            return console.usageError(
                QStringLiteral("--status must be new, acknowledged, in_progress, referred or closed"));
        QString reason;
        if (*chosen == CaseStatus::Closed) {
            const auto text = readStdin(&error);
            if (!text)
                return console.fail(error);
            reason = *text;
        }
        done = actions.setStatus(id, *chosen, parser.isSet(recordOnly), reason);
    } else if (command == QLatin1StringView("next-action")) {
        const QDate date = QDate::fromString(parser.value(due), Qt::ISODate);
        if (!date.isValid())
            return console.usageError(QStringLiteral("--due must be a date, YYYY-MM-DD"));
        const auto text = readStdin(&error);
        if (!text)
            return console.fail(error);
        done = actions.setNextAction(id, *text, date);
    } else {
        const auto text = readStdin(&error);
        if (!text)
            return console.fail(error);
        done = command == QLatin1StringView("note") ? actions.addNote(id, *text)
            : command == QLatin1StringView("reply") ? actions.reply(id, *text)
                                                    : actions.deleteCase(id, *text);
    }
    if (!done)
        return console.fail(done.error());
    console.printOut(QStringLiteral("appended seq %1\n").arg(done.value()));
    return ExitOk;
}

int Tool::exportCase()
{
    const QByteArray id = parser.value(caseId).toLatin1();
    if (crypto::fromHexStrict(id, kEventIdBytes).isEmpty())
        return console.usageError(QStringLiteral("--case needs a case id: 32 lower-case hex characters"));
    const auto chosen = exportFormatFromName(parser.value(format));
    if (!chosen)
        return console.usageError(QStringLiteral("--format must be pdf, csv, json or marac"));
    DeskClient client(store->intake(), store->deskSecretKey());
    CaseActions actions(*store, client);
    const QString path = parser.value(output);
    const Result<qint64> done = exportCaseToFile(*store, actions, id, *chosen, path);
    if (!done)
        return console.fail(done.error());
    if (done.value() == 0)
        console.printOut(QStringLiteral("exported %1 to %2, recorded on this desk: the record reaches the "
                                        "case log at the next sync\n")
                             .arg(exportFormatName(*chosen), safeForTerminal(path)));
    else
        console.printOut(QStringLiteral("exported %1 to %2, recorded as seq %3\n")
                             .arg(exportFormatName(*chosen), safeForTerminal(path))
                             .arg(done.value()));
    return ExitOk;
}

int Tool::standard()
{
    const QString dir = parser.value(data);
    if (!QFileInfo::exists(QDir(dir).filePath(QString::fromLatin1(CaseStore::kKeyFileName))))
        return console.fail(QStringLiteral("%1 holds no desk").arg(dir));
    if (parser.isSet(set)) {
        QFile file(parser.value(set));
        if (!file.open(QIODevice::ReadOnly))
            return console.fail(QStringLiteral("cannot read %1: %2")
                                    .arg(safeForTerminal(parser.value(set)), file.errorString()));
        if (auto saved = saveResponseStandard(dir, file.read(kMaxStandardFileBytes + 1)); !saved)
            return console.fail(saved.error());
    }
    auto standard = loadResponseStandard(dir);
    if (!standard)
        return console.fail(standard.error());
    console.printOut(QString::fromUtf8(responseStandardJson(standard.value())));
    return ExitOk;
}

std::optional<QDateTime> Tool::nowOption(int *exitCode)
{
    if (!parser.isSet(now))
        return QDateTime::currentDateTimeUtc();
    const QDateTime at = QDateTime::fromString(parser.value(now), Qt::ISODate);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime) {
        *exitCode = console.usageError(QStringLiteral("--now must be a UTC time, e.g. 2026-11-02T09:00:00Z"));
        return std::nullopt;
    }
    return at.toUTC();
}

int Tool::retention()
{
    int exitCode = ExitOk;
    const auto at = nowOption(&exitCode);
    if (!at)
        return exitCode;
    const QString dir = parser.value(data);
    if (parser.isSet(set)) {
        QFile file(parser.value(set));
        if (!file.open(QIODevice::ReadOnly))
            return console.fail(QStringLiteral("cannot read %1: %2")
                                    .arg(safeForTerminal(parser.value(set)), file.errorString()));
        if (auto saved = saveRetentionPolicy(dir, file.read(kMaxRetentionFileBytes + 1)); !saved)
            return console.fail(saved.error());
    }
    auto policy = loadRetentionPolicy(dir);
    if (!policy)
        return console.fail(policy.error());
    if (policy->deleteClosedAfterDays <= 0) {
        console.printOut(
            QStringLiteral("no retention period is set (%1): closed cases are kept until deleted\n")
                .arg(QString::fromLatin1(kRetentionFileName)));
        return ExitOk;
    }
    console.printOut(
        QStringLiteral("closed cases are deleted %1 days after closing, listed as soon %2 days before\n")
            .arg(policy->deleteClosedAfterDays)
            .arg(policy->warnDays));
    if (parser.isSet(apply)) {
        DeskClient client(store->intake(), store->deskSecretKey());
        CaseActions actions(*store, client);
        auto applied = applyRetention(*store, actions, policy.value(), *at);
        if (!applied)
            return console.fail(applied.error());
        for (const QByteArray &id : applied->deleted)
            console.printOut(QStringLiteral("deleted %1\n").arg(QString::fromLatin1(id)));
        for (const QString &problem : applied->problems)
            console.printErr(problem);
        if (!applied->problems.isEmpty())
            return console.fail(
                QStringLiteral("%1 case(s) due were not deleted; they are tried again at the next run")
                    .arg(applied->problems.size()));
        return ExitOk;
    }
    auto schedule = retentionSchedule(*store, policy.value(), *at);
    if (!schedule)
        return console.fail(schedule.error());
    const auto when
        = [](const QDateTime &t) { return t.isValid() ? t.toString(Qt::ISODate) : QStringLiteral("-"); };
    for (const RetentionItem &item : schedule.value())
        console.printOut(QStringLiteral("%1 %2 %3 %4\n")
                             .arg(QString::fromLatin1(item.caseId), when(item.closedAt), when(item.deleteAt),
                                 retentionWhenName(item.when)));
    return ExitOk;
}

int Tool::dueList()
{
    int exitCode = ExitOk;
    const auto nowAt = nowOption(&exitCode);
    if (!nowAt)
        return exitCode;
    const QDateTime at = *nowAt;
    auto standard = loadResponseStandard(parser.value(data));
    if (!standard)
        return console.fail(standard.error());
    auto cases = dueCases(*store, standard.value(), at);
    if (!cases)
        return console.fail(cases.error());
    const auto when
        = [](const QDateTime &t) { return t.isValid() ? t.toString(Qt::ISODate) : QStringLiteral("-"); };
    for (const CaseDue &c : cases.value()) {
        const QString state = c.due.firstContactOverdue ? QStringLiteral("overdue-first-contact")
            : c.due.decisionOverdue                     ? QStringLiteral("overdue-decision")
                                                        : QStringLiteral("ok");
        // The triage level is one of the known names or "unknown": nothing else of the report is printed.
        const QString triage
            = report::triageLevels().contains(c.triage) ? c.triage : QStringLiteral("unknown");
        console.printOut(
            QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                .arg(QString::fromLatin1(c.state.id),
                    c.state.highRisk ? QStringLiteral("high") : QStringLiteral("standard"), triage,
                    c.due.firstContactStopped ? QStringLiteral("met") : when(c.due.firstContactDue),
                    when(c.due.decisionDue), state));
    }
    return ExitOk;
}

int Tool::kiosk(const QString &command)
{
    if (command == QLatin1StringView("kiosks")) {
        auto kiosks = store->kiosks();
        if (!kiosks)
            return console.fail(kiosks.error());
        for (const Kiosk &k : kiosks.value())
            console.printOut(QStringLiteral("%1\t%2\t%3\tadded %4\t%5\n")
                                 .arg(QString::fromLatin1(k.publicKey.toBase64()),
                                     protocol::signingKeyFingerprint(k.publicKey), safeForTerminal(k.name),
                                     k.added.toString(Qt::ISODate),
                                     k.revoked.isValid()
                                         ? QStringLiteral("revoked %1").arg(k.revoked.toString(Qt::ISODate))
                                         : QStringLiteral("in use"))
                                 .toUtf8());
        return ExitOk;
    }
    const QString text = parser.value(kioskKey).trimmed();
    QByteArray key = crypto::fromHexStrict(text.toLatin1().toLower(), protocol::kSigningPublicKeyBytes);
    if (key.isEmpty())
        key = strict::decodeCanonicalBase64(QStringView(text), protocol::kSigningPublicKeyBytes)
                  .value_or(QByteArray());
    if (key.isEmpty())
        return console.usageError(QStringLiteral(
            "--kiosk-key must be a kiosk's public key: 44 characters of base64 or 64 hex characters"));
    const Result<void> done = command == QLatin1StringView("kiosk-add")
        ? store->registerKiosk(key, parser.value(name))
        : store->revokeKiosk(key);
    if (!done)
        return console.fail(done.error());
    console.printOut(QStringLiteral("%1 %2\n")
                         .arg(command == QLatin1StringView("kiosk-add") ? QStringLiteral("registered")
                                                                        : QStringLiteral("revoked"),
                             protocol::signingKeyFingerprint(key))
                         .toUtf8());
    return ExitOk;
}

} // namespace

int runDeskTool(const QStringList &arguments)
{
    Tool tool;
    tool.parser.addOptions({ tool.help, tool.data, tool.passphraseFile, tool.organisationKey,
        tool.organisationPassphraseFile, tool.intake, tool.kdf, tool.caseId, tool.status, tool.recordOnly,
        tool.owner, tool.due, tool.pageLimit, tool.kioskKey, tool.name, tool.format, tool.output, tool.set,
        tool.now, tool.apply, tool.keyId, tool.exact });
    const auto rule = [](QStringList required, QStringList optional = {}) {
        required.prepend(QStringLiteral("data"));
        optional << QStringLiteral("passphrase-file");
        return CommandRule { required + optional, required, 0, {} };
    };
    const QStringList onCase { QStringLiteral("case") };
    const std::map<QString, CommandRule> rules {
        { QStringLiteral("init"),
            rule({ QStringLiteral("organisation-key"), QStringLiteral("intake") },
                { QStringLiteral("kdf"), QStringLiteral("organisation-passphrase-file") }) },
        { QStringLiteral("add-organisation-key"),
            rule(
                { QStringLiteral("organisation-key") }, { QStringLiteral("organisation-passphrase-file") }) },
        { QStringLiteral("rotate-key"), rule({ QStringLiteral("key-id") }) },
        { QStringLiteral("sync"), rule({}, { QStringLiteral("page-limit") }) },
        { QStringLiteral("status"), rule({}) },
        { QStringLiteral("queue"), rule({}) },
        { QStringLiteral("refused"), rule({}) },
        { QStringLiteral("acknowledge"), rule(onCase) },
        { QStringLiteral("set-status"),
            rule(onCase + QStringList { QStringLiteral("status") }, { QStringLiteral("record-only") }) },
        { QStringLiteral("owner"), rule(onCase + QStringList { QStringLiteral("owner") }) },
        { QStringLiteral("note"), rule(onCase) },
        { QStringLiteral("next-action"), rule(onCase + QStringList { QStringLiteral("due") }) },
        { QStringLiteral("delete"), rule(onCase) },
        { QStringLiteral("reply"), rule(onCase) },
        { QStringLiteral("answers"), rule(onCase) },
        { QStringLiteral("figures"), rule({}, { QStringLiteral("exact") }) },
        { QStringLiteral("kiosk-add"), rule({ QStringLiteral("kiosk-key"), QStringLiteral("name") }) },
        { QStringLiteral("kiosk-revoke"), rule({ QStringLiteral("kiosk-key") }) },
        { QStringLiteral("kiosks"), rule({}) },
        { QStringLiteral("export"),
            rule(onCase + QStringList { QStringLiteral("format"), QStringLiteral("output") }) },
        { QStringLiteral("standard"), rule({}, { QStringLiteral("set") }) },
        { QStringLiteral("due"), rule({}, { QStringLiteral("now") }) },
        { QStringLiteral("retention"),
            rule({}, { QStringLiteral("set"), QStringLiteral("now"), QStringLiteral("apply") }) },
    };
    if (const auto exit = parseCommandLine(tool.parser, arguments, tool.help, rules, tool.console))
        return *exit;
    const QString command = tool.parser.positionalArguments().constFirst();
    if (command == QLatin1StringView("init"))
        return tool.init();
    if (command == QLatin1StringView("standard"))
        return tool.standard(); // not secret: no passphrase needed
    if (const auto exit = tool.openStore())
        return *exit;
    if (command == QLatin1StringView("sync"))
        return tool.sync();
    if (command == QLatin1StringView("add-organisation-key"))
        return tool.addOrganisationKey();
    if (command == QLatin1StringView("rotate-key"))
        return tool.rotateKey();
    if (command == QLatin1StringView("status"))
        return tool.status_();
    if (command == QLatin1StringView("queue"))
        return tool.queue();
    if (command == QLatin1StringView("refused"))
        return tool.refused();
    if (command == QLatin1StringView("answers"))
        return tool.answers();
    if (command == QLatin1StringView("figures"))
        return tool.figures();
    if (command == QLatin1StringView("export"))
        return tool.exportCase();
    if (command == QLatin1StringView("due"))
        return tool.dueList();
    if (command == QLatin1StringView("retention"))
        return tool.retention();
    if (command.startsWith(QLatin1StringView("kiosk")))
        return tool.kiosk(command);
    return tool.change(command);
}

} // namespace harbour::desk
