// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "reportsession.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QUrl>

#include <cstdio>

namespace harbour::session {
namespace {

int s_qmlWarnings = 0;
QtMessageHandler s_previousHandler = nullptr;

// In self-test mode every QML warning counts as a failure.
void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        ++s_qmlWarnings;
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

} // namespace

int runApplication(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Harbour"));
    QGuiApplication::setOrganizationName(QStringLiteral("Harbour"));
    QGuiApplication::setApplicationVersion(QStringLiteral(HARBOUR_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("harbour"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Harbour: report a hate crime safely and anonymously."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          QStringLiteral("Configuration file installed by the organisation "
                                                         "(default: the embedded demo configuration)."),
                                          QStringLiteral("file"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QStringLiteral("Folder for the encrypted outbox."), QStringLiteral("dir"));
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
                                            QStringLiteral("Load every page and exit non-zero on any QML warning."));
    const QCommandLineOption screenshotsOption(QStringLiteral("screenshots"),
                                               QStringLiteral("With --self-test: save each page as a PNG in this folder."),
                                               QStringLiteral("dir"));
    parser.addOptions({configOption, dataDirOption, selfTestOption, screenshotsOption});
    parser.process(app);

    auto config = AppConfig::load(parser.value(configOption));
    if (!config) {
        std::fprintf(stderr, "harbour: %s\n", qPrintable(config.error()));
        return 2;
    }
    if (parser.isSet(dataDirOption))
        config->dataDir = parser.value(dataDirOption);

    const bool selfTest = parser.isSet(selfTestOption);
    if (selfTest)
        s_previousHandler = qInstallMessageHandler(countingHandler);

    ReportSession session(config.value());
    ReportSession::setInstance(&session);
    if (auto started = session.start(); !started)
        std::fprintf(stderr, "harbour: %s\n", qPrintable(started.error()));

    // Kiosk: each session ends the process; the supervisor (systemd, Restart=always) starts a fresh one.
    QObject::connect(&session, &ReportSession::sessionEnded, &app, [] { QCoreApplication::exit(0); },
                     Qt::QueuedConnection);

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("selfTest"), selfTest},
                                 {QStringLiteral("screenshotDir"), parser.value(screenshotsOption)}});
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(-1); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Harbour/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return -1;

    const int rc = app.exec();
    if (selfTest) {
        std::fprintf(stderr, "self-test: %d QML warnings\n", s_qmlWarnings);
        return s_qmlWarnings == 0 && rc == 0 ? 0 : 1;
    }
    return rc;
}

} // namespace harbour::session
