// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox.h"

#include "common/commandrules.h"
#include "common/keyfiles.h"
#include "common/passphrase.h"
#include "crypto/sodium.h"
#include "intake/intakestore.h"
#include "protocol/fingerprint.h"
#include "report/reportformat.h"
#include "reportview.h"
#include "store/keyfile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <vector>

namespace harbour::receiver {

Q_LOGGING_CATEGORY(lcInbox, "harbour.inbox")

namespace {

constexpr char kUsage[]
    = "Usage:\n"
      "  harbour-inbox keygen --key FILE [--passphrase-file FILE]\n"
      "  harbour-inbox list --key FILE --store INTAKE_DB [--passphrase-file FILE]\n"
      "  harbour-inbox open ID --key FILE --store INTAKE_DB [--passphrase-file FILE]\n"
      "  harbour-inbox export --format csv|json --key FILE --store INTAKE_DB [--output FILE]\n"
      "                       [--passphrase-file FILE]\n"
      "\n"
      "keygen   makes an organisation key pair: FILE (secret key, under a passphrase) and FILE.pub\n"
      "         (give FILE.pub to harbour-intake and to the app's recipient directory)\n"
      "list     one line per stored envelope: urgent first, then high, elevated, unknown and standard\n"
      "         triage, oldest first within each; envelopes it cannot open last\n"
      "open     prints one decrypted report as JSON\n"
      "export   writes every report as CSV or JSON (to FILE, created 0600, or to standard output)\n"
      "\n"
      "The passphrase comes from --passphrase-file (first line), else HARBOUR_INBOX_PASSPHRASE,\n"
      "else it is asked for on the terminal.\n"
      "Exit codes: 0 done, 1 failed, 2 wrong passphrase, 64 usage error.\n";

const ToolConsole &console()
{
    static const ToolConsole tool(QStringLiteral("harbour-inbox"), QString::fromLatin1(kUsage));
    return tool;
}

struct Options : KeyToolCommand
{
    QString store;
    QString format;
    QString output;
};

UnlockedKey unlockKey(const Options &options)
{
    UnlockedKey result;
    QFile file(options.key);
    if (!file.open(QIODevice::ReadOnly)) {
        result.exitCode = console().fail(
            QStringLiteral("cannot read the key file %1: %2").arg(options.key, file.errorString()));
        return result;
    }
    const auto keyFile = OrganisationKeyFile::fromJson(file.read(64 * 1024));
    if (!keyFile) {
        result.exitCode = console().fail(
            QStringLiteral("the key file %1 is damaged or not a Harbour organisation key: %2")
                .arg(options.key, keyFile.error()));
        return result;
    }
    return unlockKeyFile(
        console(), keyFile.value(), options.key, options.passphraseFile, kPassphraseEnvironmentVariable);
}

void forget(protocol::KeyPair &pair)
{
    crypto::wipe(pair.secretKey);
}

// One stored envelope, opened or with the reason it could not be.
struct OpenedRow
{
    IntakeStore::Row row;
    bool ok = false;
    QString error;
    QByteArray kioskKey;
    QJsonObject report;
};

OpenedRow openRow(const IntakeStore::Row &row, const protocol::KeyPair &pair)
{
    OpenedRow opened;
    opened.row = row;
    auto envelope = protocol::Envelope::fromJson(row.envelopeJson);
    if (!envelope) {
        opened.error = QStringLiteral("the stored envelope is damaged: %1").arg(envelope.error());
        return opened;
    }
    if (envelope->id != row.id) {
        opened.error
            = QStringLiteral("the stored envelope's id does not match its row (the store was altered)");
        return opened;
    }
    auto report = protocol::open(envelope.value(), pair);
    if (!report) {
        opened.error = report.error();
        return opened;
    }
    opened.kioskKey = report->kioskPublicKey;
    opened.report = QJsonDocument::fromJson(report->reportJson).object();
    crypto::wipe(report->reportJson);
    opened.ok = true;
    return opened;
}

Result<std::unique_ptr<IntakeStore>> openStore(const Options &options)
{
    return IntakeStore::open(options.store, IntakeStore::OpenMode::ExistingOnly);
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

// Every stored envelope and the unlocked key to open them with, or the exit code to stop with.
struct StoredRows
{
    std::vector<IntakeStore::Row> rows;
    protocol::KeyPair pair;
    int exitCode = ExitOk;
};

StoredRows readStoredRows(const Options &options)
{
    StoredRows result;
    auto store = openStore(options);
    if (!store) {
        result.exitCode = console().fail(store.error());
        return result;
    }
    auto rows = store.value()->all();
    if (!rows) {
        result.exitCode = console().fail(rows.error());
        return result;
    }
    UnlockedKey key = unlockKey(options);
    result.exitCode = key.exitCode;
    result.pair = std::move(key.pair);
    result.rows = std::move(rows.value());
    return result;
}

int list(const Options &options)
{
    StoredRows stored = readStoredRows(options);
    if (stored.exitCode != ExitOk)
        return stored.exitCode;
    struct Line
    {
        int rank;
        QStringList fields;
    };
    std::vector<Line> lines;
    for (const IntakeStore::Row &row : stored.rows) {
        const OpenedRow opened = openRow(row, stored.pair);
        QStringList fields { QString::fromLatin1(crypto::toHex(row.id)), row.stored };
        int rank = 5; // what cannot be opened needs a technician, not triage: last
        if (opened.ok) {
            const ReportSummary summary = summarise(opened.report);
            rank = summary.triageRank();
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
                   << QStringLiteral("request=%1").arg(summary.request);
        } else {
            fields << QStringLiteral("cannot open: %1").arg(opened.error);
        }
        for (QString &field : fields)
            field = safeForTerminal(field);
        lines.push_back({ rank, fields });
    }
    forget(stored.pair);
    // Stable: within one level the store's order (oldest first) stays.
    std::stable_sort(
        lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.rank < b.rank; });
    for (const Line &line : lines)
        console().printOut(line.fields.join(u'\t').toUtf8() + '\n');
    return ExitOk;
}

int openOne(const Options &options)
{
    const QByteArray idHex = options.positional.constFirst().toLatin1().toLower();
    const QByteArray id = crypto::fromHexStrict(idHex, protocol::kEnvelopeIdBytes);
    if (id.isEmpty())
        return console().fail(
            QStringLiteral("\"%1\" is not an envelope id (32 hex characters, as shown by list)")
                .arg(safeForTerminal(options.positional.constFirst().left(64))));
    auto store = openStore(options);
    if (!store)
        return console().fail(store.error());
    auto row = store.value()->find(id);
    if (!row)
        return console().fail(row.error());
    if (!row->has_value())
        return console().fail(
            QStringLiteral("there is no envelope %1 in %2").arg(QString::fromLatin1(idHex), options.store));
    UnlockedKey key = unlockKey(options);
    if (key.exitCode != ExitOk)
        return key.exitCode;
    const OpenedRow opened = openRow(row->value(), key.pair);
    forget(key.pair);
    if (!opened.ok)
        return console().fail(
            QStringLiteral("envelope %1 cannot be opened: %2").arg(QString::fromLatin1(idHex), opened.error));
    console().printOut(QJsonDocument(opened.report).toJson(QJsonDocument::Indented));
    if (opened.kioskKey.isEmpty()) {
        std::fputs("not signed (personal device)\n", stderr);
    } else {
        std::fprintf(stderr, "kiosk signature: valid (key %s)\n", crypto::toHex(opened.kioskKey).constData());
        // The same fingerprint the kiosk's settings screen shows, to compare with the registered one.
        std::fprintf(
            stderr, "kiosk fingerprint: %s\n", qPrintable(protocol::signingKeyFingerprint(opened.kioskKey)));
    }
    return ExitOk;
}

QByteArray exportJson(const std::vector<OpenedRow> &rows)
{
    QJsonArray array;
    for (const OpenedRow &opened : rows) {
        array.append(QJsonObject {
            { QStringLiteral("envelope_id"), QString::fromLatin1(crypto::toHex(opened.row.id)) },
            { QStringLiteral("stored"), opened.row.stored },
            { QStringLiteral("kiosk_key"),
                opened.kioskKey.isEmpty() ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(QString::fromLatin1(crypto::toHex(opened.kioskKey))) },
            { QStringLiteral("report"), opened.report },
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

// One column per member of any report (flattenReport): the fixed ones first, then flags, routing,
// contact, answers and anything else, each group sorted. Flags a report lacks read "unknown".
QByteArray exportCsv(const std::vector<OpenedRow> &rows)
{
    namespace member = report::member;
    namespace flag = report::flag;
    const auto flagColumn = [](QLatin1StringView name) { return report::memberPath(member::flags, name); };
    const QStringList unknownWhenAbsent { flagColumn(flag::triage), flagColumn(flag::urgent),
        flagColumn(flag::cyberEnabled), flagColumn(flag::repeatVictim) };
    const QStringList fixed = QStringList { QString(member::reference), QString(member::language),
        QString(member::mode), QString(member::reportedAt), QString(member::appVersion),
        QString(member::format), report::memberPath(member::questionnaire, report::questionnaireMember::id),
        report::memberPath(member::questionnaire, report::questionnaireMember::version),
        flagColumn(flag::triage), flagColumn(flag::urgent), flagColumn(flag::strands),
        flagColumn(flag::localStrands), flagColumn(flag::cyberEnabled), flagColumn(flag::repeatVictim) };
    QStringList groups;
    for (QLatin1StringView group : { member::flags, member::routing, member::contact, member::answers })
        groups.append(QString(group) + u'.');
    std::vector<QMap<QString, QString>> flat;
    std::vector<std::set<QString>> grouped(groups.size() + 1);
    for (const OpenedRow &opened : rows) {
        flat.push_back(flattenReport(opened.report));
        for (auto it = flat.back().cbegin(); it != flat.back().cend(); ++it) {
            if (fixed.contains(it.key()))
                continue;
            qsizetype group = groups.size();
            for (qsizetype g = 0; g < groups.size(); ++g) {
                if (it.key().startsWith(groups.at(g))) {
                    group = g;
                    break;
                }
            }
            grouped[size_t(group)].insert(it.key());
        }
    }
    QStringList columns = fixed;
    for (const auto &keys : grouped)
        columns.append(QStringList(keys.begin(), keys.end()));
    QStringList header { QStringLiteral("envelope_id"), QStringLiteral("stored"),
        QStringLiteral("kiosk_key") };
    for (const QString &column : std::as_const(columns))
        header << neutraliseFormula(column);
    QByteArray csv = csvRecord(header);
    for (size_t i = 0; i < rows.size(); ++i) {
        const OpenedRow &opened = rows[i];
        QStringList fields { QString::fromLatin1(crypto::toHex(opened.row.id)), opened.row.stored,
            QString::fromLatin1(crypto::toHex(opened.kioskKey)) };
        for (const QString &column : std::as_const(columns)) {
            const auto value = flat[i].constFind(column);
            if (value != flat[i].cend())
                fields << neutraliseFormula(value.value());
            else
                fields << (unknownWhenAbsent.contains(column) ? QStringLiteral("unknown") : QString());
        }
        csv += csvRecord(fields);
    }
    return csv;
}

int exportAll(const Options &options)
{
    StoredRows stored = readStoredRows(options);
    if (stored.exitCode != ExitOk)
        return stored.exitCode;
    std::vector<OpenedRow> opened;
    QStringList unopened;
    for (const IntakeStore::Row &row : stored.rows) {
        OpenedRow one = openRow(row, stored.pair);
        if (one.ok)
            opened.push_back(std::move(one));
        else
            unopened << QStringLiteral("%1 (%2)").arg(QString::fromLatin1(crypto::toHex(row.id)), one.error);
    }
    forget(stored.pair);

    QByteArray data = options.format == QLatin1StringView("csv") ? exportCsv(opened) : exportJson(opened);
    if (options.output.isEmpty()) {
        console().printOut(data);
    } else if (auto written = store::replacePrivateFile(options.output, data, QStringLiteral("export file"));
               !written) {
        crypto::wipe(data);
        return console().fail(written.error());
    }
    crypto::wipe(data);
    if (!unopened.isEmpty()) {
        for (const QString &line : std::as_const(unopened))
            console().printErr(QStringLiteral("not exported, cannot open: %1").arg(line));
        return console().fail(QStringLiteral("%1 report(s) exported, %2 envelope(s) could not be opened")
                                  .arg(opened.size())
                                  .arg(unopened.size()));
    }
    if (!options.output.isEmpty())
        console().printErr(
            QStringLiteral("%1 report(s) written to %2").arg(opened.size()).arg(options.output));
    return ExitOk;
}

} // namespace

int runInbox(const QStringList &arguments)
{
    QCommandLineParser parser;
    const KeyToolOptions common(QStringLiteral("Organisation key file."));
    const QCommandLineOption store = fileOption(QStringLiteral("store"), QStringLiteral("Intake store."));
    const QCommandLineOption format(
        QStringLiteral("format"), QStringLiteral("csv or json."), QStringLiteral("FORMAT"));
    const QCommandLineOption output = fileOption(QStringLiteral("output"), QStringLiteral("Output file."));
    parser.addOptions(common.all() + QList<QCommandLineOption> { store, format, output });

    // Which options each command takes, which it needs, and how many arguments.
    const std::map<QString, CommandRule> commands {
        KeyToolOptions::keygenRule(),
        { QStringLiteral("list"),
            { { QStringLiteral("key"), QStringLiteral("store"), QStringLiteral("passphrase-file") },
                { QStringLiteral("key"), QStringLiteral("store") }, 0, {} } },
        { QStringLiteral("open"),
            { { QStringLiteral("key"), QStringLiteral("store"), QStringLiteral("passphrase-file") },
                { QStringLiteral("key"), QStringLiteral("store") }, 1, QStringLiteral("envelope id") } },
        { QStringLiteral("export"),
            { { QStringLiteral("key"), QStringLiteral("store"), QStringLiteral("format"),
                  QStringLiteral("output"), QStringLiteral("passphrase-file") },
                { QStringLiteral("key"), QStringLiteral("store"), QStringLiteral("format") }, 0, {} } },
    };
    if (const auto exitCode = parseCommandLine(parser, arguments, common.help, commands, console()))
        return *exitCode;
    Options options;
    static_cast<KeyToolCommand &>(options) = common.read(parser);
    options.store = parser.value(store);
    options.format = parser.value(format);
    options.output = parser.value(output);
    if (options.command == QLatin1StringView("export") && options.format != QLatin1StringView("csv")
        && options.format != QLatin1StringView("json"))
        return console().usageError(QStringLiteral("--format must be csv or json"));

    if (options.command == QLatin1StringView("keygen"))
        return keygen(options);
    if (options.command == QLatin1StringView("list"))
        return list(options);
    if (options.command == QLatin1StringView("open"))
        return openOne(options);
    return exportAll(options);
}

} // namespace harbour::receiver
