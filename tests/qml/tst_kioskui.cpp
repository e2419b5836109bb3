// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner for the kiosk UI: the real QML module and session in kiosk mode (with an
// admin passphrase, a volunteer code and a signing key), the real intake and inbox on loopback.
// Each tests/qml/kiosk/kiosk_*.qml file (not tst_*, so tst_qml does not pick them up) runs in its own process
// (one ctest each): a kiosk session ends by closing its outbox, as the real kiosk's process ends.
#include "kiosk/secrethash.h"
#include "sessionfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(HarbourUiPlugin)
Q_IMPORT_QML_PLUGIN(HarbourPlugin)

using namespace harbour;

// What the QML tests may ask of the receiving side, and the kiosk's test secrets.
class KioskReceiver : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString adminPassphrase MEMBER adminPassphrase CONSTANT)
    Q_PROPERTY(QString volunteerCode MEMBER volunteerCode CONSTANT)
    Q_PROPERTY(QString exitBy MEMBER exitBy CONSTANT)
    Q_PROPERTY(QString screenshotDir MEMBER screenshotDir CONSTANT)
public:
    testsupport::TestOrganisation *organisation = nullptr;
    QString adminPassphrase = QStringLiteral("kiosk admin test passphrase");
    QString volunteerCode = QStringLiteral("volunteer-7431");
    QString exitBy = qEnvironmentVariable("HARBOUR_TEST_EXIT_BY"); // "button" or "shift"
    QString screenshotDir = qEnvironmentVariable("HARBOUR_TEST_SCREENSHOTS");

    // The one report that arrived, opened by harbour-inbox: {"report": {...}, "inbox": "<stderr>"};
    // {} if none or many arrived or it did not open.
    Q_INVOKABLE QVariantMap openOnlyReport() const
    {
        const auto opened = organisation->openOnlyReport();
        if (opened.exitCode != 0)
            return {};
        return { { QStringLiteral("report"), QJsonDocument::fromJson(opened.out).object().toVariantMap() },
            { QStringLiteral("inbox"), QString::fromUtf8(opened.err) } };
    }
    Q_INVOKABLE int storedCount() const { return testsupport::storedEnvelopeCount(organisation->store()); }
};

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        m_fixture
            = std::make_unique<testsupport::SessionFixture>(QByteArrayLiteral("kiosk ui test passphrase"));
        if (!m_fixture->isValid())
            qFatal("the intake did not start");
        m_receiver.organisation = &m_fixture->organisation();
        session::AppConfig config = m_fixture->config();
        config.mode = session::AppConfig::Mode::Kiosk;
        // Test seam: the configuration file refuses a warning sooner than 30 s; the struct is set
        // here so the idle test need not wait 30 s eleven times. The grace period stays at the
        // real minimum (20 s, IdleMonitor enforces it).
        config.idleWarningAfterSeconds = qEnvironmentVariableIntValue("HARBOUR_TEST_IDLE_WARNING_SECONDS");
        if (config.idleWarningAfterSeconds <= 0)
            config.idleWarningAfterSeconds = 600;
        config.idleGraceSeconds = 20;
        config.kiosk.name = QStringLiteral("Test kiosk, front desk");
        config.kiosk.defaultOrganisation = QStringLiteral("Test organisation");
        config.kiosk.languages = { QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("pl") };
        // Fast Argon2id limits (tests only); the check is the same as with the setup tool's.
        const auto admin = kiosk::hashSecret(
            kiosk::secretBytes(m_receiver.adminPassphrase), kiosk::HashLimits::interactive());
        const auto volunteer = kiosk::hashSecret(
            kiosk::secretBytes(m_receiver.volunteerCode), kiosk::HashLimits::interactive());
        if (!admin || !volunteer)
            qFatal("could not hash the test secrets");
        config.kiosk.adminPassphraseHash = admin.value();
        config.kiosk.volunteerCodeHash = volunteer.value();
        if (!m_fixture->start(config))
            qFatal("the session did not start");
        session::ReportSession::setInstance(m_fixture->session());
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->rootContext()->setContextProperty(QStringLiteral("receiver"), &m_receiver);
    }
    void cleanupTestCase() { m_fixture->organisation().intake().stop(); }

private:
    std::unique_ptr<testsupport::SessionFixture> m_fixture;
    KioskReceiver m_receiver;
};

QUICK_TEST_MAIN_WITH_SETUP(harbour_kiosk_ui, Setup)
#include "tst_kioskui.moc"
