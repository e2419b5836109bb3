// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakeprocess.h"

#include "common/keyfiles.h"
#include "intake/intakestore.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <unistd.h>

namespace harbour::testsupport {

QString binaryPath(const QString &name)
{
    return QStringLiteral(HARBOUR_BINARY_DIR "/bin/") + name;
}

QString makeOrganisationKey(const QString &dir, const QByteArray &passphrase)
{
    QString path = QDir(dir).filePath(QStringLiteral("organisation.key"));
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".pub")); ++n)
        path = QDir(dir).filePath(QStringLiteral("organisation-%1.key").arg(n));
    const InboxResult result
        = runInbox({ QStringLiteral("keygen"), QStringLiteral("--key"), path }, passphrase);
    if (result.exitCode != 0) {
        qWarning().noquote() << "harbour-inbox keygen failed with" << result.exitCode << ":"
                             << QString::fromUtf8(result.err);
        return {};
    }
    return path;
}

QByteArray publicKeyOf(const QString &keyFile)
{
    const QString pub = keyFile.endsWith(QStringLiteral(".pub")) ? keyFile : keyFile + QStringLiteral(".pub");
    const auto file = receiver::readPublicKeyFile(pub);
    if (!file) {
        qWarning().noquote() << file.error();
        return {};
    }
    return file->publicKey;
}

IntakeProcess::IntakeProcess() = default;

IntakeProcess::~IntakeProcess()
{
    stop();
}

bool IntakeProcess::start(const QString &storePath, const QStringList &publicKeyFiles, quint16 port,
    const QStringList &extraArguments)
{
    if (isRunning()) {
        qWarning("IntakeProcess::start: the intake is already running");
        return false;
    }
    m_port = 0;
    m_log = std::make_unique<QTemporaryFile>();
    if (!m_log->open()) {
        qWarning().noquote() << "cannot make the intake's log file:" << m_log->errorString();
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_log->fileName());
    QStringList args { QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
        QString::number(port), QStringLiteral("--store"), storePath };
    for (const QString &key : publicKeyFiles)
        args << QStringLiteral("--recipient-key") << key;
    // Test folders are small: keep the intake's disk reserve out of the way unless a test sets one.
    args << QStringLiteral("--admission-difficulty") << QString::number(kTestAdmissionDifficulty)
         << QStringLiteral("--disk-reserve") << QStringLiteral("0");
    args << extraArguments;
    m_process->start(binaryPath(QStringLiteral("harbour-intake")), args);
    if (!m_process->waitForStarted(10000)) {
        qWarning().noquote() << "harbour-intake did not start:" << m_process->errorString();
        return false;
    }

    static const QRegularExpression listening(
        QStringLiteral("^harbour-intake: listening on http://127\\.0\\.0\\.1:(\\d+)$"),
        QRegularExpression::MultilineOption);
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        const auto match = listening.match(QString::fromUtf8(output()));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
        if (m_process->state() != QProcess::Running)
            break;
        m_process->waitForFinished(int(qMax<qint64>(1, qMin<qint64>(deadline.remainingTime(), 50))));
    }
    qWarning().noquote() << "harbour-intake did not report listening; its output:"
                         << QString::fromUtf8(output());
    kill();
    return false;
}

void IntakeProcess::stop()
{
    if (!isRunning())
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        qWarning("harbour-intake did not stop within 10 s of SIGTERM; killing it");
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

void IntakeProcess::kill()
{
    if (!isRunning())
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
}

qint64 IntakeProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

bool IntakeProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool IntakeProcess::exitedCleanly() const
{
    return m_process && m_process->state() == QProcess::NotRunning
        && m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
}

QUrl IntakeProcess::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QUrl IntakeProcess::envelopesUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/v1/envelopes"));
    return url;
}

QByteArray IntakeProcess::output() const
{
    if (!m_log)
        return {};
    QFile log(m_log->fileName());
    return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
}

int storedEnvelopeCount(const QString &storePath)
{
    if (!QFileInfo::exists(storePath))
        return 0;
    auto store = receiver::IntakeStore::open(storePath, receiver::IntakeStore::OpenMode::ExistingOnly);
    if (!store) {
        qWarning().noquote() << store.error();
        return -1;
    }
    auto count = store.value()->count();
    if (!count) {
        qWarning().noquote() << count.error();
        return -1;
    }
    return int(count.value());
}

InboxResult runInbox(
    const QStringList &args, const QByteArray &passphrase, const QByteArray &deskPassphrase, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HARBOUR_INBOX_PASSPHRASE"));
    env.remove(QStringLiteral("HARBOUR_DESK_PASSPHRASE"));
    if (!passphrase.isEmpty())
        env.insert(QStringLiteral("HARBOUR_INBOX_PASSPHRASE"), QString::fromUtf8(passphrase));
    if (!deskPassphrase.isEmpty())
        env.insert(QStringLiteral("HARBOUR_DESK_PASSPHRASE"), QString::fromUtf8(deskPassphrase));
    process.setProcessEnvironment(env);
    // A new session has no controlling terminal, so the inbox cannot block on a passphrase prompt.
    process.setChildProcessModifier([]() { ::setsid(); });
    process.start(binaryPath(QStringLiteral("harbour-inbox")), args);
    InboxResult result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError() + "\n(timed out)";
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

} // namespace harbour::testsupport
