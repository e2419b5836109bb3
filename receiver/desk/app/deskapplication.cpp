// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskapplication.h"

#include "crypto/sodium.h"
#include "desk.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QUrl>

#include <cstdio>

namespace harbour::deskui {
namespace {

int s_warnings = 0;
QtMessageHandler s_previousHandler = nullptr;

// With --self-test every QML warning counts as a failure.
void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        ++s_warnings;
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

} // namespace

int runDesk(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("harbour-desk"));
    QGuiApplication::setOrganizationName(QStringLiteral("Harbour"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Harbour desk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(HARBOUR_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("harbour-desk"));
    crypto::ensureInitialised();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Harbour desk: receive, triage and work the reports sent to your organisation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(QStringLiteral("data"),
        QStringLiteral("The desk's folder, made by harbour-desk-sync init (default: %1).")
            .arg(QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))),
        QStringLiteral("dir"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QStringLiteral("Start in this language (en, cy)."), QStringLiteral("code"));
    const QCommandLineOption textScaleOption(QStringLiteral("text-scale"),
        QStringLiteral("Start with this text size, 1.0 to 2.0."), QStringLiteral("scale"));
    const QCommandLineOption highContrastOption(
        QStringLiteral("high-contrast"), QStringLiteral("Start in high contrast."));
    const QCommandLineOption idleOption(QStringLiteral("idle-minutes"),
        QStringLiteral("Lock after this many minutes without use (default: the saved setting, else 10)."),
        QStringLiteral("minutes"));
    const QCommandLineOption syncOption(QStringLiteral("sync-seconds"),
        QStringLiteral("Sync with the intake this often while unlocked (default 60)."),
        QStringLiteral("seconds"));
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
        QStringLiteral("Load the desk's pages (locked) and exit non-zero on any QML warning."));
    parser.addOptions({ dataOption, languageOption, textScaleOption, highContrastOption, idleOption,
        syncOption, selfTestOption });
    parser.process(app);

    DeskOptions options;
    options.dataDir = parser.isSet(dataOption)
        ? parser.value(dataOption)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.language = parser.value(languageOption);
    options.textScale = parser.value(textScaleOption).toDouble();
    options.highContrast = parser.isSet(highContrastOption);
    options.idleMinutes = parser.value(idleOption).toDouble();
    if (parser.isSet(syncOption))
        options.syncSeconds = parser.value(syncOption).toInt();
    Desk::setOptions(options);

    const bool selfTest = parser.isSet(selfTestOption);
    if (selfTest)
        s_previousHandler = qInstallMessageHandler(countingHandler);

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({ { QStringLiteral("selfTest"), selfTest } });
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(-1); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/HarbourDesk/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return -1;
    const int rc = app.exec();
    if (selfTest) {
        std::fprintf(stderr, "self-test: %d QML warnings\n", s_warnings);
        return s_warnings == 0 && rc == 0 ? 0 : 1;
    }
    return rc;
}

} // namespace harbour::deskui
