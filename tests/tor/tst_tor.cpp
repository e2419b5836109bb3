// SPDX-License-Identifier: GPL-3.0-or-later
// Sending through Tor with the real tor (docs/protocol.md §11.7, docs/threat-model.md "Sending
// through Tor"): a private Tor network on this machine (tornet.py: three directory authorities,
// three relays, an onion service and a client, Debian's tor in TestingTorNetwork mode), the real
// intake behind a TLS front on loopback, the onion service in front of that. The app's core sends
// reports to two organisations from a signed directory, one listing the onion address and one not,
// through the client's SOCKS port. Every report arrives and opens in the organisation's inbox, and
// every connection the intake's TLS front accepted belongs to a tor process: the onion service's for
// the organisation with an onion address, an exit relay's for the other; none to the app's own.
#include "../unit/tst_directory_testdata.h"
#include "delivery/forwarder.h"
#include "faultproxy.h"
#include "report/reportformat.h"
#include "sessionfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <optional>

using namespace harbour;
using namespace harbour::testdata;

namespace {

constexpr int kReports = 3;

std::optional<QByteArray> openssl(const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral("openssl"), args);
    if (!process.waitForStarted(10000))
        return std::nullopt;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning().noquote() << "openssl failed:" << QString::fromUtf8(process.readAllStandardError());
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

// The process holding the TCP socket 127.0.0.1:localPort -> 127.0.0.1:remotePort, from /proc/net/tcp
// (its inode) and /proc/<pid>/fd (who has it open); -1 when none is found.
qint64 owningProcess(quint16 localPort, quint16 remotePort)
{
    QFile table(QStringLiteral("/proc/net/tcp"));
    if (!table.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray local = "0100007F:" + QByteArray::number(localPort, 16).toUpper().rightJustified(4, '0');
    const QByteArray remote
        = "0100007F:" + QByteArray::number(remotePort, 16).toUpper().rightJustified(4, '0');
    QByteArray inode;
    for (const QByteArray &line : table.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 9 && fields[1] == local && fields[2] == remote)
            inode = fields[9];
    }
    if (inode.isEmpty())
        return -1;
    const QByteArray wanted = "socket:[" + inode + "]";
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool number = false;
        const qint64 value = pid.toLongLong(&number);
        if (!number)
            continue;
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
            char target[64] = {};
            const ssize_t length
                = ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), target, sizeof(target) - 1);
            if (length > 0 && QByteArray(target, length) == wanted)
                return value;
        }
    }
    return -1;
}

// The intake's TLS front (the organisation's reverse proxy), noting which process opened each
// connection it accepts before handing it on.
class WatchedFront : public proof::FaultProxy
{
public:
    explicit WatchedFront(quint16 upstreamPort)
        : proof::FaultProxy(upstreamPort, [](int) { return proof::Fault::Pass; })
    {
    }
    QList<qint64> owners; // one per accepted connection, in order

protected:
    void incomingConnection(qintptr descriptor) override
    {
        sockaddr_in peer {};
        socklen_t length = sizeof(peer);
        qint64 owner = -1;
        if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&peer), &length) == 0
            && peer.sin_addr.s_addr == htonl(INADDR_LOOPBACK))
            owner = owningProcess(ntohs(peer.sin_port), serverPort());
        owners.append(owner);
        proof::FaultProxy::incomingConnection(descriptor);
    }
};

} // namespace

class TestTor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_tornet;
    QJsonObject m_network;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *tool : { "tor", "tor-gencert" })
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                "tor is not installed (platform/linux/install-deps.sh installs Debian's tor)");
    }

    void reportsGoThroughTheOnionServiceAndAnExit()
    {
        // A test CA and the intake's certificate for 127.0.0.1, as tests/proof/tst_tlspinning makes.
        const QStringList p256 { QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes") };
        QVERIFY(openssl(QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + p256
            + QStringList { QStringLiteral("-keyout"), path("ca.key"), QStringLiteral("-out"), path("ca.crt"),
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                QStringLiteral("/CN=Harbour tor test CA"), QStringLiteral("-addext"),
                QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                QStringLiteral("keyUsage=critical,keyCertSign") })
                    .has_value());
        QVERIFY(openssl(QStringList { QStringLiteral("req") } + p256
            + QStringList { QStringLiteral("-keyout"), path("intake.key"), QStringLiteral("-out"),
                path("intake.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1") })
                    .has_value());
        QFile extensions(path("intake.ext"));
        QVERIFY(extensions.open(QIODevice::WriteOnly));
        extensions.write(
            "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
        extensions.close();
        QVERIFY(openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                            path("intake.csr"), QStringLiteral("-CA"), path("ca.crt"),
                            QStringLiteral("-CAkey"), path("ca.key"), QStringLiteral("-CAcreateserial"),
                            QStringLiteral("-out"), path("intake.crt"), QStringLiteral("-days"),
                            QStringLiteral("2"), QStringLiteral("-extfile"), path("intake.ext") })
                    .has_value());
        QFile caFile(path("ca.crt")), certificateFile(path("intake.crt")), keyFile(path("intake.key"));
        QVERIFY(caFile.open(QIODevice::ReadOnly) && certificateFile.open(QIODevice::ReadOnly)
            && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate ca(caFile.readAll(), QSsl::Pem);
        const QSslCertificate certificate(certificateFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
        QVERIFY(!ca.isNull() && !certificate.isNull() && !key.isNull());

        // The organisation: its real intake, and the TLS front that is its public face.
        testsupport::SessionFixture fixture(QByteArrayLiteral("tor test passphrase"));
        QVERIFY(fixture.isValid());
        WatchedFront front(fixture.organisation().intake().port());
        front.setTls(certificate, key);
        QVERIFY(front.start());
        const quint16 port = front.serverPort();

        // The private Tor network, its onion service in front of the TLS front (same port).
        QElapsedTimer clock;
        clock.start();
        m_tornet.setProcessChannelMode(QProcess::SeparateChannels);
        m_tornet.start(QStringLiteral(HARBOUR_PYTHON),
            { QStringLiteral(HARBOUR_SOURCE_DIR "/tests/tor/tornet.py"), QStringLiteral("--dir"),
                m_dir.filePath(QStringLiteral("tornet")), QStringLiteral("--service-port"),
                QString::number(port) });
        QVERIFY(m_tornet.waitForStarted(10000));
        QVERIFY2(QTest::qWaitFor(
                     [&] { return m_tornet.canReadLine() || m_tornet.state() != QProcess::Running; }, 300000),
            "the private Tor network did not come up within 300 s");
        m_network = QJsonDocument::fromJson(m_tornet.readLine()).object();
        QVERIFY2(!m_network.contains(QStringLiteral("error")),
            qPrintable(m_network.value(QStringLiteral("error")).toString() + QLatin1Char('\n')
                + QString::fromUtf8(m_tornet.readAllStandardError())));
        const QString onion = m_network.value(QStringLiteral("onion")).toString();
        const auto socksPort = quint16(m_network.value(QStringLiteral("socks_port")).toInt());
        const QJsonObject pids = m_network.value(QStringLiteral("pids")).toObject();
        const qint64 onionService = pids.value(QStringLiteral("hs")).toInteger();
        QSet<qint64> relays;
        for (const QJsonValue &pid : pids.value(QStringLiteral("relays")).toArray())
            relays.insert(pid.toInteger());
        QVERIFY2(onion.endsWith(QStringLiteral(".onion")), qPrintable(onion));
        QVERIFY(socksPort != 0 && onionService > 0 && relays.size() == 6);
        const double networkSeconds = m_network.value(QStringLiteral("seconds")).toDouble();

        // A signed directory: the police force lists the onion address, the support organisation
        // does not (its reports leave Tor at an exit). Both pin the front's TLS key.
        const protocol::KeyPair authority = protocol::generateSigningKeyPair();
        const QString intake = QStringLiteral("https://127.0.0.1:%1/v1/envelopes").arg(port);
        QJsonObject police = organisation(QStringLiteral("onion-police"), QStringLiteral("police"),
            allStrands(), everywhere(), fixture.organisation().publicKey(), intake);
        QJsonObject support = organisation(QStringLiteral("exit-support"), QStringLiteral("support"),
            allStrands(), everywhere(), fixture.organisation().publicKey(), intake);
        const QString pin = QString::fromLatin1(delivery::publicKeyPin(certificate));
        police.insert(QStringLiteral("tls_pins"), QJsonArray { pin });
        support.insert(QStringLiteral("tls_pins"), QJsonArray { pin });
        police.insert(QStringLiteral("onion"), onion);
        session::AppConfig config = fixture.config();
        config.recipients.clear();
        config.torSocksPort = socksPort;
        QVERIFY(testsupport::offerDirectory(&config,
            signedFile(directoryObject(5, { police, support }), authority.secretKey), authority.publicKey));
        QVERIFY(fixture.start(config));
        session::ReportSession &session = *fixture.session();
        session.forwarder()->setCaCertificates({ ca });
        // The first attempt may come before the client has the onion service's descriptor: retry
        // within seconds here (the app waits at least 60 s).
        session.forwarder()->setPacing(2000, 1000, 4000);
        session.forwarder()->setBackoff(1000, 4000);
        session.preferences()->setSendThroughTor(true);

        QElapsedTimer sending;
        sending.start();
        for (int i = 0; i < kReports; ++i) {
            session.report()->setAnswer(
                QStringLiteral("narrative"), QStringLiteral("tor report %1").arg(i + 1));
            session.report()->setAnswer(
                QStringLiteral("targeted"), QStringList { QStringLiteral("religion") });
            session.prepareRecipients();
            session.routing()->setChoice(QStringLiteral("both"));
            QCOMPARE(session.routing()->chosenCount(), 2);
            QVERIFY(session.routing()->checkRecipients().isEmpty());
            session.routing()->setContact(QStringLiteral("anonymous"));
            QVERIFY(session.routing()->checkContact().isEmpty());
            QVERIFY(session.send());
            QTRY_COMPARE_WITH_TIMEOUT(
                session.deliveryState(), session::ReportSession::DeliveryState::Sent, 120000);
            QVERIFY(!session.waitingForTor());
            session.clear();
        }
        const double sendingSeconds = double(sending.elapsed()) / 1000;
        QCOMPARE(session.outbox()->pendingCount(), 0);

        // Every report arrived once per organisation and opens in its inbox.
        QCOMPARE(testsupport::storedEnvelopeCount(fixture.organisation().store()), 2 * kReports);
        const QJsonArray reports = fixture.organisation().exported();
        QCOMPARE(reports.size(), 2 * kReports);
        int toOnionOrganisation = 0, toExitOrganisation = 0;
        for (const QJsonValue &row : reports) {
            const report::ReportDocument opened
                = report::readReport(row.toObject().value(QStringLiteral("report")).toObject());
            QVERIFY(opened.routing);
            (opened.routing->recipient == QLatin1StringView("onion-police") ? toOnionOrganisation
                                                                            : toExitOrganisation)
                += 1;
        }
        QCOMPARE(toOnionOrganisation, kReports);
        QCOMPARE(toExitOrganisation, kReports);

        // Who the intake's front saw: tor processes only, never the app's own.
        int fromOnionService = 0, fromExits = 0, fromApp = 0, unknown = 0;
        for (const qint64 owner : std::as_const(front.owners)) {
            if (owner == onionService)
                ++fromOnionService;
            else if (relays.contains(owner))
                ++fromExits;
            else if (owner == QCoreApplication::applicationPid())
                ++fromApp;
            else
                ++unknown;
        }
        std::printf("tor: private Tor network (3 authorities, 3 relays, onion service, client; Debian's tor) "
                    "ready in %.1f s; %d reports (%d envelopes) delivered through tor in %.1f s and opened "
                    "in the inbox: %d to the onion service, %d through an exit\n",
            networkSeconds, kReports, 2 * kReports, sendingSeconds, toOnionOrganisation, toExitOrganisation);
        std::printf(
            "tor detail: the intake's TLS front accepted %d connections, all from 127.0.0.1: %d from the "
            "onion service's tor process, %d from exit relays' tor processes, %d from the app's "
            "process, %d from others\n",
            int(front.owners.size()), fromOnionService, fromExits, fromApp, unknown);
        std::fflush(stdout);
        QCOMPARE(fromApp, 0);
        QCOMPARE(unknown, 0);
        QVERIFY(fromOnionService >= kReports);
        QVERIFY(fromExits >= kReports);
    }

    void cleanupTestCase()
    {
        if (m_tornet.state() != QProcess::NotRunning) {
            m_tornet.closeWriteChannel(); // tornet.py stops every tor when its input closes
            if (!m_tornet.waitForFinished(20000))
                m_tornet.kill();
        }
    }
};

QTEST_GUILESS_MAIN(TestTor)
#include "tst_tor.moc"
