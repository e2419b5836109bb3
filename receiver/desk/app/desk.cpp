// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk.h"

#include "core/audit.h"
#include "core/caseactions.h"
#include "core/deskclient.h"
#include "core/desksync.h"
#include "core/export.h"
#include "core/responsestandard.h"
#include "core/retention.h"
#include "crypto/sodium.h"
#include "jobthread.h"
#include "protocol/envelope.h"
#include "protocol/mailbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTime>
#include <QTranslator>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDesk, "harbour.desk")

namespace harbour::deskui {

// The open store and its client: made, used and dropped on the job thread only.
struct WorkerState
{
    std::unique_ptr<desk::CaseStore> store;
    std::unique_ptr<desk::DeskClient> client;
    QString dataDir;
    // The organisation's settings files in the desk's folder, read at unlock (defaults when absent
    // or refused; `settingsProblems` then says why).
    desk::ResponseStandard standard;
    desk::RetentionPolicy retention;
    QStringList settingsProblems;
};

// Everything the views list, read in one job.
struct Snapshot
{
    QList<CaseRow> rows;
    QList<LabelledValue> junk;
    QList<LabelledValue> refused;
    QList<desk::Kiosk> kiosks;
    QList<LabelledValue> retention; // closed cases with the day retention deletes them
    int retentionDue = 0;
    QString retentionPolicyText;
};

namespace {

DeskOptions s_options;

constexpr int kMinTextPercent = 100;
constexpr int kMaxTextPercent = 200;

QString caseName(const QString &reference, const QByteArray &id)
{
    return reference.isEmpty() ? DeskText::tr("Case %1").arg(QString::fromLatin1(id.left(8)))
                               : DeskText::tr("Case %1").arg(reference);
}

Result<Snapshot> readSnapshot(WorkerState &worker)
{
    using R = Result<Snapshot>;
    desk::CaseStore &store = *worker.store;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Snapshot snapshot;
    auto kiosks = store.kiosks();
    if (!kiosks)
        return R::failure(kiosks);
    snapshot.kiosks = kiosks.value();
    auto rows = queueRows(store, snapshot.kiosks, worker.standard, now);
    if (!rows)
        return R::failure(rows);
    snapshot.rows = std::move(rows.value());
    QHash<QByteArray, QString> references;
    for (const CaseRow &row : std::as_const(snapshot.rows))
        references.insert(row.id, row.reference);
    snapshot.retentionPolicyText = worker.retention.deleteClosedAfterDays == 0
        ? DeskText::tr("The organisation has set no retention period: closed cases are kept until "
                       "someone deletes them.")
        : DeskText::tr("Closed cases are deleted %1 days after they were closed, on every desk and at "
                       "the intake. Each is listed as soon %2 days before.")
              .arg(worker.retention.deleteClosedAfterDays)
              .arg(worker.retention.warnDays);
    auto schedule = desk::retentionSchedule(store, worker.retention, now);
    if (!schedule)
        return R::failure(schedule);
    const QLocale locale;
    for (const desk::RetentionItem &item : schedule.value()) {
        if (item.when == desk::RetentionItem::When::Due)
            ++snapshot.retentionDue;
        const QString closedOn = locale.toString(item.closedAt.toLocalTime().date(), QLocale::ShortFormat);
        const QString goes = locale.toString(item.deleteAt.toLocalTime().date(), QLocale::ShortFormat);
        snapshot.retention.append({ caseName(references.value(item.caseId), item.caseId),
            item.when == desk::RetentionItem::When::Due
                ? DeskText::tr("Closed %1. Due for deletion since %2.").arg(closedOn, goes)
                : item.when == desk::RetentionItem::When::Soon
                ? DeskText::tr("Closed %1. Will be deleted on %2 (soon).").arg(closedOn, goes)
                : DeskText::tr("Closed %1. Will be deleted on %2.").arg(closedOn, goes) });
    }
    auto junk = store.junkEnvelopes();
    if (!junk)
        return R::failure(junk);
    for (const desk::Refusal &refusal : junk.value())
        snapshot.junk.append({ DeskText::tr("Envelope %1").arg(refusal.seq), refusal.reason });
    auto refused = store.refusedEvents();
    if (!refused)
        return R::failure(refused);
    for (const desk::Refusal &refusal : refused.value())
        snapshot.refused.append({ DeskText::tr("Case event %1 from desk %2")
                                      .arg(refusal.seq)
                                      .arg(QString::fromLatin1(refusal.desk.left(8))),
            refusal.reason });
    return snapshot;
}

Result<CaseData> readCase(WorkerState &worker, const QByteArray &caseId)
{
    using R = Result<CaseData>;
    desk::CaseStore &store = *worker.store;
    CaseData data;
    auto details = desk::caseDetails(store, caseId);
    if (!details)
        return R::failure(details);
    data.details = details.value();
    auto kiosks = store.kiosks();
    if (!kiosks)
        return R::failure(kiosks);
    auto kioskKey = store.kioskKey(caseId);
    if (!kioskKey)
        return R::failure(kioskKey);
    data.kiosk = checkKiosk(
        data.details.report ? data.details.report->mode : QString(), kioskKey.value(), kiosks.value());
    if (data.details.report)
        data.answers = answerRows(*data.details.report);
    data.thisDesk = store.deskKeyId();
    const QString triage
        = data.details.report ? data.details.report->flags.triage.value_or(QString()) : QString();
    data.response
        = desk::responseDue(data.details.state, triage, worker.standard, QDateTime::currentDateTimeUtc());
    return data;
}

// A kiosk's Ed25519 public key as harbour-kiosk-setup prints it ("harbour-kiosk-ed25519 <base64>",
// then its fingerprint), or the key alone in base64 or hex.
QByteArray keyFromText(const QString &text)
{
    const QStringList tokens = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        const QByteArray bytes = token.toLatin1();
        if (bytes.size() == 2 * protocol::kSigningPublicKeyBytes) {
            const QByteArray hex = QByteArray::fromHex(bytes);
            if (hex.size() == protocol::kSigningPublicKeyBytes && hex.toHex() == bytes.toLower())
                return hex;
        }
        const auto decoded = QByteArray::fromBase64Encoding(bytes, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && decoded.decoded.size() == protocol::kSigningPublicKeyBytes)
            return decoded.decoded;
    }
    return {};
}

} // namespace

void Desk::setEngine(QQmlEngine *engine)
{
    m_engine = engine;
}

void Desk::setOptions(const DeskOptions &options)
{
    s_options = options;
}

Desk *Desk::create(QQmlEngine *engine, QJSEngine *)
{
    auto *desk = new Desk(s_options);
    desk->setEngine(engine);
    desk->installTranslator();
    return desk;
}

Desk::Desk(const DeskOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_jobs(std::make_unique<JobThread>())
    , m_state(std::make_shared<WorkerState>())
    , m_queue(new CaseListModel(this))
    , m_junk(new TextRowModel(this))
    , m_refused(new TextRowModel(this))
    , m_kiosks(new KioskListModel(this))
    , m_case(new CaseView(this))
    , m_retention(new TextRowModel(this))
    , m_caseLog(new TextRowModel(this))
{
    loadSettings();
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (!m_unlocked && !m_unlocking)
            return;
        lock();
        m_lockReason = tr("The desk locked itself after %n minute(s) without use.", nullptr,
            qMax(1, int(std::ceil(m_idleMinutes))));
        Q_EMIT lockedChanged();
    });
    m_syncTimer.setInterval(qMax(5, m_options.syncSeconds) * 1000);
    connect(&m_syncTimer, &QTimer::timeout, this, &Desk::sync);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

Desk::~Desk()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    ++m_generation;
    // The store is dropped on its own thread, after whatever job is running.
    auto state = m_state;
    m_jobs->post([state] {
        state->client.reset();
        state->store.reset();
    });
    m_jobs.reset();
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

bool Desk::hasDesk() const
{
    return QFileInfo::exists(
        QDir(m_options.dataDir).filePath(QLatin1StringView(desk::CaseStore::kDatabaseName)));
}

QVariantList Desk::languages() const
{
    // Each language named in itself, so anyone can find their own.
    return { QVariantMap { { QStringLiteral("code"), QStringLiteral("en") },
                 { QStringLiteral("name"), QStringLiteral("English") } },
        QVariantMap { { QStringLiteral("code"), QStringLiteral("cy") },
            { QStringLiteral("name"), QStringLiteral("Cymraeg") } } };
}

// --- settings -----------------------------------------------------------------------------------

void Desk::loadSettings()
{
    if (hasDesk()) {
        QSettings saved(
            QDir(m_options.dataDir).filePath(QStringLiteral("desk-ui.ini")), QSettings::IniFormat);
        m_textPercent = qBound(
            kMinTextPercent, saved.value(QStringLiteral("text_percent"), 100).toInt(), kMaxTextPercent);
        m_highContrast = saved.value(QStringLiteral("high_contrast"), false).toBool();
        m_language = saved.value(QStringLiteral("language"), QStringLiteral("en")).toString();
        m_idleMinutes = saved.value(QStringLiteral("idle_minutes"), 10.0).toDouble();
        m_exportFolder = saved.value(QStringLiteral("export_folder")).toString();
    }
    if (m_exportFolder.isEmpty())
        m_exportFolder = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                             .filePath(QStringLiteral("Harbour exports"));
    if (!m_options.language.isEmpty())
        m_language = m_options.language;
    if (m_options.textScale > 0)
        m_textPercent = qBound(kMinTextPercent, int(std::lround(m_options.textScale * 100)), kMaxTextPercent);
    if (m_options.highContrast)
        m_highContrast = true;
    if (m_options.idleMinutes > 0)
        m_idleMinutes = m_options.idleMinutes;
    if (m_language != QLatin1StringView("cy"))
        m_language = QStringLiteral("en");
    if (!(m_idleMinutes > 0))
        m_idleMinutes = 10;
}

void Desk::saveSettings()
{
    if (!hasDesk())
        return;
    QSettings saved(QDir(m_options.dataDir).filePath(QStringLiteral("desk-ui.ini")), QSettings::IniFormat);
    saved.setValue(QStringLiteral("text_percent"), m_textPercent);
    saved.setValue(QStringLiteral("high_contrast"), m_highContrast);
    saved.setValue(QStringLiteral("language"), m_language);
    saved.setValue(QStringLiteral("idle_minutes"), m_idleMinutes);
    saved.setValue(QStringLiteral("export_folder"), m_exportFolder);
}

void Desk::setExportFolder(const QString &folder)
{
    const QString cleaned = QDir::cleanPath(folder.trimmed());
    if (cleaned.isEmpty() || cleaned == m_exportFolder)
        return;
    m_exportFolder = cleaned;
    saveSettings();
    Q_EMIT settingsChanged();
}

void Desk::setTextPercent(int percent)
{
    percent = qBound(kMinTextPercent, percent, kMaxTextPercent);
    if (percent == m_textPercent)
        return;
    m_textPercent = percent;
    saveSettings();
    Q_EMIT settingsChanged();
}

void Desk::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    saveSettings();
    Q_EMIT settingsChanged();
}

void Desk::setIdleMinutes(double minutes)
{
    // A caseworker may choose from 1 minute to 8 hours; the command line (tests) may go below.
    if (!(minutes > 0) || minutes > 480 || minutes == m_idleMinutes)
        return;
    m_idleMinutes = minutes;
    saveSettings();
    restartIdleTimer();
    Q_EMIT settingsChanged();
}

void Desk::setLanguage(const QString &language)
{
    const QString chosen = language == QLatin1StringView("cy") ? language : QStringLiteral("en");
    if (chosen == m_language)
        return;
    m_language = chosen;
    saveSettings();
    installTranslator();
    retranslate();
    Q_EMIT settingsChanged();
}

void Desk::installTranslator()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    QLocale::setDefault(
        QLocale(m_language == QLatin1StringView("cy") ? QStringLiteral("cy_GB") : QStringLiteral("en_GB")));
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/harbour-desk_%1.qm").arg(m_language))) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    } else if (m_language != QLatin1StringView("en")) {
        qCWarning(lcDesk, "no translation for %s", qUtf8Printable(m_language));
    }
    if (m_engine)
        m_engine->retranslate();
}

void Desk::retranslate()
{
    m_queue->retranslate();
    m_kiosks->retranslate();
    m_case->retranslate();
    // Junk and refused rows and the case's answers carry words made on the job thread: read them again.
    if (m_unlocked)
        refreshAfter(true);
}

// --- locking ------------------------------------------------------------------------------------

bool Desk::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_unlocked)
            restartIdleTimer();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void Desk::restartIdleTimer()
{
    if (m_unlocked)
        m_idleTimer.start(int(std::max(1000.0, m_idleMinutes * 60000.0)));
}

void Desk::dropEverything()
{
    m_queue->clear();
    m_junk->clear();
    m_refused->clear();
    m_kiosks->setKiosks({});
    m_retention->clear();
    m_caseLog->clear();
    m_retentionDue = 0;
    m_retentionPolicyText.clear();
    m_retentionMessage.clear();
    m_caseLogSummary.clear();
    m_caseLogProblems = false;
    m_checkingLog = false;
    m_settingsProblem.clear();
    Q_EMIT retentionChanged();
    Q_EMIT caseLogChanged();
    const bool wasOpen = caseOpen();
    m_case->clear();
    if (wasOpen)
        Q_EMIT caseOpenChanged();
}

void Desk::lock()
{
    ++m_generation;
    m_idleTimer.stop();
    m_syncTimer.stop();
    auto state = m_state;
    m_jobs->post([state] {
        state->client.reset();
        state->store.reset();
    });
    dropEverything();
    m_unlocked = false;
    m_unlocking = false;
    m_unlockError.clear();
    m_lockReason.clear();
    m_deskKeyId.clear();
    m_intake.clear();
    m_syncing = false;
    m_syncFailed = false;
    m_syncMessage.clear();
    m_working = false;
    m_actionMessage.clear();
    m_kioskMessage.clear();
    Q_EMIT syncChanged();
    Q_EMIT actionChanged();
    Q_EMIT kioskMessageChanged();
    Q_EMIT lockedChanged();
}

template <typename T> void Desk::runJob(std::function<T(WorkerState &)> work, std::function<void(T)> done)
{
    const quint64 generation = m_generation;
    auto state = m_state;
    QPointer<Desk> self(this);
    m_jobs->post([state, work = std::move(work), done = std::move(done), generation, self]() mutable {
        auto result = std::make_shared<T>(work(*state));
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, done = std::move(done), result, generation] {
                if (self && self->m_generation == generation)
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

void Desk::unlock(const QString &passphrase)
{
    if (m_unlocked || m_unlocking)
        return;
    m_lockReason.clear();
    if (passphrase.isEmpty()) {
        m_unlockError = tr("Enter the desk's passphrase");
        Q_EMIT lockedChanged();
        return;
    }
    m_unlocking = true;
    m_unlockError.clear();
    Q_EMIT lockedChanged();
    QByteArray secret = passphrase.toUtf8();
    const QString dataDir = m_options.dataDir;
    struct Unlocked
    {
        Result<Snapshot> snapshot = Result<Snapshot>::failure({});
        bool refused = false;
        bool missing = false;
        QByteArray deskKeyId;
        QString intake;
        QStringList settingsProblems;
    };
    runJob<Unlocked>(
        [secret = std::move(secret), dataDir](WorkerState &state) mutable {
            Unlocked out;
            auto opened = desk::CaseStore::open(dataDir, secret);
            crypto::wipe(secret);
            if (!opened) {
                out.refused = opened.errorKind() == ErrorKind::Refused;
                out.missing = opened.errorKind() == ErrorKind::NotFound;
                out.snapshot = Result<Snapshot>::failure(opened);
                return out;
            }
            state.store = std::move(opened.value());
            state.dataDir = dataDir;
            state.settingsProblems.clear();
            if (auto standard = desk::loadResponseStandard(dataDir)) {
                state.standard = standard.value();
            } else {
                state.standard = {};
                state.settingsProblems << DeskText::tr(
                    "The organisation's response standard could not be read (%1); the Victims' Code "
                    "targets are used.")
                                              .arg(standard.error());
            }
            if (auto retention = desk::loadRetentionPolicy(dataDir)) {
                state.retention = retention.value();
            } else {
                state.retention = {};
                state.settingsProblems << DeskText::tr(
                    "The organisation's retention settings could not be read (%1); nothing is deleted "
                    "by retention.")
                                              .arg(retention.error());
            }
            out.settingsProblems = state.settingsProblems;
            state.client
                = std::make_unique<desk::DeskClient>(state.store->intake(), state.store->deskSecretKey());
            out.deskKeyId = state.store->deskKeyId();
            out.intake = state.store->intake().toString();
            out.snapshot = readSnapshot(state);
            if (!out.snapshot) {
                state.client.reset();
                state.store.reset();
            }
            return out;
        },
        [this](Unlocked out) {
            m_unlocking = false;
            if (!out.snapshot) {
                // A wrong passphrase says only that: nothing of what the desk holds.
                m_unlockError = out.refused
                    ? tr("That passphrase does not unlock this desk. Check it and try again.")
                    : out.missing
                    ? tr("There is no desk in this folder yet. An administrator sets one up with "
                         "harbour-desk-sync init (see the README).")
                    : tr("The desk could not be opened: %1").arg(out.snapshot.error());
                Q_EMIT lockedChanged();
                return;
            }
            m_unlocked = true;
            m_deskKeyId = out.deskKeyId;
            m_intake = out.intake;
            showSnapshot(std::move(out.snapshot.value()));
            m_settingsProblem = out.settingsProblems.join(QLatin1Char(' '));
            restartIdleTimer();
            m_syncTimer.start();
            Q_EMIT lockedChanged();
            sync();
        });
}

// --- sync and reading ---------------------------------------------------------------------------

void Desk::sync()
{
    if (!m_unlocked || m_syncing)
        return;
    m_syncing = true;
    Q_EMIT syncChanged();
    struct Synced
    {
        Result<desk::SyncFigures> figures = Result<desk::SyncFigures>::failure({});
        Result<Snapshot> snapshot = Result<Snapshot>::failure({});
    };
    runJob<Synced>(
        [](WorkerState &state) {
            Synced out;
            if (!state.store)
                return out;
            desk::DeskSync sync(*state.store, *state.client);
            out.figures = sync.syncAll();
            out.snapshot = readSnapshot(state);
            return out;
        },
        [this](Synced out) {
            m_syncing = false;
            m_syncFailed = !out.figures;
            const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
            if (!out.figures) {
                m_syncMessage = tr("Sync failed at %1: %2").arg(time, out.figures.error());
            } else {
                const desk::SyncFigures &f = out.figures.value();
                // One sentence each, with the figures as numbers: no plural forms to get wrong.
                m_syncMessage = tr("Synced at %1. New reports: %2. Case updates: %3.")
                                    .arg(time)
                                    .arg(f.envelopes)
                                    .arg(f.events);
                if (f.junk > 0)
                    m_syncMessage
                        += QLatin1Char(' ') + tr("Envelopes that did not open: %1 (see Junk).").arg(f.junk);
                if (f.unsent > 0) {
                    m_syncFailed = true;
                    m_syncMessage += QLatin1Char(' ')
                        + tr("Changes made here and not yet at the intake: %1 (%2).")
                              .arg(f.unsent)
                              .arg(f.unsentReason);
                }
            }
            if (out.snapshot)
                showSnapshot(std::move(out.snapshot.value()));
            Q_EMIT syncChanged();
            if (caseOpen())
                openCase(QString::fromLatin1(m_case->id()));
        });
}

void Desk::refreshAfter(bool reloadCase)
{
    runJob<Result<Snapshot>>(
        [](WorkerState &state) {
            return state.store ? readSnapshot(state) : Result<Snapshot>::failure(QString());
        },
        [this](Result<Snapshot> snapshot) {
            if (snapshot)
                showSnapshot(std::move(snapshot.value()));
        });
    if (reloadCase && caseOpen())
        openCase(QString::fromLatin1(m_case->id()));
}

void Desk::openCase(const QString &caseId)
{
    if (!m_unlocked)
        return;
    const QByteArray id = caseId.toLatin1();
    struct Opened
    {
        Result<CaseData> data = Result<CaseData>::failure({});
        std::optional<Snapshot> snapshot; // when opening it marked answers read: the queue without "new"
    };
    runJob<Opened>(
        [id](WorkerState &state) {
            Opened out;
            if (!state.store)
                return out;
            out.data = readCase(state, id);
            // The case page shows which answers are new (read as they were), then they are this desk's
            // read ones: the queue stops marking the case.
            const bool unread = out.data
                && std::any_of(out.data->details.answers.cbegin(), out.data->details.answers.cend(),
                    [](const desk::Answer &answer) { return !answer.read; });
            if (unread && state.store->markAnswersRead(id)) {
                if (auto snapshot = readSnapshot(state))
                    out.snapshot = std::move(snapshot.value());
            }
            return out;
        },
        [this](Opened out) {
            if (!out.data) {
                m_actionFailed = true;
                m_actionMessage = tr("The case could not be opened: %1").arg(out.data.error());
                Q_EMIT actionChanged();
                return;
            }
            const bool wasOpen = caseOpen();
            m_case->setData(std::move(out.data.value()));
            if (out.snapshot)
                m_queue->setRows(std::move(out.snapshot->rows));
            if (!wasOpen)
                Q_EMIT caseOpenChanged();
        });
}

void Desk::closeCase()
{
    if (!caseOpen())
        return;
    m_case->clear();
    m_actionMessage.clear();
    m_actionFailed = false;
    Q_EMIT actionChanged();
    Q_EMIT caseOpenChanged();
}

// --- working a case -----------------------------------------------------------------------------

void Desk::clearActionMessage()
{
    m_actionMessage.clear();
    m_actionFailed = false;
    Q_EMIT actionChanged();
}

bool Desk::runAction(
    std::function<Result<qint64>(desk::CaseActions &, const QByteArray &)> action, const QString &doneMessage)
{
    return runStoreAction([action = std::move(action)](WorkerState &, desk::CaseActions &actions,
                              const QByteArray &id) { return action(actions, id); },
        doneMessage);
}

bool Desk::runStoreAction(
    std::function<Result<qint64>(WorkerState &, desk::CaseActions &, const QByteArray &)> action,
    const QString &doneMessage, const QString &failedMessage)
{
    if (!m_unlocked || !caseOpen() || m_working)
        return false;
    m_working = true;
    m_actionFailed = false;
    m_actionMessage = tr("Saving…");
    Q_EMIT actionChanged();
    const QByteArray id = m_case->id();
    struct Acted
    {
        Result<qint64> seq = Result<qint64>::failure({});
        Result<CaseData> data = Result<CaseData>::failure({});
        Result<Snapshot> snapshot = Result<Snapshot>::failure({});
    };
    runJob<Acted>(
        [action = std::move(action), id](WorkerState &state) {
            Acted out;
            if (!state.store)
                return out;
            desk::CaseActions actions(*state.store, *state.client);
            out.seq = action(state, actions, id);
            out.data = readCase(state, id);
            out.snapshot = readSnapshot(state);
            return out;
        },
        [this, doneMessage, failedMessage](Acted out) {
            m_working = false;
            m_actionFailed = !out.seq;
            m_actionMessage = out.seq
                ? doneMessage
                : (failedMessage.isEmpty() ? tr("The change was not saved: %1") : failedMessage)
                      .arg(out.seq.error());
            if (out.data && caseOpen())
                m_case->setData(std::move(out.data.value()));
            if (out.snapshot)
                showSnapshot(std::move(out.snapshot.value()));
            Q_EMIT actionChanged();
            Q_EMIT actionDone(out.seq.ok());
        });
    return true;
}

bool Desk::acknowledge()
{
    return runAction([](desk::CaseActions &a, const QByteArray &id) { return a.acknowledge(id); },
        tr("Acknowledged. Every desk sees it after its next sync."));
}

bool Desk::setStatus(int status, bool recordOnly, const QString &closedReason)
{
    if (status < int(desk::CaseStatus::New) || status > int(desk::CaseStatus::Closed))
        return false;
    const auto chosen = desk::CaseStatus(status);
    const QString reason = chosen == desk::CaseStatus::Closed ? closedReason.trimmed() : QString();
    if (chosen == desk::CaseStatus::Closed && reason.isEmpty()) {
        m_actionFailed = true;
        m_actionMessage = tr("Give a reason for closing the case");
        Q_EMIT actionChanged();
        return false;
    }
    return runAction([chosen, recordOnly, reason](desk::CaseActions &a,
                         const QByteArray &id) { return a.setStatus(id, chosen, recordOnly, reason); },
        tr("Status changed to %1.").arg(DeskText::status(chosen)));
}

bool Desk::setOwner(const QString &owner)
{
    const QString name = owner.trimmed();
    return runAction([name](desk::CaseActions &a, const QByteArray &id) { return a.setOwner(id, name); },
        name.isEmpty() ? tr("The case has no owner now.") : tr("Owner changed to %1.").arg(name));
}

bool Desk::addNote(const QString &text)
{
    const QString note = text.trimmed();
    if (note.isEmpty()) {
        m_actionFailed = true;
        m_actionMessage = tr("Write the note first");
        Q_EMIT actionChanged();
        return false;
    }
    return runAction([note](desk::CaseActions &a, const QByteArray &id) { return a.addNote(id, note); },
        tr("Note added."));
}

bool Desk::setNextAction(const QString &text, const QString &dueDate)
{
    const QString action = text.trimmed();
    QDate due;
    if (!dueDate.trimmed().isEmpty()) {
        due = QDate::fromString(dueDate.trimmed(), Qt::ISODate);
        if (!due.isValid()) {
            m_actionFailed = true;
            m_actionMessage = tr("Enter the due date as year-month-day, for example 2026-03-31");
            Q_EMIT actionChanged();
            return false;
        }
    }
    return runAction([action, due](desk::CaseActions &a,
                         const QByteArray &id) { return a.setNextAction(id, action, due); },
        tr("Next action saved."));
}

bool Desk::reply(const QString &text)
{
    const QString reply = text.trimmed();
    if (reply.isEmpty()) {
        m_actionFailed = true;
        m_actionMessage = tr("Write the reply first");
        Q_EMIT actionChanged();
        return false;
    }
    if (reply.toUtf8().size() > protocol::mailbox::kMaxReplyTextBytes) {
        m_actionFailed = true;
        m_actionMessage = tr("The reply is too long: at most %1 bytes (about %2 letters). Make it shorter.")
                              .arg(protocol::mailbox::kMaxReplyTextBytes)
                              .arg(protocol::mailbox::kMaxReplyTextBytes / 2);
        Q_EMIT actionChanged();
        return false;
    }
    return runAction([reply](desk::CaseActions &a, const QByteArray &id) { return a.reply(id, reply); },
        tr("Reply sent. Only the reporter's follow-up code opens it."));
}

// --- kiosks -------------------------------------------------------------------------------------

bool Desk::kioskJob(std::function<Result<void>(desk::CaseStore &)> job, const QString &doneMessage)
{
    if (!m_unlocked)
        return false;
    struct Done
    {
        Result<void> result = Result<void>::failure({});
        Result<Snapshot> snapshot = Result<Snapshot>::failure({});
    };
    runJob<Done>(
        [job = std::move(job)](WorkerState &state) {
            Done out;
            if (!state.store)
                return out;
            out.result = job(*state.store);
            out.snapshot = readSnapshot(state);
            return out;
        },
        [this, doneMessage](Done out) {
            m_kioskFailed = !out.result;
            m_kioskMessage = out.result ? doneMessage : tr("Not saved: %1").arg(out.result.error());
            if (out.snapshot)
                showSnapshot(std::move(out.snapshot.value()));
            Q_EMIT kioskMessageChanged();
            if (caseOpen())
                openCase(QString::fromLatin1(m_case->id()));
        });
    return true;
}

bool Desk::addKiosk(const QString &name, const QString &key)
{
    const QByteArray publicKey = keyFromText(key);
    QString problem;
    if (name.trimmed().isEmpty())
        problem = tr("Enter a name for the kiosk");
    else if (publicKey.isEmpty())
        problem
            = tr("Enter the kiosk's public key as harbour-kiosk-setup prints it: harbour-kiosk-ed25519 and "
                 "44 characters of base64");
    if (!problem.isEmpty()) {
        m_kioskFailed = true;
        m_kioskMessage = problem;
        Q_EMIT kioskMessageChanged();
        return false;
    }
    const QString kioskName = name.trimmed();
    return kioskJob(
        [publicKey, kioskName](desk::CaseStore &store) { return store.registerKiosk(publicKey, kioskName); },
        tr("Kiosk \"%1\" registered.").arg(kioskName));
}

bool Desk::renameKiosk(const QString &key, const QString &name)
{
    const QByteArray publicKey = keyFromText(key);
    const QString kioskName = name.trimmed();
    if (publicKey.isEmpty() || kioskName.isEmpty()) {
        m_kioskFailed = true;
        m_kioskMessage = tr("Enter a name for the kiosk");
        Q_EMIT kioskMessageChanged();
        return false;
    }
    return kioskJob(
        [publicKey, kioskName](desk::CaseStore &store) { return store.renameKiosk(publicKey, kioskName); },
        tr("Kiosk renamed to \"%1\".").arg(kioskName));
}

bool Desk::revokeKiosk(const QString &key)
{
    const QByteArray publicKey = keyFromText(key);
    if (publicKey.isEmpty())
        return false;
    return kioskJob([publicKey](desk::CaseStore &store) { return store.revokeKiosk(publicKey); },
        tr("Kiosk revoked: its reports now show as from an unknown kiosk."));
}

void Desk::showSnapshot(Snapshot snapshot)
{
    m_queue->setRows(std::move(snapshot.rows));
    m_junk->setRows(std::move(snapshot.junk));
    m_refused->setRows(std::move(snapshot.refused));
    m_kiosks->setKiosks(std::move(snapshot.kiosks));
    m_retention->setRows(std::move(snapshot.retention));
    m_retentionDue = snapshot.retentionDue;
    m_retentionPolicyText = snapshot.retentionPolicyText;
    Q_EMIT retentionChanged();
}

// --- export, audit, retention -------------------------------------------------------------------

bool Desk::exportCase(const QString &formatName)
{
    const auto format = desk::exportFormatFromName(formatName);
    if (!format || !m_unlocked || !caseOpen() || m_working)
        return false;
    const QDir folder(m_exportFolder);
    if (m_exportFolder.isEmpty() || !folder.exists()) {
        m_actionFailed = true;
        m_actionMessage = tr("The export folder %1 does not exist. Make it, or choose another in "
                             "Settings.")
                              .arg(m_exportFolder);
        Q_EMIT actionChanged();
        return false;
    }
    // A name that says which case and what kind of export, never what the report says; an export
    // already there is not replaced.
    QString base
        = m_case->reference().isEmpty() ? QString::fromLatin1(m_case->id().left(8)) : m_case->reference();
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("-"));
    const QString kind = *format == desk::ExportFormat::Pdf ? QStringLiteral("case-summary.pdf")
        : *format == desk::ExportFormat::Marac              ? QStringLiteral("marac-pack.pdf")
        : *format == desk::ExportFormat::Csv                ? QStringLiteral("case.csv")
                                                            : QStringLiteral("case.json");
    QString path = folder.filePath(QStringLiteral("%1-%2").arg(base, kind));
    for (int n = 2; QFileInfo::exists(path) && n < 1000; ++n)
        path = folder.filePath(QStringLiteral("%1-%2-%3").arg(base).arg(n).arg(kind));
    const desk::ExportFormat chosen = *format;
    return runStoreAction(
        [chosen, path](WorkerState &state, desk::CaseActions &actions, const QByteArray &id) {
            return desk::exportCaseToFile(*state.store, actions, id, chosen, path);
        },
        tr("Exported to %1. The export is recorded in the case's history.")
            .arg(QDir::toNativeSeparators(path)),
        tr("Not exported: %1"));
}

void Desk::checkCaseLog()
{
    if (!m_unlocked || m_checkingLog)
        return;
    m_checkingLog = true;
    Q_EMIT caseLogChanged();
    QHash<QByteArray, QString> references;
    for (int row = 0; row < m_queue->total(); ++row)
        references.insert(m_queue->idAt(row), m_queue->referenceAt(row));
    struct Checked
    {
        Result<desk::LogCheck> check = Result<desk::LogCheck>::failure({});
        QByteArray thisDesk;
    };
    runJob<Checked>(
        [](WorkerState &state) {
            Checked out;
            if (!state.store)
                return out;
            out.check = desk::checkCaseLog(*state.store);
            out.thisDesk = state.store->deskKeyId();
            return out;
        },
        [this, references](Checked out) {
            m_checkingLog = false;
            if (!out.check) {
                m_caseLogProblems = true;
                m_caseLogSummary = tr("The case log could not be read: %1").arg(out.check.error());
                m_caseLog->clear();
                Q_EMIT caseLogChanged();
                return;
            }
            const desk::LogCheck &check = out.check.value();
            const QLocale locale;
            QList<LabelledValue> rows;
            for (const QString &problem : check.problems)
                rows.append({ tr("Problem"), problem });
            // Newest first: what a person checking the log asks about is usually recent.
            for (auto it = check.events.crbegin(); it != check.events.crend(); ++it) {
                const desk::LoggedEvent &event = *it;
                const QString who = event.desk == out.thisDesk
                    ? tr("this desk")
                    : tr("desk %1").arg(QString::fromLatin1(event.desk.left(8)));
                const QString when = event.at.isValid()
                    ? locale.toString(event.at.toLocalTime(), QLocale::ShortFormat)
                    : QString();
                const QString what = event.caseId.isEmpty() && event.type != desk::EventType::KeyRotated
                    ? tr("Erased: an event of a deleted case (its hash is kept for the chain)")
                    : event.caseId.isEmpty() ? DeskText::eventType(event.type)
                                             : tr("%1 · %2").arg(DeskText::eventType(event.type),
                                                 caseName(references.value(event.caseId), event.caseId));
                rows.append({ tr("Event %1 · %2 · %3").arg(event.seq).arg(when, who), what });
            }
            m_caseLog->setRows(std::move(rows));
            m_caseLogProblems = !check.problems.isEmpty();
            m_caseLogSummary = check.problems.isEmpty()
                ? tr("%1 events checked at %2: %3 signed by a desk of the organisation and in an unbroken "
                     "chain, %4 of deleted cases kept as their hash only. No problems found.")
                      .arg(check.events.size())
                      .arg(locale.toString(QTime::currentTime(), QLocale::ShortFormat))
                      .arg(check.verified)
                      .arg(check.erased)
                : tr("%1 events checked at %2: %3 problems found (listed first). Tell whoever runs the "
                     "desks: the store may have been changed outside the desk.")
                      .arg(check.events.size())
                      .arg(locale.toString(QTime::currentTime(), QLocale::ShortFormat))
                      .arg(check.problems.size());
            Q_EMIT caseLogChanged();
        });
}

bool Desk::applyRetention()
{
    if (!m_unlocked || m_working)
        return false;
    m_working = true;
    m_retentionMessage = tr("Deleting…");
    Q_EMIT retentionChanged();
    struct Applied
    {
        Result<desk::RetentionApplied> applied = Result<desk::RetentionApplied>::failure({});
        Result<Snapshot> snapshot = Result<Snapshot>::failure({});
    };
    runJob<Applied>(
        [](WorkerState &state) {
            Applied out;
            if (!state.store)
                return out;
            desk::CaseActions actions(*state.store, *state.client);
            out.applied = desk::applyRetention(
                *state.store, actions, state.retention, QDateTime::currentDateTimeUtc());
            out.snapshot = readSnapshot(state);
            return out;
        },
        [this](Applied out) {
            m_working = false;
            if (!out.applied) {
                m_retentionMessage = tr("Nothing was deleted: %1").arg(out.applied.error());
            } else {
                m_retentionMessage = tr("Deleted %1 cases on every desk; the intake is asked to delete "
                                        "them too.")
                                         .arg(out.applied->deleted.size());
                if (!out.applied->problems.isEmpty())
                    m_retentionMessage += QLatin1Char(' ')
                        + tr("Not deleted yet (tried again next time): %1")
                              .arg(out.applied->problems.join(QStringLiteral("; ")));
            }
            if (out.snapshot)
                showSnapshot(std::move(out.snapshot.value()));
            Q_EMIT retentionChanged();
            if (caseOpen())
                openCase(QString::fromLatin1(m_case->id()));
        });
    return true;
}

} // namespace harbour::deskui
