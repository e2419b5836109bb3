// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsession.h"

#include "crypto/sodium.h"
#include "protocol/envelope.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QInputMethod>
#include <QDateTime>
#include <QJSEngine>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "harbour.session")

namespace harbour::session {
namespace {
ReportSession *s_instance = nullptr;
}

ReportSession::ReportSession(AppConfig config, QObject *parent) : QObject(parent), m_config(std::move(config)) { }

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

ReportSession *ReportSession::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "ReportSession::create", "main() must create the session before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

Result<bool> ReportSession::start()
{
    auto outbox = store::Outbox::openInDirectory(m_config.dataDir);
    if (!outbox)
        return Result<bool>::failure(outbox.error());
    m_outbox = std::move(outbox.value());
    m_forwarder = std::make_unique<delivery::Forwarder>(m_outbox.get());
    connect(m_forwarder.get(), &delivery::Forwarder::delivered, this, [this](const QByteArray &, const QString &ref) {
        if (ref == m_reference)
            updateDeliveryState();
    });
    m_forwarder->kick();
    return true;
}

QString ReportSession::recipientNames() const
{
    QStringList names;
    for (const auto &recipient : m_config.recipients)
        names << recipient.name;
    return names.join(QStringLiteral(", "));
}

void ReportSession::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
}

bool ReportSession::send()
{
    if (!m_outbox) {
        setErrorMessage(tr("Harbour cannot save reports on this device. Please use another way to report."));
        return false;
    }
    if (!m_reference.isEmpty())
        return true; // already queued; pressing Send twice must not send twice
    const QString reference = report::newReference();
    const report::Report::Context context{reference, m_language,
                                          kioskMode() ? QStringLiteral("kiosk") : QStringLiteral("self"),
                                          QCoreApplication::applicationVersion(), QDateTime::currentDateTimeUtc()};
    QByteArray json = m_report.toCanonicalJson(context);
    std::vector<protocol::Envelope> envelopes;
    for (const auto &recipient : m_config.recipients) {
        auto sealed = protocol::seal(json, recipient.publicKey);
        if (!sealed) {
            crypto::wipe(json);
            qCWarning(lcSession) << "sealing failed:" << sealed.error();
            setErrorMessage(tr("Your report could not be prepared for sending. Nothing was sent."));
            return false;
        }
        envelopes.push_back(sealed.value());
    }
    crypto::wipe(json);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (size_t i = 0; i < envelopes.size(); ++i) {
        const auto &recipient = m_config.recipients.at(qsizetype(i));
        auto queued = m_outbox->enqueue(envelopes[i], reference, recipient.name, recipient.intakeUrl, now);
        if (!queued) {
            qCWarning(lcSession) << "queueing failed:" << queued.error();
            setErrorMessage(tr("Your report could not be saved for sending. Your device may be full. "
                               "Your answers are still here: free some space and press Send again."));
            return false;
        }
    }
    setErrorMessage({});
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
    case store::Outbox::State::Unknown:
        break;
    }
}

void ReportSession::clear()
{
    m_report.clear();
    // Anything copied from the report must not outlive it; nor may the keyboard's memory of it.
    if (auto *clipboard = QGuiApplication::clipboard())
        clipboard->clear();
    if (auto *inputMethod = QGuiApplication::inputMethod())
        inputMethod->reset();
    m_reference.clear();
    Q_EMIT referenceChanged();
    setDeliveryState(DeliveryState::NotSent);
    setErrorMessage({});
    Q_EMIT cleared();
}

void ReportSession::endSession()
{
    clear();
    if (kioskMode()) {
        qCInfo(lcSession) << "kiosk session ended; the process ends so the next one starts clean";
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
