// SPDX-License-Identifier: GPL-3.0-or-later
// harbour-desk-fixture DIR: sets up DeskFixture in DIR (intake, organisation, two desks, reports),
// prints one line of JSON (the desks' folders and the intake's address; never a passphrase), and
// keeps the intake running until its standard input closes. For the AT-SPI walk and the screenshots.
#include "deskfixture.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: harbour-desk-fixture DIR\n");
        return 2;
    }
    harbour::testsupport::DeskFixture fixture(app.arguments().at(1));
    if (!fixture.start())
        return 1;
    QJsonObject ready { { QStringLiteral("desk1"), fixture.desk1() },
        { QStringLiteral("desk2"), fixture.desk2() },
        { QStringLiteral("intake"), fixture.intake().toString() } };
    std::printf("%s\n", QJsonDocument(ready).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            app.quit();
    });
    app.exec();
    fixture.stop();
    return 0;
}
