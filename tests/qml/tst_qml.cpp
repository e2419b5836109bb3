// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner for the UI: the real QML module, the real session, the real intake.
#include "sessionfixture.h"
#include "testorganisation.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(HarbourPlugin)

using namespace harbour;

// What the QML tests may ask of the receiving side.
class Receiver : public QObject
{
    Q_OBJECT
public:
    const testsupport::TestOrganisation *organisation = nullptr;

    // The one report that arrived, opened by harbour-inbox, as JSON text ("" if none or many).
    Q_INVOKABLE QString openOnlyReport() const
    {
        const auto opened = organisation->openOnlyReport();
        return opened.exitCode == 0 ? QString::fromUtf8(opened.out) : QString();
    }
    Q_INVOKABLE int storedCount() const { return testsupport::storedEnvelopeCount(organisation->store()); }
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
        m_organisation = std::make_unique<testsupport::TestOrganisation>(
            m_dir.path(), QByteArrayLiteral("ui test passphrase"));
        if (!m_organisation->startIntake())
            qFatal("the intake did not start");
        m_receiver.organisation = m_organisation.get();
        m_session = testsupport::startSession(testsupport::sessionConfig(
            m_dir.filePath(QStringLiteral("app-data")), { testsupport::recipientOf(*m_organisation) }));
        if (!m_session)
            qFatal("the session did not start");
        session::ReportSession::setInstance(m_session.get());
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->rootContext()->setContextProperty(QStringLiteral("receiver"), &m_receiver);
        engine->rootContext()->setContextProperty(QStringLiteral("testLayout"), &m_layout);
    }
    void cleanupTestCase() { m_organisation->intake().stop(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::TestOrganisation> m_organisation;
    Receiver m_receiver;
    Layout m_layout;
    std::unique_ptr<session::ReportSession> m_session;
};

QUICK_TEST_MAIN_WITH_SETUP(harbour_ui, Setup)
#include "tst_qml.moc"
