// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "questionnaire/questionnaire.h"
#include "reportsession.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QUrl>
#include <QWindow>

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
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"), QStringLiteral("Load every page and exit non-zero on any QML warning."));
    const QCommandLineOption screenshotsOption(QStringLiteral("screenshots"),
        QStringLiteral("With --self-test: save each page as a PNG in this folder."), QStringLiteral("dir"));
    const QCommandLineOption questionnaireOption(QStringLiteral("questionnaire"),
        QStringLiteral("Questionnaire file (docs/questionnaire.md); overrides the configuration's "
                       "\"questionnaire\" (default: the embedded harbour-uk questionnaire)."),
        QStringLiteral("file"));
    parser.addOptions({ configOption, dataDirOption, selfTestOption, screenshotsOption });
    parser.addOption(questionnaireOption);
    // Kiosk (cage): a window that is not full screen gets Qt's title bar and does not fill the screen.
    const QCommandLineOption fullScreenOption(
        QStringLiteral("full-screen"), QStringLiteral("Show the window full screen (kiosks)."));
    parser.addOption(fullScreenOption);
    // A newer signed recipient directory (docs/protocol.md §17); refused ones change nothing.
    const QCommandLineOption directoryOption(QStringLiteral("directory"),
        QStringLiteral("Signed recipient directory to offer (newer than the one "
                       "in use; checked against the built-in directory key)."),
        QStringLiteral("file"));
    parser.addOption(directoryOption);
    // How the app is shown from the start (screenshots, or a device set up for one community).
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QStringLiteral("Start in this language (en, cy, pl, ro, pa, ur, pt, es, ar, bn, fa, uk)."),
        QStringLiteral("code"));
    const QCommandLineOption textScaleOption(QStringLiteral("text-scale"),
        QStringLiteral("Start with this text size, 1.0 to 2.0."), QStringLiteral("scale"));
    const QCommandLineOption highContrastOption(
        QStringLiteral("high-contrast"), QStringLiteral("Start in high contrast."));
    const QCommandLineOption easyReadOption(
        QStringLiteral("easy-read"), QStringLiteral("Start in easy read: short sentences with pictures."));
    parser.addOptions({ languageOption, textScaleOption, highContrastOption, easyReadOption });
    parser.process(app);

    auto config = AppConfig::load(parser.value(configOption));
    if (!config) {
        std::fprintf(stderr, "harbour: %s\n", qPrintable(config.error()));
        return 2;
    }
    if (parser.isSet(dataDirOption))
        config->dataDir = parser.value(dataDirOption);
    if (parser.isSet(directoryOption))
        config->directoryFile = parser.value(directoryOption);
    if (parser.isSet(questionnaireOption))
        config->questionnaire = parser.value(questionnaireOption);
    // An organisation's questionnaire that does not load stops the app: reporters never see half a form.
    auto loadedQuestionnaire = questionnaire::Questionnaire::load(config->questionnaire);
    if (!loadedQuestionnaire) {
        std::fprintf(stderr, "harbour: %s\n", qPrintable(loadedQuestionnaire.error()));
        return 2;
    }

    const bool selfTest = parser.isSet(selfTestOption);
    if (selfTest)
        s_previousHandler = qInstallMessageHandler(countingHandler);

    ReportSession session(config.value());
    ReportSession::setInstance(&session);
    session.setQuestionnaire(
        std::make_shared<const questionnaire::Questionnaire>(std::move(loadedQuestionnaire.value())));
    if (auto started = session.start(); !started)
        std::fprintf(stderr, "harbour: %s\n", qPrintable(started.error()));
    if (parser.isSet(languageOption))
        session.setLanguage(parser.value(languageOption));
    if (parser.isSet(textScaleOption))
        session.preferences()->setTextScale(parser.value(textScaleOption).toDouble());
    if (parser.isSet(highContrastOption))
        session.preferences()->setHighContrast(true);
    if (parser.isSet(easyReadOption))
        session.preferences()->setEasyRead(true);

    // Kiosk: each session ends the process; the supervisor (systemd, Restart=always) starts a fresh one.
    QObject::connect(
        &session, &ReportSession::sessionEnded, &app, [] { QCoreApplication::exit(0); },
        Qt::QueuedConnection);

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({ { QStringLiteral("selfTest"), selfTest },
        { QStringLiteral("screenshotDir"), parser.value(screenshotsOption) } });
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(-1); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Harbour/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return -1;
    if (parser.isSet(fullScreenOption)) {
        if (auto *window = qobject_cast<QWindow *>(engine.rootObjects().constFirst()))
            window->showFullScreen();
    }

    const int rc = app.exec();
    if (selfTest) {
        std::fprintf(stderr, "self-test: %d QML warnings\n", s_qmlWarnings);
        return s_qmlWarnings == 0 && rc == 0 ? 0 : 1;
    }
    return rc;
}

} // namespace harbour::session
