// SPDX-License-Identifier: GPL-3.0-or-later
// harbour-inbox: the organisation's tool to make its key and read what the intake stored.
#include "inbox.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("harbour-inbox"));
    return harbour::receiver::runInbox(QCoreApplication::arguments());
}
