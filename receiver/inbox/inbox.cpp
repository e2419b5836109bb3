// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox.h"

#include "common/commandrules.h"
#include "common/keyfiles.h"
#include "common/passphrase.h"
#include "common/terminaltext.h"
#include "core/caseactions.h"
#include "core/casestore.h"
#include "core/reportview.h"
#include "crypto/sodium.h"
#include "protocol/fingerprint.h"
#include "report/reportformat.h"
#include "store/keyfile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <climits>
#include <map>
#include <set>
#include <vector>

namespace harbour::receiver {

Q_LOGGING_CATEGORY(lcInbox, "harbour.inbox")

namespace {

constexpr char kUsage[]
    = "Usage:\n"
      "  harbour-inbox keygen --key FILE [--passphrase-file FILE]\n"
      "  harbour-inbox list --desk DIR [--origin ORIGIN] [--page N] [--page-size N] [--passphrase-file "
      "FILE]\n"
      "  harbour-inbox junk --desk DIR [--passphrase-file FILE]\n"
      "  harbour-inbox open ID --desk DIR [--passphrase-file FILE]\n"
      "  harbour-inbox export --format csv|json --desk DIR [--origin ORIGIN] [--output FILE]\n"
      "                       [--passphrase-file FILE]\n"
      "\n"
      "keygen   makes an organisation key pair: FILE (secret key, under a passphrase) and FILE.pub\n"
      "         (give FILE.pub to harbour-intake and to the app's recipient directory)\n"
      "list     one line per report a desk holds, a page at a time (default 100 a page): urgent and\n"
      "         high-risk first, then oldest; each line says where the report came from (ORIGIN:\n"
      "         registered-kiosk, unknown-kiosk or personal), which --origin chooses\n"
      "junk     envelopes the desk received that did not open, with the reason, kept apart\n"
      "open     prints one report as JSON\n"
      "export   writes every report as CSV or JSON (to FILE, created 0600, or to standard output)\n"
      "\n"
      "DIR is a desk's folder, made by harbour-desk-sync init and kept up to date by\n"
      "harbour-desk-sync sync (through the intake's desk API). harbour-inbox never opens the\n"
      "intake's own database: a file from an internet-facing server is not something to trust.\n"
      "Contact details appear only where the reporter let this organisation contact them. Text from\n"
      "reports never reaches the terminal raw: control and bidi characters are replaced in list and\n"
      "CSV output, written as \\u escapes in JSON; --output FILE keeps them exactly.\n"
      "\n"
      "keygen's passphrase comes from --passphrase-file (first line), else HARBOUR_INBOX_PASSPHRASE,\n"
      "else the terminal; the desk's from --passphrase-file, else HARBOUR_DESK_PASSPHRASE, else the\n"
      "terminal.\n"
      "Exit codes: 0 done, 1 failed, 2 wrong passphrase, 64 usage error.\n";

constexpr char kDeskPassphraseVariable[] = "HARBOUR_DESK_PASSPHRASE";
constexpr int kDefaultPageSize = 100;
constexpr int kExportPageSize = 500;

const ToolConsole &console()
{
    static const ToolConsole tool(QStringLiteral("harbour-inbox"), QString::fromLatin1(kUsage));
    return tool;
}

struct Options : KeyToolCommand
{
    QString desk;
    QString format;
    QString output;
    std::optional<desk::Origin> origin;
    int page = 1;
    int pageSize = kDefaultPageSize;
};

// The desk's store, unlocked, or the exit code to stop with (the reason printed).
struct OpenedDesk
{
    std::unique_ptr<desk::CaseStore> store;
    int exitCode = ExitOk;
};

OpenedDesk openDesk(const Options &options)
{
    OpenedDesk result;
    auto passphrase = obtainPassphrase(
        options.passphraseFile, QStringLiteral("Desk passphrase: "), false, kDeskPassphraseVariable);
    if (!passphrase) {
        result.exitCode = console().fail(passphrase.error());
        return result;
    }
    auto opened = desk::CaseStore::open(options.desk, passphrase.value());
    crypto::wipe(passphrase.value());
    if (!opened) {
        console().printErr(opened.error());
        result.exitCode = opened.errorKind() == ErrorKind::Refused ? ExitWrongPassphrase : ExitFailure;
        return result;
    }
    result.store = std::move(opened.value());
    return result;
}

int keygen(const Options &options)
{
    const NewKey key
        = writeNewKeyFiles(console(), options, SecretKeyKind::Organisation, kPassphraseEnvironmentVariable);
    if (key.exitCode != ExitOk)
        return key.exitCode;
    console().printOut(
        QStringLiteral(
            "public key: %1\nkey id: %2\nwrote %3 (secret, keep it and its passphrase safe) and %4\n")
            .arg(QString::fromLatin1(key.publicKey.toBase64()),
                QString::fromLatin1(protocol::recipientKeyId(key.publicKey)), options.key, key.publicPath)
            .toUtf8());
    return ExitOk;
}

// One report as a desk holds it: contact details only where its routing allows them
// (desk::caseDetails), or the reason it cannot be read.
struct OpenedReport
{
    desk::ReportListing listing;
    QJsonObject report;
    QString error;
};

OpenedReport readOne(desk::CaseStore &store, const desk::ReportListing &listing)
{
    OpenedReport opened { listing, {}, {} };
    auto details = desk::caseDetails(store, listing.state.id);
    if (!details)
        opened.error = details.error();
    else if (!details->report)
        opened.error = details->problems.isEmpty() ? QStringLiteral("the desk holds no report for this case")
                                                   : details->problems.join(QStringLiteral("; "));
    else
        opened.report = details->report->toJson();
    return opened;
}

int list(const Options &options)
{
    OpenedDesk desk = openDesk(options);
    if (desk.exitCode != ExitOk)
        return desk.exitCode;
    auto total = desk.store->reportCount(options.origin);
    if (!total)
        return console().fail(total.error());
    const qint64 offset = qint64(options.page - 1) * options.pageSize;
    auto page
        = desk.store->reports({ options.origin, int(std::min<qint64>(offset, INT_MAX)), options.pageSize });
    if (!page)
        return console().fail(page.error());
    for (const desk::ReportListing &listing : page.value()) {
        const OpenedReport opened = readOne(*desk.store, listing);
        QStringList fields { QString::fromLatin1(listing.state.id), listing.state.stored,
            desk::originName(listing.origin) };
        if (opened.error.isEmpty()) {
            const ReportSummary summary = summarise(opened.report);
            const auto list = [](const QStringList &items) {
                return items.isEmpty() ? QStringLiteral("none") : items.join(u',');
            };
            fields << (summary.reference.isEmpty() ? QStringLiteral("-") : summary.reference)
                   << (summary.mode.isEmpty() ? QStringLiteral("-") : summary.mode)
                   << QStringLiteral("triage=%1").arg(summary.triage)
                   << QStringLiteral("urgent=%1").arg(summary.urgent)
                   << QStringLiteral("strands=%1").arg(list(summary.strands))
                   << QStringLiteral("local_strands=%1").arg(list(summary.localStrands))
                   << QStringLiteral("cyber_enabled=%1").arg(summary.cyberEnabledText)
                   << QStringLiteral("repeat_victim=%1").arg(summary.repeatVictim)
                   << QStringLiteral("request=%1").arg(summary.request)
                   << QStringLiteral("status=%1").arg(desk::caseStatusName(listing.state.status));
        } else {
            fields << QStringLiteral("cannot read: %1").arg(opened.error);
        }
        for (QString &field : fields)
            field = safeForTerminal(field);
        console().printOut(fields.join(u'\t').toUtf8() + '\n');
    }
    const qint64 pages = (total.value() + options.pageSize - 1) / options.pageSize;
    if (total.value() == 0)
        console().printErr(
            QStringLiteral("no reports%1")
                .arg(options.origin ? QStringLiteral(" from %1").arg(desk::originName(*options.origin))
                                    : QString()));
    else if (page->isEmpty())
        console().printErr(QStringLiteral("page %1 is past the last page (%2)").arg(options.page).arg(pages));
    else
        console().printErr(QStringLiteral("reports %1-%2 of %3 (page %4 of %5)")
                               .arg(offset + 1)
                               .arg(offset + page->size())
                               .arg(total.value())
                               .arg(options.page)
                               .arg(pages));
    return ExitOk;
}

int junk(const Options &options)
{
    OpenedDesk desk = openDesk(options);
    if (desk.exitCode != ExitOk)
        return desk.exitCode;
    auto refused = desk.store->junkEnvelopes();
    if (!refused)
        return console().fail(refused.error());
    for (const desk::Refusal &r : refused.value())
        console().printOut(
            safeForTerminal(
                QStringLiteral("%1\t%2\t%3")
                    .arg(r.seq)
                    .arg(r.id.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(r.id), r.reason))
                .toUtf8()
            + '\n');
    console().printErr(QStringLiteral("%1 envelope(s) did not open").arg(refused->size()));
    return ExitOk;
}

int openOne(const Options &options)
{
    const QByteArray idHex = options.positional.constFirst().toLatin1().toLower();
    if (crypto::fromHexStrict(idHex, protocol::kEnvelopeIdBytes).isEmpty())
        return console().fail(
            QStringLiteral("\"%1\" is not an envelope id (32 hex characters, as shown by list)")
                .arg(safeForTerminal(options.positional.constFirst().left(64))));
    OpenedDesk desk = openDesk(options);
    if (desk.exitCode != ExitOk)
        return desk.exitCode;
    auto listing = desk.store->listing(idHex);
    if (!listing)
        return console().fail(listing.error());
    if (!listing->has_value())
        return console().fail(QStringLiteral("the desk in %1 holds no report %2 (run harbour-desk-sync sync; "
                                             "harbour-inbox junk lists what did not open)")
                                  .arg(options.desk, QString::fromLatin1(idHex)));
    const OpenedReport opened = readOne(*desk.store, listing->value());
    if (!opened.error.isEmpty())
        return console().fail(
            QStringLiteral("report %1 cannot be read: %2").arg(QString::fromLatin1(idHex), opened.error));
    console().printOut(escapeUnsafeInJson(QJsonDocument(opened.report).toJson(QJsonDocument::Indented)));
    const desk::ReportListing &where = listing->value();
    console().printErr(QStringLiteral("origin: %1").arg(desk::originName(where.origin)));
    if (where.kioskKey.isEmpty()) {
        console().printErr(QStringLiteral("not signed (personal device)"));
    } else {
        console().printErr(QStringLiteral("kiosk signature: valid (key %1)")
                               .arg(QString::fromLatin1(crypto::toHex(where.kioskKey))));
        // The same fingerprint the kiosk's settings screen shows, to compare with the registered one.
        console().printErr(
            QStringLiteral("kiosk fingerprint: %1").arg(protocol::signingKeyFingerprint(where.kioskKey)));
    }
    return ExitOk;
}

QByteArray exportJson(const std::vector<OpenedReport> &rows)
{
    QJsonArray array;
    for (const OpenedReport &opened : rows) {
        const QByteArray &kioskKey = opened.listing.kioskKey;
        array.append(QJsonObject {
            { QStringLiteral("envelope_id"), QString::fromLatin1(opened.listing.state.id) },
            { QStringLiteral("stored"), opened.listing.state.stored },
            { QStringLiteral("origin"), desk::originName(opened.listing.origin) },
            { QStringLiteral("kiosk_key"),
                kioskKey.isEmpty() ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(QString::fromLatin1(crypto::toHex(kioskKey))) },
            { QStringLiteral("report"), opened.report },
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

// The same columns as every CSV export of the desk (core/reportview.h reportsCsv). For a terminal
// (forTerminal), unsafe characters in fields become U+FFFD; line breaks inside a quoted field stay,
// as CSV allows them.
QByteArray exportCsv(const std::vector<OpenedReport> &rows, bool forTerminal)
{
    QList<CsvReport> reports;
    for (const OpenedReport &opened : rows)
        reports.append(CsvReport { opened.listing, opened.report });
    if (!forTerminal)
        return reportsCsv(reports);
    return reportsCsv(reports, [](QString text) {
        for (QChar &c : text) {
            if (c != u'\n' && isUnsafeForTerminal(c.unicode()))
                c = QChar(0xfffd);
        }
        return text;
    });
}

int exportAll(const Options &options)
{
    OpenedDesk desk = openDesk(options);
    if (desk.exitCode != ExitOk)
        return desk.exitCode;
    std::vector<OpenedReport> opened;
    QStringList unread;
    for (int offset = 0;; offset += kExportPageSize) {
        auto page = desk.store->reports({ options.origin, offset, kExportPageSize });
        if (!page)
            return console().fail(page.error());
        for (const desk::ReportListing &listing : page.value()) {
            OpenedReport one = readOne(*desk.store, listing);
            if (one.error.isEmpty())
                opened.push_back(std::move(one));
            else
                unread << QStringLiteral("%1 (%2)").arg(QString::fromLatin1(listing.state.id), one.error);
        }
        if (page->size() < kExportPageSize)
            break;
    }
    const bool toStdout = options.output.isEmpty();
    QByteArray data = options.format == QLatin1StringView("csv")
        ? exportCsv(opened, toStdout)
        : (toStdout ? escapeUnsafeInJson(exportJson(opened)) : exportJson(opened));
    if (toStdout) {
        console().printOut(data);
    } else if (auto written = store::replacePrivateFile(options.output, data, QStringLiteral("export file"));
               !written) {
        crypto::wipe(data);
        return console().fail(written.error());
    }
    crypto::wipe(data);
    if (!unread.isEmpty()) {
        for (const QString &line : std::as_const(unread))
            console().printErr(safeForTerminal(QStringLiteral("not exported, cannot read: %1").arg(line)));
        return console().fail(QStringLiteral("%1 report(s) exported, %2 could not be read")
                                  .arg(opened.size())
                                  .arg(unread.size()));
    }
    if (!toStdout)
        console().printErr(
            QStringLiteral("%1 report(s) written to %2").arg(opened.size()).arg(options.output));
    return ExitOk;
}

// A whole number from min to max, or nullopt.
std::optional<int> wholeNumber(const QString &text, int min, int max)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < min || n > max || text != QString::number(n))
        return std::nullopt;
    return n;
}

} // namespace

int runInbox(const QStringList &arguments)
{
    // Before parsing, so that a script still written for the old tool learns why, not just that
    // --store is unknown.
    for (const QString &argument : arguments) {
        if (argument == QLatin1StringView("--store") || argument.startsWith(QLatin1StringView("--store=")))
            return console().usageError(QStringLiteral(
                "harbour-inbox no longer opens the intake's database (a file from an internet-facing "
                "server is not something to trust): make a desk with harbour-desk-sync init, keep it "
                "up to date with harbour-desk-sync sync, and give its folder with --desk"));
    }
    QCommandLineParser parser;
    const KeyToolOptions common(QStringLiteral("Organisation key file (keygen)."));
    const QCommandLineOption deskOption
        = fileOption(QStringLiteral("desk"), QStringLiteral("A desk's folder."));
    const QCommandLineOption format(
        QStringLiteral("format"), QStringLiteral("csv or json."), QStringLiteral("FORMAT"));
    const QCommandLineOption output = fileOption(QStringLiteral("output"), QStringLiteral("Output file."));
    const QCommandLineOption origin(QStringLiteral("origin"),
        QStringLiteral("registered-kiosk, unknown-kiosk or personal."), QStringLiteral("ORIGIN"));
    const QCommandLineOption page(
        QStringLiteral("page"), QStringLiteral("Which page, from 1."), QStringLiteral("N"));
    const QCommandLineOption pageSize(
        QStringLiteral("page-size"), QStringLiteral("Reports a page, 1 to 1000."), QStringLiteral("N"));
    parser.addOptions(
        common.all() + QList<QCommandLineOption> { deskOption, format, output, origin, page, pageSize });

    const QString desk = QStringLiteral("desk");
    const QString passphrase = QStringLiteral("passphrase-file");
    // Which options each command takes, which it needs, and how many arguments.
    const std::map<QString, CommandRule> commands {
        KeyToolOptions::keygenRule(),
        { QStringLiteral("list"),
            { { desk, passphrase, QStringLiteral("origin"), QStringLiteral("page"),
                  QStringLiteral("page-size") },
                { desk }, 0, {} } },
        { QStringLiteral("junk"), { { desk, passphrase }, { desk }, 0, {} } },
        { QStringLiteral("open"), { { desk, passphrase }, { desk }, 1, QStringLiteral("envelope id") } },
        { QStringLiteral("export"),
            { { desk, passphrase, QStringLiteral("format"), QStringLiteral("output"),
                  QStringLiteral("origin") },
                { desk, QStringLiteral("format") }, 0, {} } },
    };
    if (const auto exitCode = parseCommandLine(parser, arguments, common.help, commands, console()))
        return *exitCode;
    Options options;
    static_cast<KeyToolCommand &>(options) = common.read(parser);
    options.desk = parser.value(deskOption);
    options.format = parser.value(format);
    options.output = parser.value(output);
    if (options.command == QLatin1StringView("export") && options.format != QLatin1StringView("csv")
        && options.format != QLatin1StringView("json"))
        return console().usageError(QStringLiteral("--format must be csv or json"));
    if (parser.isSet(origin)) {
        options.origin = desk::originFromName(parser.value(origin));
        if (!options.origin)
            return console().usageError(
                QStringLiteral("--origin must be registered-kiosk, unknown-kiosk or personal"));
    }
    if (parser.isSet(page)) {
        const auto n = wholeNumber(parser.value(page), 1, 1000000);
        if (!n)
            return console().usageError(QStringLiteral("--page must be a whole number from 1"));
        options.page = *n;
    }
    if (parser.isSet(pageSize)) {
        const auto n = wholeNumber(parser.value(pageSize), 1, desk::kMaxListingLimit);
        if (!n)
            return console().usageError(QStringLiteral("--page-size must be a whole number from 1 to %1")
                                            .arg(desk::kMaxListingLimit));
        options.pageSize = *n;
    }

    if (options.command == QLatin1StringView("keygen"))
        return keygen(options);
    if (options.command == QLatin1StringView("list"))
        return list(options);
    if (options.command == QLatin1StringView("junk"))
        return junk(options);
    if (options.command == QLatin1StringView("open"))
        return openOne(options);
    return exportAll(options);
}

} // namespace harbour::receiver
