// SPDX-License-Identifier: GPL-3.0-or-later
// The caseworkers' desk (harbour-desk's QML module HarbourDesk) driven through its window as a
// caseworker would: keyboard and clicks, against the real harbour-intake on loopback with the desk
// registered by the real harbour-intake-admin. Unlock (a wrong passphrase first), the queue in its
// order, a filter and a search, open a case, acknowledge it, change its status, add a note; a second
// desk of the organisation sees the change; the desk locks itself after idle. With
// HARBOUR_DESK_SCREENSHOTS=DIR it also saves what the window showed (tests/screenshots/make.sh).
#include "core/casestore.h"
#include "core/deskclient.h"
#include "core/desksync.h"
#include "desksession.h"
#include "desktestutil.h"
#include "intakeprocess.h"
#include "receivertestutil.h"

#include <QGuiApplication>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQml/qqml.h>

Q_IMPORT_QML_PLUGIN(HarbourUiPlugin)
Q_IMPORT_QML_PLUGIN(HarbourDeskPlugin)

using namespace harbour;
using namespace harbour::testsupport;

namespace {

const QByteArray kPassphrase = QByteArrayLiteral("desk ui passphrase");
const QString kCanary = QStringLiteral("zebracanary");

} // namespace

class tst_DeskUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    IntakeProcess m_intake;
    DeskOrganisation m_organisation;
    QString m_store;
    QString m_deskA;
    QString m_deskB;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QTranslator m_translator;

    QString makeDesk(const QString &name)
    {
        const QString dir = m_dir.filePath(name);
        auto made = desk::CaseStore::create(
            { dir, kPassphrase, desk::KdfLimits::interactive(), m_organisation.key, m_intake.baseUrl() });
        if (!made || registerDesk(m_store, m_organisation, name, made.value()->deskPublicKey()).isEmpty())
            qFatal("cannot make the desk %s", qPrintable(name));
        return dir;
    }

    void post(const QString &reference, const QJsonObject &answers, const char *triage, bool urgent)
    {
        report::ReportDocument document = makeReport(reference, QStringLiteral("self"), answers, {}, false);
        document.flags.triage = QString::fromLatin1(triage);
        document.flags.urgent = urgent;
        document.flags.strands = QStringList { QStringLiteral("race") };
        auto sealed = protocol::seal(document.toCanonicalJson(), m_organisation.key.publicKey);
        QVERIFY(sealed.ok());
        QCOMPARE(postEnvelope(m_intake.envelopesUrl(), sealed.value()).status, 201);
    }

    template <typename T = QQuickItem> T *find(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1StringView(name));
    }

    // Presses a button from the keyboard, as a caseworker without a mouse would: focus, then space.
    void press(QQuickItem *item)
    {
        QVERIFY(item);
        QVERIFY(item->isVisible());
        item->forceActiveFocus(Qt::TabFocusReason);
        QTRY_VERIFY(item->hasActiveFocus());
        QTest::keyClick(m_window, Qt::Key_Space);
    }

    // Key presses as typed (QTest::keyClicks is for widgets only); ASCII text.
    void keys(const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(m_window, c.toLatin1());
    }

    void type(QQuickItem *item, const QString &text)
    {
        item->forceActiveFocus();
        keys(text);
    }

    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("HARBOUR_DESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QTest::qWait(200);
        m_window->grabWindow().save(dir + QStringLiteral("/desk-%1.png").arg(name));
    }

    // A message as the desk shows it in the language under test (HARBOUR_DESK_LANG, English by default).
    static QString shown(const char *source)
    {
        return QCoreApplication::translate("harbour::desk::DeskSession", source);
    }

    desk::DeskSession *session() const
    {
        return m_engine->singletonInstance<desk::DeskSession *>(
            qmlTypeId("HarbourDesk", 1, 0, "DeskSession"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_organisation = makeDeskOrganisation(m_dir.path(), QStringLiteral("Desk UI hub"), kPassphrase);
        m_store = m_dir.filePath(QStringLiteral("intake.db"));
        QVERIFY(m_intake.start(m_store, { m_organisation.publicKeyFile }));
        QVERIFY(bindOrganisation(m_store, m_organisation));
        m_deskA = makeDesk(QStringLiteral("desk-a"));
        m_deskB = makeDesk(QStringLiteral("desk-b"));
        post(QStringLiteral("HB-0000-0001"),
            QJsonObject { { QStringLiteral("what_happened"), QStringLiteral("Shouted at on the bus") } },
            "standard", false);
        post(QStringLiteral("HB-0000-0002"),
            QJsonObject { { QStringLiteral("what_happened"), QStringLiteral("Spat at, %1").arg(kCanary) } },
            "standard", false);
        post(QStringLiteral("HB-0000-0003"),
            QJsonObject {
                { QStringLiteral("what_happened"), QStringLiteral("Followed home and threatened") } },
            "high", true);

        const QString language = qEnvironmentVariable("HARBOUR_DESK_LANG", QStringLiteral("en"));
        QVERIFY(m_translator.load(QStringLiteral(":/i18n/harbour-desk_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&m_translator);
        desk::DeskSession::setDataDirectory(m_deskA);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_engine->setInitialProperties(
            { { QStringLiteral("textScale"),
                  qEnvironmentVariableIntValue("HARBOUR_DESK_TEXT_SCALE") == 2 ? 2.0 : 1.0 },
                { QStringLiteral("highContrast"),
                    qEnvironmentVariableIsSet("HARBOUR_DESK_HIGH_CONTRAST") } });
        m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/HarbourDesk/Main.qml")));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        m_window->resize(1100, 2600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void wrongPassphraseIsRefused()
    {
        QTRY_VERIFY(find("unlockPage"));
        screenshot(QStringLiteral("unlock"));
        keys(QStringLiteral("not the passphrase"));
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(
            session()->message(), shown("That passphrase does not open this desk. Check it and try again."));
        QVERIFY(!session()->unlocked());
        QVERIFY(find("unlockPage"));
    }

    void unlockShowsTheQueueInOrder()
    {
        // The field was emptied after the wrong try and still has the focus.
        keys(QString::fromUtf8(kPassphrase));
        press(find("unlockButton"));
        QTRY_VERIFY(session()->unlocked());
        QTRY_VERIFY(find("queuePage"));
        auto *queue = session()->queue();
        QTRY_COMPARE(queue->rowCount(), 3);
        // Urgent and high risk first, then oldest first.
        const auto reference = [queue](int row) {
            return queue->data(queue->index(row), desk::QueueModel::ReferenceRole).toString();
        };
        QCOMPARE(reference(0), QStringLiteral("HB-0000-0003"));
        QCOMPARE(reference(1), QStringLiteral("HB-0000-0001"));
        QCOMPARE(reference(2), QStringLiteral("HB-0000-0002"));
        screenshot(QStringLiteral("queue"));
    }

    void searchAndFilter()
    {
        auto *queue = session()->queue();
        type(find("search"), kCanary);
        QTRY_COMPARE(queue->rowCount(), 1);
        QCOMPARE(queue->data(queue->index(0), desk::QueueModel::ReferenceRole).toString(),
            QStringLiteral("HB-0000-0002"));
        find("search")->setProperty("text", QString());
        queue->setSearch(QString());
        QTRY_COMPARE(queue->rowCount(), 3);
        queue->setTriage(QStringLiteral("urgent"));
        QCOMPARE(queue->rowCount(), 1);
        queue->setTriage(QString());
        queue->setOrigin(QStringLiteral("registered-kiosk"));
        QCOMPARE(queue->rowCount(), 0);
        queue->setOrigin(QString());
        QCOMPARE(queue->rowCount(), 3);
    }

    void openAndWorkACase()
    {
        auto *queue = session()->queue();
        const QString caseId = queue->data(queue->index(0), desk::QueueModel::CaseIdRole).toString();
        // Keyboard: the list, then Return on its first row.
        auto *list = find("queueList");
        list->forceActiveFocus();
        QTest::keyClick(m_window, Qt::Key_Tab);
        QTRY_VERIFY(m_window->activeFocusItem() && m_window->activeFocusItem() != list);
        QMetaObject::invokeMethod(find("queuePage"), "openCase", Q_ARG(QString, caseId));
        QTRY_VERIFY(find("casePage"));
        QTRY_VERIFY(find("acknowledgeButton") && find("acknowledgeButton")->isVisible());
        screenshot(QStringLiteral("case"));

        press(find("acknowledgeButton"));
        QTRY_COMPARE(session()->message(), shown("Saved and shared with the organisation's other desks."));
        QTRY_VERIFY(!find("acknowledgeButton")->isVisible());

        auto *status = find("statusBox");
        QVERIFY(status);
        int index = -1;
        QVERIFY(QMetaObject::invokeMethod(status, "indexOfValue", Q_RETURN_ARG(int, index),
            Q_ARG(QVariant, QStringLiteral("in_progress"))));
        QVERIFY(index >= 0);
        status->setProperty("currentIndex", index);
        press(find("setStatusButton"));
        QTRY_COMPARE(queue->data(queue->index(0), desk::QueueModel::StatusRole).toString(),
            QStringLiteral("in_progress"));

        type(find("noteText"), QStringLiteral("Called back, victim safe %1").arg(kCanary));
        press(find("addNoteButton"));
        QTRY_VERIFY(find("noteText")->property("text").toString().isEmpty());
        screenshot(QStringLiteral("case-worked"));

        // The second desk of the organisation, in its own store, after a sync: the same case state.
        auto other = desk::CaseStore::open(m_deskB, kPassphrase);
        QVERIFY2(other.ok(), qPrintable(other.error()));
        desk::DeskClient client(other.value()->intake(), other.value()->deskSecretKey());
        desk::DeskSync sync(*other.value(), client);
        QVERIFY(sync.syncAll().ok());
        auto state = other.value()->caseState(caseId.toLatin1());
        QVERIFY(state.ok() && state->has_value());
        QCOMPARE(state->value().status, desk::CaseStatus::InProgress);
        auto notes = other.value()->notes(caseId.toLatin1());
        QVERIFY(notes.ok());
        QCOMPARE(notes->size(), 1);
        QVERIFY(notes->constFirst().text.contains(kCanary));

        press(find("backButton"));
        QTRY_VERIFY(find("queuePage") && !find("casePage"));
    }

    void locksAfterIdle()
    {
        session()->setIdleSeconds(5);
        QTRY_VERIFY_WITH_TIMEOUT(!session()->unlocked(), 15000);
        QTRY_VERIFY(find("unlockPage"));
        QCOMPARE(session()->queue()->rowCount(), 0);
        QCOMPARE(session()->queue()->total(), 0);
        QVERIFY(!session()->message().isEmpty());
        QVERIFY(session()->message().contains(QLatin1StringView("5")) == false); // minutes, at least 1
        QCOMPARE(session()->message(),
            QCoreApplication::translate("harbour::desk::DeskSession",
                "The desk locked itself after %n minute(s) without use.", nullptr, 1));
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_intake.stop();
        // The intake never held anything it could read.
        QVERIFY(!m_intake.output().contains(kCanary.toUtf8()));
    }
};

QTEST_MAIN(tst_DeskUi)
#include "tst_deskui.moc"
