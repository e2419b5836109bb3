// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner for the UI: the real QML module, the real session, the real intake.
#include "intakeprocess.h"
#include "session/reportsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(HarbourUiPlugin)
Q_IMPORT_QML_PLUGIN(HarbourPlugin)

using namespace harbour;

// What the QML tests may ask of the receiving side.
class Receiver : public QObject
{
    Q_OBJECT
public:
    QString keyFile;
    QString store;
    QByteArray passphrase;

    // The one report that arrived, opened by harbour-inbox, as JSON text ("" if none or many).
    Q_INVOKABLE QString openOnlyReport() const
    {
        const auto list = testsupport::runInbox(
            { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--key"), keyFile, QStringLiteral("--store"), store },
            passphrase);
        const QJsonArray reports = QJsonDocument::fromJson(list.out).array();
        if (list.exitCode != 0 || reports.size() != 1)
            return {};
        const QString id = reports.at(0).toObject().value(QStringLiteral("envelope_id")).toString();
        const auto opened = testsupport::runInbox({ QStringLiteral("open"), id, QStringLiteral("--key"),
                                                      keyFile, QStringLiteral("--store"), store },
            passphrase);
        return opened.exitCode == 0 ? QString::fromUtf8(opened.out) : QString();
    }
    Q_INVOKABLE int storedCount() const { return testsupport::storedEnvelopeCount(store); }
};

// Layout for checks made inside a signal handler, where the test cannot wait.
class Layout : public QObject
{
    Q_OBJECT
public:
    // Lays the window out now, as the frame before the page is seen would: every pending polish,
    // nested layouts until they settle (QQuickWindow renders one frame to grab it). The self-test
    // shows a page every 50 ms; on a slow build (ASan + UBSan) the next page can come before the
    // last one's first frame, its layouts not yet sized, so its wrapped text looked clipped.
    Q_INVOKABLE void settle(QObject *window) const
    {
        if (auto *quickWindow = qobject_cast<QQuickWindow *>(window))
            quickWindow->grabWindow();
    }
};

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        m_receiver.passphrase = QByteArrayLiteral("ui test passphrase");
        m_receiver.keyFile = testsupport::makeOrganisationKey(m_dir.path(), m_receiver.passphrase);
        m_receiver.store = m_dir.filePath(QStringLiteral("intake.db"));
        if (m_receiver.keyFile.isEmpty()
            || !m_intake.start(m_receiver.store, { m_receiver.keyFile + QStringLiteral(".pub") }))
            qFatal("the intake did not start");
        session::AppConfig config;
        config.recipients = { { QStringLiteral("Test organisation"), m_intake.envelopesUrl(),
            testsupport::publicKeyOf(m_receiver.keyFile) } };
        config.dataDir = m_dir.filePath(QStringLiteral("app-data"));
        m_session = std::make_unique<session::ReportSession>(config);
        session::ReportSession::setInstance(m_session.get());
        if (!m_session->start().ok())
            qFatal("the session did not start");
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->rootContext()->setContextProperty(QStringLiteral("receiver"), &m_receiver);
        engine->rootContext()->setContextProperty(QStringLiteral("testLayout"), &m_layout);
    }
    void cleanupTestCase() { m_intake.stop(); }

private:
    QTemporaryDir m_dir;
    testsupport::IntakeProcess m_intake;
    Receiver m_receiver;
    Layout m_layout;
    std::unique_ptr<session::ReportSession> m_session;
};

QUICK_TEST_MAIN_WITH_SETUP(harbour_ui, Setup)
#include "tst_qml.moc"
