// SPDX-License-Identifier: GPL-3.0-or-later
// harbour-intake: stores sealed envelopes posted by Harbour apps. See receiver/README.md.
#include "common/commandrules.h"
#include "common/keyfiles.h"
#include "intakeserver.h"
#include "intakestore.h"
#include "protocol/admission.h"
#include "termination.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHostAddress>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace harbour;
using namespace harbour::receiver;

namespace {

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

// Qt's HTTP server categories print peer addresses and request details at debug level: keep them
// off whatever QT_LOGGING_RULES says, so the intake never logs who sent what.
void filterCategories(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

// A whole number from `minimum` to `maximum` from option `name`, or nullopt (the caller says why).
std::optional<qint64> wholeNumber(const QString &text, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

// Counts since the last line, at each full hour (UTC) and when stopping: the only traffic record.
void logCounts(IntakeServer &server, const char *when)
{
    const IntakeServer::Counts c = server.takeCounts();
    qCInfo(lcIntake).noquote() << when << ": stored" << c.stored << ", already stored" << c.alreadyStored
                               << ", refused for admission" << c.refusedAdmission
                               << ", refused as full or busy" << c.refusedFull << ", refused otherwise"
                               << c.refusedOther << "; admission difficulty now" << c.difficulty;
}

} // namespace

int main(int argc, char *argv[])
{
    g_previousFilter = QLoggingCategory::installFilter(filterCategories);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("harbour-intake"));

    const IntakeServer::Options defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Stores sealed Harbour envelopes posted to /v1/envelopes."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const auto option
        = [](const char *name, const QString &help, const char *value, const QString &fallback) {
              return QCommandLineOption(QLatin1StringView(name), help, QLatin1StringView(value), fallback);
          };
    const QCommandLineOption listen = option("listen",
        QStringLiteral("Address to listen on (default 127.0.0.1)."), "ADDRESS", QStringLiteral("127.0.0.1"));
    const QCommandLineOption port = option(
        "port", QStringLiteral("TCP port (default 8470; 0 picks a free one)."), "N", QStringLiteral("8470"));
    const QCommandLineOption store = option("store",
        QStringLiteral("SQLite store file (default ./intake.db)."), "FILE", QStringLiteral("intake.db"));
    const QCommandLineOption recipientKey(QStringLiteral("recipient-key"),
        QStringLiteral("Public key file (FILE.pub from harbour-inbox keygen) envelopes may be addressed to; "
                       "repeat for several."),
        QStringLiteral("FILE"));
    const QCommandLineOption maxBody = option("max-body",
        QStringLiteral("Largest request body in bytes (default %1).").arg(protocol::kMaxEnvelopeJsonBytes),
        "BYTES", QString::number(protocol::kMaxEnvelopeJsonBytes));
    const QCommandLineOption maxConnections = option("max-connections",
        QStringLiteral("Connections served at once (default %1).").arg(defaults.maxConnections), "N",
        QString::number(defaults.maxConnections));
    const QCommandLineOption idleTimeout = option("idle-timeout",
        QStringLiteral("Seconds a connection may stay silent (default %1).").arg(defaults.idleTimeoutSeconds),
        "SECONDS", QString::number(defaults.idleTimeoutSeconds));
    const QCommandLineOption requestDeadline = option("request-deadline",
        QStringLiteral("Seconds a request may take to arrive in full (default %1).")
            .arg(defaults.requestDeadlineSeconds),
        "SECONDS", QString::number(defaults.requestDeadlineSeconds));
    const QCommandLineOption maxBuffered = option("max-buffered",
        QStringLiteral("Bytes all bodies being received may hold together (default %1).")
            .arg(defaults.maxBufferedBytes),
        "BYTES", QString::number(defaults.maxBufferedBytes));
    const QCommandLineOption budget = option("recipient-budget",
        QStringLiteral("Bytes of envelopes stored per recipient key before 503 (default %1; 0: no limit).")
            .arg(defaults.recipientBudgetBytes),
        "BYTES", QString::number(defaults.recipientBudgetBytes));
    const QCommandLineOption diskReserve = option("disk-reserve",
        QStringLiteral("Free bytes to keep on the store's disk; below it envelopes get 503 (default %1).")
            .arg(defaults.diskReserveBytes),
        "BYTES", QString::number(defaults.diskReserveBytes));
    const QCommandLineOption difficulty = option("admission-difficulty",
        QStringLiteral("Admission proof difficulty in bits when quiet (default %1).")
            .arg(defaults.admission.base),
        "BITS", QString::number(defaults.admission.base));
    const QCommandLineOption ceiling = option("admission-ceiling",
        QStringLiteral("Highest difficulty it rises to under load (default %1).")
            .arg(defaults.admission.ceiling),
        "BITS", QString::number(defaults.admission.ceiling));
    const QCommandLineOption window = option("admission-window",
        QStringLiteral("Seconds per load window (default %1).").arg(defaults.admission.window.count()),
        "SECONDS", QString::number(defaults.admission.window.count()));
    const QCommandLineOption busy = option("admission-busy",
        QStringLiteral("Envelopes stored in one window that raise the difficulty (default %1).")
            .arg(defaults.admission.busyPerWindow),
        "N", QString::number(defaults.admission.busyPerWindow));
    const QCommandLineOption replyRetention = option("reply-retention-days",
        QStringLiteral("Days a follow-up reply is kept for its reporter, read or not (default %1).")
            .arg(defaults.mailbox.retentionDays),
        "DAYS", QString::number(defaults.mailbox.retentionDays));
    const QCommandLineOption mailboxRate = option("mailbox-rate",
        QStringLiteral("Mailbox requests answered per second, all senders together (default %1; bursts of "
                       "five times as many).")
            .arg(defaults.mailbox.ratePerSecond),
        "N", QString::number(defaults.mailbox.ratePerSecond));
    parser.addOptions({ listen, port, store, recipientKey, maxBody, maxConnections, idleTimeout,
        requestDeadline, maxBuffered, budget, diskReserve, difficulty, ceiling, window, busy, replyRetention,
        mailboxRate });
    const ToolConsole console(QStringLiteral("harbour-intake"), parser.helpText());

    if (!parser.parse(QCoreApplication::arguments()))
        return console.usageError(parser.errorText());
    if (parser.isSet(helpOption))
        return console.printUsage();
    if (!parser.positionalArguments().isEmpty())
        return console.usageError(
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));

    const QHostAddress address(parser.value(listen));
    if (address.isNull())
        return console.usageError(QStringLiteral("--listen needs an IP address, e.g. 127.0.0.1"));

    // Every number: its option, the range it must lie in and what it is for the message.
    struct Number
    {
        const QCommandLineOption &option;
        qint64 minimum, maximum;
        qint64 value = 0;
    };
    constexpr qint64 kLots = qint64(1) << 50;
    Number numbers[] = {
        { port, 0, 65535 },
        { maxBody, 1, protocol::kMaxEnvelopeJsonBytes * 8 },
        { maxConnections, 1, 100000 },
        { idleTimeout, 1, 3600 },
        { requestDeadline, 1, 3600 },
        { maxBuffered, 1, kLots },
        { budget, 0, kLots },
        { diskReserve, 0, kLots },
        { difficulty, 0, protocol::admission::kMaxDifficulty },
        { ceiling, 0, protocol::admission::kMaxDifficulty },
        { window, 1, 86400 },
        { busy, 0, 1000000 },
        { replyRetention, 1, 3650 },
        { mailboxRate, 1, 100000 },
    };
    for (Number &n : numbers) {
        const auto value = wholeNumber(parser.value(n.option), n.minimum, n.maximum);
        if (!value)
            return console.usageError(QStringLiteral("--%1 needs a whole number from %2 to %3")
                                          .arg(n.option.names().constFirst())
                                          .arg(n.minimum)
                                          .arg(n.maximum));
        n.value = *value;
    }
    const QStringList keyFiles = parser.values(recipientKey);
    if (keyFiles.isEmpty())
        return console.usageError(QStringLiteral("give at least one --recipient-key FILE.pub"));

    IntakeServer::Options options;
    options.maxBodyBytes = numbers[1].value;
    options.maxConnections = unsigned(numbers[2].value);
    options.idleTimeoutSeconds = unsigned(numbers[3].value);
    options.requestDeadlineSeconds = unsigned(numbers[4].value);
    options.maxBufferedBytes = numbers[5].value;
    options.recipientBudgetBytes = numbers[6].value;
    options.diskReserveBytes = numbers[7].value;
    options.admission.base = int(numbers[8].value);
    options.admission.ceiling = int(numbers[9].value);
    options.admission.window = std::chrono::seconds(numbers[10].value);
    options.admission.busyPerWindow = int(numbers[11].value);
    options.mailbox.retentionDays = int(numbers[12].value);
    options.mailbox.ratePerSecond = double(numbers[13].value);
    options.mailbox.burst = 5.0 * double(numbers[13].value);
    if (options.admission.ceiling < options.admission.base)
        return console.usageError(
            QStringLiteral("--admission-ceiling must not be below --admission-difficulty"));
    if (options.maxBufferedBytes < options.maxBodyBytes)
        return console.usageError(QStringLiteral("--max-buffered must hold at least one --max-body"));
    for (const QString &file : keyFiles) {
        auto key = readPublicKeyFile(file);
        if (!key)
            return console.fail(key.error());
        options.recipientKeyIds.insert(key->keyId);
    }

    const QString storePath = parser.value(store);
    options.storeFolder = QFileInfo(storePath).absolutePath();
    auto intakeStore = IntakeStore::open(storePath, IntakeStore::OpenMode::CreateIfMissing);
    if (!intakeStore)
        return console.fail(intakeStore.error());

    if (auto e = quitOnTerminationSignals(app); !e.isEmpty())
        return console.fail(QStringLiteral("cannot handle termination signals: %1").arg(e));

    IntakeServer server(*intakeStore.value(), options);
    QString listenError;
    const quint16 actualPort = server.listen(address, quint16(numbers[0].value), &listenError);
    if (actualPort == 0)
        return console.fail(QStringLiteral("cannot listen on %1 port %2: %3")
                                .arg(address.toString())
                                .arg(numbers[0].value)
                                .arg(listenError));

    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(address.toString())
        : address.toString();
    // Tests and scripts read the port from this line: keep its form.
    std::printf("harbour-intake: listening on http://%s:%u\n", qUtf8Printable(host), unsigned(actualPort));
    std::fflush(stdout);
    qCInfo(lcIntake).noquote() << options.recipientKeyIds.size() << "recipient key(s);"
                               << "largest body" << options.maxBodyBytes << "bytes; admission difficulty"
                               << options.admission.base << "to" << options.admission.ceiling;

    // The hourly count line, at each full hour of UTC.
    QTimer hourly;
    hourly.setSingleShot(true);
    const auto armHourly = [&hourly] {
        const qint64 msIntoHour = QDateTime::currentMSecsSinceEpoch() % (3600 * 1000);
        hourly.start(int(3600 * 1000 - msIntoHour));
    };
    QObject::connect(&hourly, &QTimer::timeout, &app, [&] {
        logCounts(server, "in the hour just ended");
        armHourly();
    });
    armHourly();

    const int rc = app.exec();
    logCounts(server, "since the last full hour");
    qCInfo(lcIntake).noquote() << "stopping after storing" << server.storedThisRun()
                               << "envelope(s) this run";
    return rc;
}
