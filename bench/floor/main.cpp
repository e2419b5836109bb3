// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for harbour's cold start: a bare Qt Quick window with one button, built and started
// the way harbour is (QGuiApplication, Material style, a compiled QML module loaded from qrc).
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QUrl>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/HarbourBenchFloor/Main.qml")));
    return app.exec();
}
