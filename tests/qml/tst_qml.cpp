// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner for the UI: the real QML module, the real session, the real intake.
#include "core/casestore.h"
#include "core/deskclient.h"
#include "crypto/sodium.h"
#include "desktestutil.h"
#include "protocol/mailbox.h"
#include "sessionfixture.h"

#include "../unit/tst_directory_testdata.h"

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
    // HARBOUR_WAYBACK_SCREENSHOTS=DIR: the way back's test saves its pages there, for people to look at.
    Q_PROPERTY(QString screenshotDir MEMBER screenshotDir CONSTANT)
public:
    QString screenshotDir = qEnvironmentVariable("HARBOUR_WAYBACK_SCREENSHOTS");
    testsupport::TestOrganisation *organisation = nullptr;

    // The one report that arrived, opened by harbour-inbox, as JSON text ("" if none or many).
    Q_INVOKABLE QString openOnlyReport() const
    {
        const auto opened = organisation->openOnlyReport();
        return opened.exitCode == 0 ? QString::fromUtf8(opened.out) : QString();
    }
    Q_INVOKABLE int storedCount() const { return testsupport::storedEnvelopeCount(organisation->store()); }

    // The way back, on the organisation's desk (harbour-desk-sync, the desk core's code path): the
    // desk synced, then a reply to its one case with `text` (false when there is not exactly one
    // case or the reply was not sent).
    Q_INVOKABLE bool replyToOnlyCase(const QString &text) const
    {
        const QString id = onlyCase();
        if (id.isEmpty())
            return false;
        const auto sent = testsupport::runDesk({ QStringLiteral("reply"), QStringLiteral("--data"),
                                                   organisation->deskDir(), QStringLiteral("--case"), id },
            organisation->passphrase(), text.toUtf8());
        if (sent.exitCode != 0)
            qWarning("harbour-desk-sync reply failed: %s", sent.err.constData());
        return sent.exitCode == 0;
    }
    // The desk synced, then `answers` of its one case: "seq kind helped H hour read|unread" lines
    // (never the text).
    Q_INVOKABLE QString answersOfOnlyCase() const
    {
        const QString id = onlyCase();
        if (id.isEmpty())
            return {};
        const auto listed = testsupport::runDesk({ QStringLiteral("answers"), QStringLiteral("--data"),
                                                     organisation->deskDir(), QStringLiteral("--case"), id },
            organisation->passphrase());
        return listed.exitCode == 0 ? QString::fromUtf8(listed.out) : QString();
    }

    // Something that is not a reply to this mailbox's key, of a reply's length, posted by the desk as
    // a reply would be (an altered reply, as the reporter's device sees it).
    Q_INVOKABLE bool postTamperedReply(const QString &mailboxId) const
    {
        auto desk = desk::CaseStore::open(organisation->deskDir(), organisation->passphrase());
        if (!desk)
            return false;
        desk::DeskClient client(desk.value()->intake(), desk.value()->deskSecretKey());
        const QByteArray junk
            = crypto::randomBytes(protocol::kSealOverheadBytes + protocol::mailbox::kMinReplyBucket);
        auto posted = client.postReply(
            crypto::toHex(crypto::randomBytes(protocol::mailbox::kReplyIdBytes)), mailboxId.toLatin1(), junk);
        return posted.ok();
    }

private:
    QString onlyCase() const
    {
        if (!organisation->syncDesk())
            return {};
        const auto queue = testsupport::runDesk(
            { QStringLiteral("queue"), QStringLiteral("--data"), organisation->deskDir() },
            organisation->passphrase());
        const QList<QByteArray> lines = queue.out.trimmed().split('\n');
        if (queue.exitCode != 0 || lines.size() != 1 || lines.constFirst().isEmpty())
            return {};
        return QString::fromLatin1(lines.constFirst().split(' ').constFirst());
    }
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
        if (!m_fixture->isValid() || !m_fixture->start(sessionConfig()))
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
    // HARBOUR_TEST_DIRECTORY=1: no fixed recipient; the report goes where a signed directory says,
    // as in the app: one support organisation with a promise and contact details in English and
    // Arabic (the confirmation test), on the test organisation's intake and key.
    session::AppConfig sessionConfig() const
    {
        if (!qEnvironmentVariableIsSet("HARBOUR_TEST_DIRECTORY"))
            return m_fixture->config();
        session::AppConfig config = testsupport::sessionConfig(m_fixture->path(QStringLiteral("app-data")));
        auto &organisation = m_fixture->organisation();
        const protocol::KeyPair authority = protocol::generateSigningKeyPair();
        QJsonObject support = testdata::promiseAndContact(testdata::organisation(
            QStringLiteral("test-support"), QStringLiteral("support"), testdata::allStrands(),
            testdata::everywhere(), organisation.publicKey(), organisation.envelopesUrl().toString()));
        support.insert(QStringLiteral("name"),
            QJsonObject { { QStringLiteral("en"), QStringLiteral("Test support organisation") },
                { QStringLiteral("ar"), QStringLiteral("منظمة الدعم التجريبية") } });
        const QJsonObject directory = testdata::directoryObject(2, { support });
        if (!testsupport::offerDirectory(
                &config, testdata::signedFile(directory, authority.secretKey), authority.publicKey))
            qFatal("the directory could not be offered");
        return config;
    }

    std::unique_ptr<testsupport::SessionFixture> m_fixture;
    Receiver m_receiver;
    Layout m_layout;
};

QUICK_TEST_MAIN_WITH_SETUP(harbour_ui, Setup)
#include "tst_qml.moc"
