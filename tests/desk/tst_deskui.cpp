// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner for harbour-desk's UI: the real QML module HarbourDesk on desk 1 of a
// DeskFixture (the real harbour-intake on loopback, desks made and registered by the real tools,
// reports sealed as the app seals them). qml/tst_deskui.qml drives the UI by accessible names;
// `fixture` lets it ask what desk 2 (a second desk, another harbour-desk-sync process) sees.
// With HARBOUR_DESK_SCREENSHOTS=DIR it also saves the unlock page, the queue and a case as PNGs in
// English, Welsh, 200 % text and high contrast (tests/screenshots/desk.sh).
#include "core/casestore.h"
#include "desk.h"
#include "deskfixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(HarbourUiPlugin)
Q_IMPORT_QML_PLUGIN(HarbourDeskPlugin)

using namespace harbour;

class Fixture : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString passphrase READ passphrase CONSTANT)
    Q_PROPERTY(QString screenshotDir MEMBER screenshotDir CONSTANT)
public:
    testsupport::DeskFixture *fixture = nullptr;
    QString dir;
    QString screenshotDir = qEnvironmentVariable("HARBOUR_DESK_SCREENSHOTS");

    static QString passphrase() { return QString::fromLatin1(testsupport::DeskFixture::kDesk1Passphrase); }
    Q_INVOKABLE QString caseId(const QString &name) const
    {
        return QString::fromLatin1(fixture->caseId(name));
    }
    Q_INVOKABLE QString reference(const QString &name) const { return fixture->reference(name); }
    // A new folder in the test's temporary folder (for exports).
    Q_INVOKABLE QString makeFolder(const QString &name) const
    {
        const QString path = QDir(dir).filePath(name);
        return QDir().mkpath(path) ? path : QString();
    }
    Q_INVOKABLE QStringList files(const QString &folder) const
    {
        return QDir(folder).entryList(QDir::Files, QDir::Name);
    }
    // A PDF's text as poppler's pdftotext reads it (what a person opening the file would read).
    Q_INVOKABLE QString pdfText(const QString &path) const
    {
        QProcess run;
        run.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
        if (!run.waitForFinished(30000) || run.exitCode() != 0)
            return {};
        return QString::fromUtf8(run.readAllStandardOutput());
    }
    // The organisation's retention settings in desk 1's folder (read when the desk unlocks).
    Q_INVOKABLE bool writeRetention(const QString &json) const
    {
        QFile file(QDir(fixture->desk1()).filePath(QStringLiteral("retention.json")));
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(json.toUtf8()) == json.toUtf8().size();
    }
    // The way back, as the reporter's device does it (tst_wayback does it through the app itself).
    Q_INVOKABLE bool postFollowUpReport() const { return fixture->postFollowUpReport(); }
    Q_INVOKABLE QStringList replies() const { return fixture->replies(); }
    Q_INVOKABLE bool answerFirstReply(const QString &text) const
    {
        return fixture->answerFirstReply(protocol::mailbox::Helped::Partly, text);
    }
    // Desk 2 syncs (its own process), then says what it holds for the case: {status, notes: [text]}.
    Q_INVOKABLE QVariantMap desk2Sees(const QString &caseId) const
    {
        if (!fixture->syncDesk2())
            return {};
        auto store = fixture->openDesk2();
        if (!store)
            return {};
        auto state = store->caseState(caseId.toLatin1());
        auto notes = store->notes(caseId.toLatin1());
        if (!state || !state->has_value() || !notes)
            return {};
        QStringList texts;
        for (const desk::CaseNote &note : notes.value())
            texts << note.text;
        return { { QStringLiteral("status"), desk::caseStatusName(state->value().status) },
            { QStringLiteral("owner"), state->value().owner }, { QStringLiteral("notes"), texts } };
    }
};

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        if (!m_dir.isValid())
            qFatal("no temporary folder");
        m_fixture = std::make_unique<testsupport::DeskFixture>(m_dir.path());
        if (!m_fixture->start())
            qFatal("the desk fixture did not start");
        m_receiver.fixture = m_fixture.get();
        m_receiver.dir = m_dir.path();
        deskui::DeskOptions options;
        options.dataDir = m_fixture->desk1();
        options.syncSeconds = 3600; // tests press Sync themselves
        deskui::Desk::setOptions(options);
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->rootContext()->setContextProperty(QStringLiteral("fixture"), &m_receiver);
    }
    void cleanupTestCase() { m_fixture->stop(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::DeskFixture> m_fixture;
    Fixture m_receiver;
};

QUICK_TEST_MAIN_WITH_SETUP(harbour_desk_ui, Setup)
#include "tst_deskui.moc"
