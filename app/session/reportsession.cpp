// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsession.h"

#include "crypto/sodium.h"
#include "delivery/reportsender.h"
#include "protocol/envelope.h"
#include "questionnaire/flags.h"
#include "routing/proposals.h"

#include <QFile>
#include <QJsonDocument>

#include <QClipboard>
#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QInputMethod>
#include <QJSEngine>
#include <QLoggingCategory>
#include <QQmlEngine>

Q_LOGGING_CATEGORY(lcSession, "harbour.session")

namespace harbour::session {
namespace {
ReportSession *s_instance = nullptr;
}

ReportSession::ReportSession(AppConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_preferences(
          std::make_unique<Preferences>(m_config.mode == AppConfig::Mode::Personal, m_config.dataDir))
{
    connect(&m_routing, &routing::Routing::chosenChanged, this, &ReportSession::recipientsChanged);
    // The pages after the check page: the flow moves through them, the session does the work.
    m_flow.setSendingSteps({ [this] { prepareRecipients(); },
        [this] {
            prepareRecipients();
            // Check answers says "No, keep me anonymous" until the person changes it there.
            if (m_routing.contact().isEmpty())
                m_routing.setContactChoice(routing::Routing::Contact::Anonymous);
        },
        [this] { return m_routing.checkRecipients(); }, [this] { return m_routing.checkContact(); },
        [this] { return send(); } });
    connect(this, &ReportSession::languageChanged, this, [this] {
        m_routing.setLanguage(m_language);
        m_directoryInfo.setLanguage(m_language);
        m_followUp.setLanguage(m_language);
    });
    // The follow-up pages: the replies once a code opened its mailbox, and again after an answer.
    connect(&m_followUp, &FollowUp::opened, this, [this] {
        if (m_flow.page() == questionnaire::QuestionFlow::Page::FollowUpCode)
            m_flow.showPage(questionnaire::QuestionFlow::Page::FollowUpReplies);
    });
    connect(&m_followUp, &FollowUp::answerQueued, this,
        [this] { m_flow.showPage(questionnaire::QuestionFlow::Page::FollowUpReplies); });
    // English needs its plural forms ("1 second", "2 seconds") from harbour_en.qm too.
    loadTranslation(m_language);
    if (!m_preferences->savedLanguage().isEmpty())
        setLanguage(m_preferences->savedLanguage());
}

void ReportSession::loadTranslation(const QString &code)
{
    QCoreApplication::removeTranslator(&m_translator);
    if (m_translator.load(QStringLiteral(":/i18n/harbour_%1.qm").arg(code)))
        QCoreApplication::installTranslator(&m_translator);
    else
        qCWarning(lcSession) << "no translation file for" << code;
}

ReportSession::~ReportSession()
{
    if (s_instance == this)
        s_instance = nullptr;
}

void ReportSession::setInstance(ReportSession *session)
{
    s_instance = session;
}

ReportSession *ReportSession::instance()
{
    return s_instance;
}

ReportSession *ReportSession::create(QQmlEngine *engine, QJSEngine *)
{
    if (s_instance)
        s_instance->m_engine = engine;
    Q_ASSERT_X(s_instance, "ReportSession::create", "main() must create the session before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

Result<void> ReportSession::start()
{
    loadDirectory();
    m_kiosk.start(m_settings.get(), m_config.dataDir); // kiosk mode: attempt counts, signing key
    auto outbox = store::Outbox::openInDirectory(m_config.dataDir);
    if (!outbox)
        return Result<void>::failure(outbox.error());
    m_outbox = std::move(outbox.value());
    m_outbox->forgetDelivered(); // reports of earlier sessions: nothing of them stays
    m_forwarder = std::make_unique<delivery::Forwarder>(m_outbox.get());
    m_forwarder->setGiveUpAfterMs(qint64(m_config.undeliveredAfterDays) * 24 * 60 * 60 * 1000);
    m_forwarder->setTorSocksPort(quint16(m_config.torSocksPort));
    connect(m_forwarder.get(), &delivery::Forwarder::delivered, this,
        [this](const QByteArray &, const QString &ref) {
            if (ref == m_reference) {
                setWaitingForTor(false);
                updateDeliveryState();
            }
            m_followUp.delivered(ref);
        });
    connect(m_forwarder.get(), &delivery::Forwarder::torUnreachable, this, [this](const QString &ref) {
        if (ref == m_reference)
            setWaitingForTor(true);
    });
    connect(m_forwarder.get(), &delivery::Forwarder::stopped, this, [this](const QString &ref) {
        if (ref == m_reference)
            updateDeliveryState();
    });
    m_followUp.setDelivery(m_outbox.get(), m_forwarder.get());
    // The way back goes the way the person chose for the report: through Tor on a personal device.
    m_followUp.setTor(
        [this] { return !kioskMode() && m_preferences->sendThroughTor(); }, quint16(m_config.torSocksPort));
    m_forwarder->kick();
    return {};
}

QString ReportSession::recipientNames() const
{
    const QString names = m_routing.chosenNames();
    // Pages shown before the reporter chooses still say who can read the report.
    return names.isEmpty() ? tr("the organisations you choose") : names;
}

void ReportSession::loadDirectory()
{
    // The last good directory lives in the encrypted settings store; without it (an unwritable
    // folder) the built-in one is still used, just not kept.
    auto settings = store::Settings::openInDirectory(m_config.dataDir);
    if (settings)
        m_settings = std::move(settings.value());
    else
        qCWarning(lcSession) << "the directory cannot be kept across restarts:" << settings.error();
    const QList<QByteArray> trusted = m_config.trustedDirectoryKeys.isEmpty()
        ? directory::builtInTrustedKeys()
        : m_config.trustedDirectoryKeys;
    m_directory = std::make_unique<directory::DirectoryStore>(m_settings.get(), trusted);
    QFile embedded(QStringLiteral(":/harbour/directory/default.signed.json"));
    QByteArray embeddedFile;
    if (embedded.open(QIODevice::ReadOnly))
        embeddedFile = embedded.read(directory::kMaxSignedDirectoryBytes + 1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_directory->load(embeddedFile, now);
    if (!m_config.directoryFile.isEmpty()) {
        QFile offered(m_config.directoryFile);
        if (!offered.open(QIODevice::ReadOnly))
            qCWarning(lcSession) << "cannot read the directory file" << m_config.directoryFile
                                 << offered.errorString();
        else
            m_directory->offer(
                offered.read(directory::kMaxSignedDirectoryBytes + 1), now); // refusals are logged
    }
    const directory::Directory *current = m_directory->current();
    m_routing.setOrganisations(
        current ? current->organisations : QList<directory::Organisation>(), current ? current->serial : 0);
    m_directoryInfo.update(*m_directory);
    // Fixed recipients in the configuration (tests, demos) override the directory's choice.
    QList<directory::Organisation> fixed;
    for (const auto &recipient : std::as_const(m_config.recipients)) {
        directory::Organisation organisation;
        organisation.id = QStringLiteral("configured-%1").arg(fixed.size() + 1);
        organisation.name.byLanguage.insert(QStringLiteral("en"), recipient.name);
        organisation.kind = directory::Kind::Support;
        organisation.strands = questionnaire::monitoredStrands();
        organisation.areas.everywhere = true;
        organisation.languages = { QStringLiteral("en") };
        organisation.intake = recipient.intakeUrl;
        organisation.publicKey = recipient.publicKey;
        organisation.onion = recipient.onion;
        organisation.envelopeVersions = { protocol::kEnvelopeVersion };
        fixed.append(organisation);
    }
    m_routing.setFixedRecipients(fixed);
    m_routing.setLanguage(m_language);
    m_directoryInfo.setLanguage(m_language);
}

Result<void> ReportSession::offerDirectory(const QByteArray &signedFile)
{
    if (!m_directory)
        return Result<void>::failure(QStringLiteral("the session has not started"));
    auto offered = m_directory->offer(signedFile, QDateTime::currentDateTimeUtc());
    if (offered) {
        const directory::Directory *current = m_directory->current();
        m_routing.setOrganisations(current->organisations, current->serial);
    }
    m_directoryInfo.update(*m_directory);
    return offered;
}

void ReportSession::prepareRecipients()
{
    // The facts are read from the report as it would be sent.
    const report::Report::Context context { QString(), m_language, m_kiosk.reportMode(),
        QCoreApplication::applicationVersion(), QDateTime::currentDateTimeUtc(), {} };
    const report::ReportFacts facts = report::factsFromReport(m_report.toDocument(context));
    m_routing.setFacts(facts);
    m_directoryInfo.setStrands(facts.strands);
}

void ReportSession::setQuestionnaire(questionnaire::QuestionnairePtr questionnaire)
{
    m_report.setQuestionnaire(questionnaire);
    m_flow.setQuestionnaire(std::move(questionnaire));
}

void ReportSession::setLanguage(const QString &language)
{
    const Language *chosen = findLanguage(language);
    if (!chosen || m_language == language)
        return;
    loadTranslation(chosen->code);
    QGuiApplication::setLayoutDirection(chosen->rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    m_language = chosen->code;
    m_languages.setCurrent(chosen->code);
    m_preferences->saveLanguage(chosen->code);
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
}

// Nothing about sending is logged (docs/threat-model.md "What the phone keeps"): the system
// journal would record when a report was made; the person sees every error on screen.
bool ReportSession::send()
{
    if (!m_outbox) {
        setErrorMessage(tr("Harbour cannot save reports on this device. Please use another way to report."));
        return false;
    }
    if (!m_reference.isEmpty())
        return true; // already queued; pressing Send twice must not send twice
    if (!m_followUp.readyToSend()) {
        // The follow-up code's keys are still being derived: the report goes once they are ready.
        if (!m_followUp.prepareError().isEmpty()) {
            setErrorMessage(m_followUp.prepareError());
            return false;
        }
        m_followUp.whenReady([this] {
            // Where Send was pressed: check answers (with sections) or the contact page.
            const auto page = m_flow.page();
            if (page
                == (m_flow.tasked() ? questionnaire::QuestionFlow::Page::Check
                                    : questionnaire::QuestionFlow::Page::Contact))
                m_flow.next();
        });
        return false;
    }
    const QString reference = report::newReference();
    // "self", "kiosk", or "assisted" once a volunteer's code was accepted (never who helped).
    const report::Report::Context context { reference, m_language, m_kiosk.reportMode(),
        QCoreApplication::applicationVersion(), QDateTime::currentDateTimeUtc(), m_followUp.reportMember() };
    QByteArray json = m_report.toCanonicalJson(context);
    // One copy per chosen organisation, each with only the contact details it may see.
    auto deliveries = m_routing.deliveries(json);
    crypto::wipe(json);
    if (!deliveries) {
        setErrorMessage(tr("Choose who should receive your report before sending it. Nothing was sent."));
        return false;
    }
    std::vector<delivery::ReportCopy> copies;
    // Through Tor when the person chose it (a personal device: a kiosk's address is its
    // organisation's own); once queued so, a copy goes through Tor or not at all.
    const bool viaTor = !kioskMode() && m_preferences->sendThroughTor();
    for (auto &planned : deliveries.value()) {
        const directory::Organisation &recipient = planned.organisation;
        // The intake's TLS pins from the directory travel with the envelope (docs/protocol.md §11.4).
        // The highest envelope version both this app and the intake read (docs/protocol.md §14).
        const int version = recipient.envelopeVersions.contains(protocol::kEnvelopeVersion)
            ? protocol::kEnvelopeVersion
            : 1;
        copies.push_back({ recipient.name.english(), recipient.intake, recipient.publicKey, recipient.tlsPins,
            std::move(planned.reportJson), version, viaTor, viaTor ? recipient.onion : QString() });
    }
    // Kiosks sign inside the seal (the organisation learns which kiosk); phones never do.
    delivery::ReportSender sender(m_outbox.get());
    const auto sent = sender.send(std::move(copies), reference, m_kiosk.signingKey(),
        QDateTime::currentMSecsSinceEpoch(), qint64(m_sendWithinHours) * 60 * 60 * 1000);
    if (!sent) {
        if (sent.errorKind() == ErrorKind::Refused) {
            setErrorMessage(tr("Your report could not be prepared for sending. Nothing was sent."));
        } else {
            setErrorMessage(tr("Your report could not be saved for sending. Your device may be full. "
                               "Your answers are still here: free some space and press Send again."));
        }
        return false;
    }
    setErrorMessage({});
    m_followUp.reportSent();
    m_reference = reference;
    Q_EMIT referenceChanged();
    setDeliveryState(DeliveryState::Queued);
    m_forwarder->kick();
    return true;
}

void ReportSession::updateDeliveryState()
{
    if (m_reference.isEmpty() || !m_outbox)
        return;
    switch (m_outbox->stateOf(m_reference)) {
    case store::Outbox::State::Sent:
        setDeliveryState(DeliveryState::Sent);
        break;
    case store::Outbox::State::Queued:
        setDeliveryState(DeliveryState::Queued);
        break;
    case store::Outbox::State::Refused:
        setDeliveryState(DeliveryState::Refused);
        break;
    case store::Outbox::State::Expired:
        setDeliveryState(DeliveryState::Undelivered);
        break;
    case store::Outbox::State::Unknown:
        break;
    }
}

void ReportSession::setSendWithinHours(int hours)
{
    if (hours < 0 || hours > 7 * 24 || hours == m_sendWithinHours || kioskMode())
        return;
    m_sendWithinHours = hours;
    Q_EMIT sendWithinHoursChanged();
}

void ReportSession::setWaitingForTor(bool waiting)
{
    if (m_waitingForTor == waiting)
        return;
    m_waitingForTor = waiting;
    Q_EMIT waitingForTorChanged();
}

void ReportSession::tryAgain()
{
    if (m_reference.isEmpty() || !m_outbox || !m_forwarder)
        return;
    m_outbox->tryAgain(m_reference, QDateTime::currentMSecsSinceEpoch());
    updateDeliveryState();
    m_forwarder->kick();
}

void ReportSession::clear()
{
    m_report.clear();
    m_flow.reset();
    m_routing.clear();
    m_kiosk.reset();
    m_followUp.clear();
    // Anything copied from the report must not outlive it; nor may the keyboard's memory of it.
    // (Only with a GUI application: without one, Qt's clipboard dereferences a null platform.)
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (auto *clipboard = QGuiApplication::clipboard())
            clipboard->clear();
        if (auto *inputMethod = QGuiApplication::inputMethod())
            inputMethod->reset();
    }
    m_reference.clear();
    setWaitingForTor(false);
    m_sendWithinHours = 0;
    Q_EMIT sendWithinHoursChanged();
    if (m_outbox)
        m_outbox->forgetDelivered();
    Q_EMIT referenceChanged();
    setDeliveryState(DeliveryState::NotSent);
    setErrorMessage({});
    Q_EMIT cleared();
}

void ReportSession::endSession()
{
    clear();
    if (kioskMode()) {
        if (m_outbox)
            m_outbox->close();
        Q_EMIT sessionEnded();
    }
}

void ReportSession::setDeliveryState(DeliveryState state)
{
    if (m_deliveryState == state)
        return;
    m_deliveryState = state;
    Q_EMIT deliveryStateChanged();
}

void ReportSession::setErrorMessage(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace harbour::session
