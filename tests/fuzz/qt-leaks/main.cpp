// SPDX-License-Identifier: GPL-3.0-or-later
// A bare Qt Quick program that loads one QML file: shows the Qt leaks tests/fuzz/lsan.supp suppresses
// without any of Harbour's code. Build and run: see README.md beside it.
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 2)
        return 2;
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    QQmlApplicationEngine engine;
    engine.loadData(file.readAll(), QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath()));
    return app.exec();
}
