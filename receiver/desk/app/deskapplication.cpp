// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskapplication.h"

#include "desksession.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QTranslator>
#include <QUrl>

#include <cstdio>

namespace harbour::desk {

int runDeskApplication(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("harbour-desk"));
    QGuiApplication::setOrganizationName(QStringLiteral("Harbour"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Harbour desk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Harbour desk: a caseworker's view of the organisation's reports."));
    parser.addHelpOption();
    const QCommandLineOption data(QStringLiteral("data"),
        QStringLiteral("The desk's folder (made by harbour-desk-sync init)."), QStringLiteral("DIR"));
    const QCommandLineOption idle(QStringLiteral("idle-minutes"),
        QStringLiteral("Lock after this many minutes without use (default 10)."), QStringLiteral("N"));
    const QCommandLineOption idleSeconds(
        QStringLiteral("idle-seconds"), QStringLiteral("The same, in seconds (tests)."), QStringLiteral("N"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QStringLiteral("The desk's language: en or cy (default: the system's)."), QStringLiteral("CODE"));
    const QCommandLineOption textScale(
        QStringLiteral("text-scale"), QStringLiteral("Text size, 1.0 to 2.0."), QStringLiteral("SCALE"));
    const QCommandLineOption highContrast(
        QStringLiteral("high-contrast"), QStringLiteral("Yellow on black."));
    parser.addOptions({ data, idle, idleSeconds, lang, textScale, highContrast });
    parser.process(app);

    if (parser.isSet(data))
        DeskSession::setDataDirectory(parser.value(data));
    bool ok = true;
    if (parser.isSet(idle)) {
        const int minutes = parser.value(idle).toInt(&ok);
        if (!ok || minutes < 1 || minutes > 240) {
            std::fputs("harbour-desk: --idle-minutes must be a whole number from 1 to 240\n", stderr);
            return 64;
        }
        DeskSession::setDefaultIdleSeconds(minutes * 60);
    }
    if (parser.isSet(idleSeconds)) {
        const int seconds = parser.value(idleSeconds).toInt(&ok);
        if (!ok || seconds < 5 || seconds > 14400) {
            std::fputs("harbour-desk: --idle-seconds must be a whole number from 5 to 14400\n", stderr);
            return 64;
        }
        DeskSession::setDefaultIdleSeconds(seconds);
    }
    double scale = 1.0;
    if (parser.isSet(textScale)) {
        scale = parser.value(textScale).toDouble(&ok);
        if (!ok || scale < 1.0 || scale > 2.0) {
            std::fputs("harbour-desk: --text-scale must be from 1.0 to 2.0\n", stderr);
            return 64;
        }
    }
    const QString language = parser.isSet(lang) ? parser.value(lang) : QLocale::system().name().left(2);
    QTranslator translator;
    // English too: its file holds the plural forms ("1 report", "2 reports").
    if (translator.load(QStringLiteral(":/i18n/harbour-desk_%1.qm").arg(language))
        || translator.load(QStringLiteral(":/i18n/harbour-desk_en.qm")))
        QGuiApplication::installTranslator(&translator);

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({ { QStringLiteral("textScale"), scale },
        { QStringLiteral("highContrast"), parser.isSet(highContrast) } });
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(-1); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/HarbourDesk/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return -1;
    return QGuiApplication::exec();
}

} // namespace harbour::desk
