// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktestutil.h"

#include "common/keyfiles.h"
#include "intakeprocess.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <unistd.h>

namespace harbour::testsupport {
namespace {

ToolRun runProcess(const QString &binary, const QStringList &args, const QProcessEnvironment &env,
    const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    // A new session has no controlling terminal: a passphrase prompt cannot block the test.
    process.setChildProcessModifier([]() { ::setsid(); });
    process.start(binaryPath(binary), args);
    ToolRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
    } else if (process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

ToolRun runDesk(const QStringList &args, const QByteArray &deskPassphrase, const QByteArray &input,
    const QByteArray &organisationPassphrase, int timeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QLatin1StringView(kDeskPassphraseVariable));
    env.remove(QStringLiteral("HARBOUR_INBOX_PASSPHRASE"));
    if (!deskPassphrase.isEmpty())
        env.insert(QLatin1StringView(kDeskPassphraseVariable), QString::fromUtf8(deskPassphrase));
    if (!organisationPassphrase.isEmpty())
        env.insert(QStringLiteral("HARBOUR_INBOX_PASSPHRASE"), QString::fromUtf8(organisationPassphrase));
    return runProcess(QStringLiteral("harbour-desk-sync"), args, env, input, timeoutMs);
}

ToolRun runAdmin(const QString &intakeStore, const QStringList &args)
{
    return runProcess(QStringLiteral("harbour-intake-admin"),
        QStringList { args.constFirst(), QStringLiteral("--store"), intakeStore } + args.mid(1),
        QProcessEnvironment::systemEnvironment(), {}, 30000);
}

DeskOrganisation makeDeskOrganisation(const QString &dir, const QString &name, const QByteArray &passphrase)
{
    DeskOrganisation o { name, protocol::generateRecipientKeyPair(), {}, {} };
    const QString stem = QDir(dir).filePath(QString(name).replace(QLatin1Char(' '), QLatin1Char('-')));
    o.keyFile = stem + QStringLiteral(".key");
    o.publicKeyFile = o.keyFile + QStringLiteral(".pub");
    auto locked = receiver::lockOrganisationKey(o.key, passphrase);
    if (!locked || !writeFile(o.keyFile, locked->toJson())
        || !writeFile(o.publicKeyFile, receiver::publicKeyFileJson(o.key.publicKey)))
        qFatal("cannot write the organisation's key files");
    QFile::setPermissions(o.keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return o;
}

bool bindOrganisation(const QString &intakeStore, const DeskOrganisation &organisation)
{
    const ToolRun bound = runAdmin(intakeStore,
        { QStringLiteral("organisation"), QStringLiteral("--organisation"), organisation.name,
            QStringLiteral("--recipient-key"), organisation.publicKeyFile });
    if (bound.exitCode != 0)
        qWarning().noquote() << "harbour-intake-admin organisation failed:" << bound.err;
    return bound.exitCode == 0;
}

QByteArray registerDesk(const QString &intakeStore, const DeskOrganisation &organisation, const QString &name,
    const QByteArray &publicKey)
{
    const ToolRun added = runAdmin(intakeStore,
        { QStringLiteral("add-desk"), QStringLiteral("--organisation"), organisation.name,
            QStringLiteral("--name"), name, QStringLiteral("--desk-key"),
            QString::fromLatin1(publicKey.toBase64()) });
    if (added.exitCode != 0) {
        qWarning().noquote() << "harbour-intake-admin add-desk failed:" << added.err;
        return {};
    }
    return added.out.trimmed();
}

QByteArray initDesk(const QString &intakeStore, const DeskOrganisation &organisation,
    const QByteArray &orgPassphrase, const QString &dataDir, const QUrl &intake,
    const QByteArray &deskPassphrase, const QString &name, bool interactiveKdf)
{
    QStringList args { QStringLiteral("init"), QStringLiteral("--data"), dataDir,
        QStringLiteral("--organisation-key"), organisation.keyFile, QStringLiteral("--intake"),
        intake.toString() };
    if (interactiveKdf)
        args << QStringLiteral("--kdf") << QStringLiteral("interactive");
    const ToolRun made = runDesk(args, deskPassphrase, {}, orgPassphrase);
    QByteArray publicKey;
    for (const QByteArray &line : made.out.split('\n')) {
        if (line.startsWith("desk-key: "))
            publicKey = QByteArray::fromBase64(line.mid(10));
    }
    if (made.exitCode != 0 || publicKey.size() != protocol::kSigningPublicKeyBytes) {
        qWarning().noquote() << "harbour-desk-sync init failed:" << made.exitCode << made.err;
        return {};
    }
    return registerDesk(intakeStore, organisation, name, publicKey);
}

QMap<QString, QString> statusOf(const QString &dataDir, const QByteArray &deskPassphrase)
{
    QMap<QString, QString> status;
    const ToolRun run
        = runDesk({ QStringLiteral("status"), QStringLiteral("--data"), dataDir }, deskPassphrase);
    if (run.exitCode != 0) {
        qWarning().noquote() << "harbour-desk-sync status failed:" << run.err;
        return status;
    }
    for (const QByteArray &line : run.out.split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0)
            status.insert(QString::fromLatin1(line.left(space)), QString::fromLatin1(line.mid(space + 1)));
    }
    return status;
}

} // namespace harbour::testsupport
