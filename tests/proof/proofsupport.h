// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/envelope.h"

#include <QByteArray>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

// Shared by the proof tests (crash, network faults, disk full, TLS): keys, test reports, and
// counting what reached the intake by opening every stored envelope.
namespace harbour::proof {

struct TestOrganisation
{
    protocol::KeyPair pair;
    QString publicKeyFile; // FILE.pub for harbour-intake --recipient-key; empty on failure
};

// A recipient key pair made in this process (no Argon2id keygen: the test holds the secret key).
TestOrganisation makeOrganisation(const QString &dir);

// A small report that carries its reference, so arrivals can be told apart once opened.
QByteArray testReport(const QString &reference);

// What an intake store holds, opened with the organisation's key.
struct Arrivals
{
    QMap<QString, int> byReference; // report reference -> envelopes that carried it
    int rows = 0;
    int unopenable = 0; // stored envelopes that did not open: a corrupted or foreign envelope
    QString integrity; // the store's integrity_check
    QString error; // empty when the store could be read

    int duplicated() const;
};
Arrivals readArrivals(const QString &storePath, const protocol::KeyPair &pair);

// integrity_check of <dataDir>/outbox.db, opened with its key file without touching its schema.
QString outboxIntegrity(const QString &dataDir);
// References of every envelope in the outbox (pending or delivered); error set on failure.
QSet<QString> outboxReferences(const QString &dataDir, QString *error);
// Envelopes waiting in the outbox (not yet delivered); -1 when it cannot be read.
int outboxPendingCount(const QString &dataDir);
// The recipients of every envelope in the outbox (pending or delivered), by report reference, one
// entry per envelope (a name twice: two copies for one organisation); error set on failure.
QMap<QString, QStringList> outboxCopies(const QString &dataDir, QString *error);

// Runs a program to its end (60 s at most); false with error set unless it exits 0.
bool runProgram(const QString &program, const QStringList &args, QString *error);

// A small filesystem mounted on a folder for the length of a test (needs root; CI runs as root).
class SmallFilesystem
{
public:
    SmallFilesystem() = default;
    SmallFilesystem(const SmallFilesystem &) = delete;
    SmallFilesystem &operator=(const SmallFilesystem &) = delete;
    ~SmallFilesystem(); // unmounts
    // Tries a tmpfs first, then an ext4 image on a loop device. Returns how, or empty (see error()).
    QString mount(const QString &mountPoint, const QString &imagePath, int kib);
    QString error() const { return m_error; }

private:
    QString m_mountPoint;
    QString m_error;
    bool m_mounted = false;
};

// Fills what is left of the filesystem holding path with one file there; returns the bytes written.
qint64 fillDisk(const QString &path);

// A figure line on stdout, flushed, so ctest's log and CI show it as printed.
void printFigure(const QString &line);

} // namespace harbour::proof
