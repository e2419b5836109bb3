// SPDX-License-Identifier: GPL-3.0-or-later
// harbour-intake: stores sealed envelopes posted by Harbour apps. See receiver/README.md.
#include "common/commandrules.h"
#include "common/keyfiles.h"
#include "intakeserver.h"
#include "intakestore.h"
#include "termination.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include <cstdio>

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

} // namespace

int main(int argc, char *argv[])
{
    g_previousFilter = QLoggingCategory::installFilter(filterCategories);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("harbour-intake"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Stores sealed Harbour envelopes posted to /v1/envelopes."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Address to listen on (default 127.0.0.1)."), QStringLiteral("ADDRESS"),
        QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("TCP port (default 8470; 0 picks a free one)."), QStringLiteral("N"),
        QStringLiteral("8470"));
    const QCommandLineOption store(QStringLiteral("store"),
        QStringLiteral("SQLite store file (default ./intake.db)."), QStringLiteral("FILE"),
        QStringLiteral("intake.db"));
    const QCommandLineOption recipientKey(QStringLiteral("recipient-key"),
        QStringLiteral("Public key file (FILE.pub from harbour-inbox keygen) envelopes may be addressed to; "
                       "repeat for several."),
        QStringLiteral("FILE"));
    const QCommandLineOption maxBody(QStringLiteral("max-body"),
        QStringLiteral("Largest request body in bytes (default %1).").arg(protocol::kMaxEnvelopeJsonBytes),
        QStringLiteral("BYTES"), QString::number(protocol::kMaxEnvelopeJsonBytes));
    parser.addOptions({ listen, port, store, recipientKey, maxBody });
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
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return console.usageError(QStringLiteral("--port needs a number from 0 to 65535"));
    const qint64 maxBodyBytes = parser.value(maxBody).toLongLong(&ok);
    if (!ok || maxBodyBytes <= 0)
        return console.usageError(QStringLiteral("--max-body needs a positive number of bytes"));
    const QStringList keyFiles = parser.values(recipientKey);
    if (keyFiles.isEmpty())
        return console.usageError(QStringLiteral("give at least one --recipient-key FILE.pub"));

    IntakeServer::Options options;
    options.maxBodyBytes = maxBodyBytes;
    for (const QString &file : keyFiles) {
        auto key = readPublicKeyFile(file);
        if (!key)
            return console.fail(key.error());
        options.recipientKeyIds.insert(key->keyId);
    }

    auto intakeStore = IntakeStore::open(parser.value(store), IntakeStore::OpenMode::CreateIfMissing);
    if (!intakeStore)
        return console.fail(intakeStore.error());

    if (auto e = quitOnTerminationSignals(app); !e.isEmpty())
        return console.fail(QStringLiteral("cannot handle termination signals: %1").arg(e));

    IntakeServer server(*intakeStore.value(), options);
    QString listenError;
    const quint16 actualPort = server.listenGuarded(address, quint16(portNumber), &listenError);
    if (actualPort == 0)
        return console.fail(QStringLiteral("cannot listen on %1 port %2: %3")
                                .arg(address.toString())
                                .arg(portNumber)
                                .arg(listenError));

    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(address.toString())
        : address.toString();
    // Tests and scripts read the port from this line: keep its form.
    std::printf("harbour-intake: listening on http://%s:%u\n", qUtf8Printable(host), unsigned(actualPort));
    std::fflush(stdout);
    qCInfo(lcIntake).noquote() << options.recipientKeyIds.size() << "recipient key(s);"
                               << "largest body" << maxBodyBytes << "bytes";

    const int rc = app.exec();
    qCInfo(lcIntake).noquote() << "stopping after storing" << server.storedThisRun()
                               << "envelope(s) this run";
    return rc;
}
