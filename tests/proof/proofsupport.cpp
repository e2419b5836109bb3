// SPDX-License-Identifier: GPL-3.0-or-later
#include "proofsupport.h"

#include "common/keyfiles.h"
#include "intake/intakestore.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cstdio>

namespace harbour::proof {

TestOrganisation makeOrganisation(const QString &dir)
{
    TestOrganisation organisation;
    organisation.pair = protocol::generateRecipientKeyPair();
    const QString path = QDir(dir).filePath(QStringLiteral("organisation.key.pub"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return organisation;
    file.write(receiver::publicKeyFileJson(organisation.pair.publicKey));
    if (file.error() == QFile::NoError)
        organisation.publicKeyFile = path;
    return organisation;
}

QByteArray testReport(const QString &reference)
{
    const QJsonObject report {
        { QStringLiteral("format"), QStringLiteral("harbour-report") },
        { QStringLiteral("reference"), reference },
        { QStringLiteral("language"), QStringLiteral("en") },
        { QStringLiteral("mode"), QStringLiteral("self") },
        { QStringLiteral("answers"),
            QJsonObject {
                { QStringLiteral("narrative"), QStringLiteral("proof test report, no real content") } } },
    };
    return QJsonDocument(report).toJson(QJsonDocument::Compact);
}

int Arrivals::duplicated() const
{
    int extra = 0;
    for (int copies : byReference)
        extra += copies > 1 ? copies - 1 : 0;
    return extra;
}

Arrivals readArrivals(const QString &storePath, const protocol::KeyPair &pair)
{
    Arrivals arrivals;
    if (!QFile::exists(storePath)) {
        arrivals.integrity = QStringLiteral("ok");
        return arrivals;
    }
    auto store = receiver::IntakeStore::open(storePath, receiver::IntakeStore::OpenMode::ExistingOnly);
    if (!store) {
        arrivals.error = store.error();
        return arrivals;
    }
    arrivals.integrity = store.value()->integrityCheck();
    auto rows = store.value()->all();
    if (!rows) {
        arrivals.error = rows.error();
        return arrivals;
    }
    for (const auto &row : rows.value()) {
        ++arrivals.rows;
        auto envelope = protocol::Envelope::fromJson(row.envelopeJson);
        auto opened
            = envelope ? protocol::open(envelope.value(), pair) : Result<protocol::OpenedReport>::failure({});
        if (!opened) {
            ++arrivals.unopenable;
            continue;
        }
        const QString reference = QJsonDocument::fromJson(opened->reportJson)
                                      .object()
                                      .value(QStringLiteral("reference"))
                                      .toString();
        if (reference.isEmpty())
            ++arrivals.unopenable;
        else
            ++arrivals.byReference[reference];
    }
    return arrivals;
}

namespace {
Result<std::shared_ptr<store::Database>> openOutboxDatabase(const QString &dataDir)
{
    QFile keyFile(QDir(dataDir).filePath(QStringLiteral("outbox.key")));
    if (!keyFile.open(QIODevice::ReadOnly))
        return Result<std::shared_ptr<store::Database>>::failure(QStringLiteral("no outbox key file"));
    const QByteArray key = keyFile.readAll();
    return store::Database::open(
        QDir(dataDir).filePath(QStringLiteral("outbox.db")), store::Database::Encryption::Required, key);
}
} // namespace

QString outboxIntegrity(const QString &dataDir)
{
    if (!QFile::exists(QDir(dataDir).filePath(QStringLiteral("outbox.db"))))
        return QStringLiteral("ok"); // killed before the file was made: nothing to damage
    auto db = openOutboxDatabase(dataDir);
    if (!db)
        return db.error();
    return db.value()->integrityCheck();
}

QSet<QString> outboxReferences(const QString &dataDir, QString *error)
{
    QSet<QString> references;
    auto db = openOutboxDatabase(dataDir);
    if (!db) {
        *error = db.error();
        return references;
    }
    for (const char *sql : { "SELECT reference FROM pending;", "SELECT reference FROM delivered;" }) {
        store::Database::Statement query(*db.value(), sql);
        while (query.next())
            references.insert(query.text(0));
        if (!query.ok())
            *error = db.value()->lastError();
    }
    return references;
}

int outboxPendingCount(const QString &dataDir)
{
    auto db = openOutboxDatabase(dataDir);
    if (!db)
        return -1;
    store::Database::Statement query(*db.value(), "SELECT count(*) FROM pending;");
    return query.next() ? int(query.integer(0)) : -1;
}

QMap<QString, QStringList> outboxCopies(const QString &dataDir, QString *error)
{
    QMap<QString, QStringList> copies;
    auto db = openOutboxDatabase(dataDir);
    if (!db) {
        *error = db.error();
        return copies;
    }
    for (const char *sql :
        // A delivered copy no longer records its organisation (docs/threat-model.md, "What the phone
        // keeps"): it counts under "(delivered)". The queueing proofs deliver nothing.
        { "SELECT reference, recipient FROM pending;", "SELECT reference, '(delivered)' FROM delivered;" }) {
        store::Database::Statement query(*db.value(), sql);
        while (query.next())
            copies[query.text(0)] << query.text(1);
        if (!query.ok())
            *error = db.value()->lastError();
    }
    return copies;
}

bool runProgram(const QString &program, const QStringList &args, QString *error)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        *error = program + QStringLiteral(": ") + process.errorString();
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = program + QStringLiteral(": ")
            + QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return false;
    }
    return true;
}

SmallFilesystem::~SmallFilesystem()
{
    if (!m_mounted)
        return;
    QString ignored;
    if (!runProgram(QStringLiteral("umount"), { m_mountPoint }, &ignored))
        runProgram(QStringLiteral("umount"), { QStringLiteral("-l"), m_mountPoint }, &ignored);
}

QString SmallFilesystem::mount(const QString &mountPoint, const QString &imagePath, int kib)
{
    m_mountPoint = mountPoint;
    QString tmpfsError;
    if (runProgram(QStringLiteral("mount"),
            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                QStringLiteral("size=%1k,mode=0700").arg(kib), QStringLiteral("harbour-diskfull"),
                mountPoint },
            &tmpfsError)) {
        m_mounted = true;
        return QStringLiteral("tmpfs of %1 KiB").arg(kib);
    }
    QString loopError;
    if (runProgram(QStringLiteral("truncate"),
            { QStringLiteral("-s"), QStringLiteral("%1k").arg(kib), imagePath }, &loopError)
        && runProgram(QStringLiteral("mkfs.ext4"),
            { QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("0"), imagePath }, &loopError)
        && runProgram(QStringLiteral("mount"),
            { QStringLiteral("-o"), QStringLiteral("loop"), imagePath, mountPoint }, &loopError)) {
        m_mounted = true;
        return QStringLiteral("loop-mounted ext4 image of %1 KiB (tmpfs refused: %2)")
            .arg(kib)
            .arg(tmpfsError);
    }
    m_error = QStringLiteral("tmpfs: %1; loop image: %2").arg(tmpfsError, loopError);
    return {};
}

// Fills what is left of the filesystem with one file; returns the bytes written.
qint64 fillDisk(const QString &path)
{
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly))
        return 0;
    const QByteArray block(4096, 'f');
    qint64 written = 0;
    for (int i = 0; i < 1 << 20; ++i) { // bounded: 4 GiB at most
        const qint64 n = filler.write(block);
        if (n <= 0 || !filler.flush())
            break;
        written += n;
    }
    return written;
}

void printFigure(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

} // namespace harbour::proof
