// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner for the UI: the real QML module, the real session, the real intake.
#include "sessionfixture.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>
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
    testsupport::TestOrganisation *organisation = nullptr;

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
        m_fixture = std::make_unique<testsupport::SessionFixture>(QByteArrayLiteral("ui test passphrase"));
        if (!m_fixture->isValid() || !m_fixture->start(m_fixture->config()))
            qFatal("the intake or the session did not start");
        m_receiver.organisation = &m_fixture->organisation();
        session::ReportSession::setInstance(m_fixture->session());
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->rootContext()->setContextProperty(QStringLiteral("receiver"), &m_receiver);
        engine->rootContext()->setContextProperty(QStringLiteral("testLayout"), &m_layout);
    }
    void cleanupTestCase() { m_fixture->organisation().intake().stop(); }

private:
    std::unique_ptr<testsupport::SessionFixture> m_fixture;
    Receiver m_receiver;
    Layout m_layout;
};

QUICK_TEST_MAIN_WITH_SETUP(harbour_ui, Setup)
#include "tst_qml.moc"
