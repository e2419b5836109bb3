// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktestutil.h"
#include "intakeprocess.h"
#include "protocol/mailbox.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QUrl>

#include <memory>

namespace harbour::desk {
class CaseStore;
}

// An organisation with two desks and a handful of reports, for the desk UI's tests, the AT-SPI walk
// and the screenshots: the real harbour-intake on loopback, the organisation and both desks
// registered by the real harbour-intake-admin, desks made by harbour-desk-sync init, and reports
// sealed the way the app seals them (one signed by a kiosk desk 1 registered, one by a kiosk it does
// not know, one with contact details the reporter allowed, and one envelope that does not open).
namespace harbour::testsupport {

class DeskFixture
{
public:
    static constexpr char kDesk1Passphrase[] = "desk one test passphrase";
    static constexpr char kDesk2Passphrase[] = "desk two test passphrase";

    explicit DeskFixture(const QString &dir);
    ~DeskFixture();

    // Everything above; false (with a warning saying what) when a step fails.
    bool start();
    void stop();

    QString desk1() const { return m_desk1; }
    QString desk2() const { return m_desk2; }
    QUrl intake() const { return m_intake.baseUrl(); }
    // The envelope id (hex) of a report by its name: urgent, high, plain, kiosk, unknown_kiosk, contact.
    QByteArray caseId(const QString &name) const { return m_ids.value(name); }
    QMap<QString, QByteArray> caseIds() const { return m_ids; }
    QString reference(const QString &name) const;

    // The way back: a report whose reporter took a follow-up code ("followup"; not among the six the
    // fixture starts with), the replies waiting in its mailbox (opened with the code's keys), and the
    // reporter's answer to the first, sealed to the hub as the app seals it.
    bool postFollowUpReport();
    QStringList replies();
    bool answerFirstReply(protocol::mailbox::Helped helped, const QString &text);

    // harbour-desk-sync sync on desk 2 (no other process holds it meanwhile).
    bool syncDesk2();
    // Desk 2's store, opened in this process.
    std::unique_ptr<desk::CaseStore> openDesk2();

private:
    bool post(const QString &name, const QByteArray &reportJson, const QByteArray &kioskSecretKey = {});

    QString m_dir, m_store, m_desk1, m_desk2;
    IntakeProcess m_intake;
    DeskOrganisation m_hub;
    QMap<QString, QByteArray> m_ids;
    protocol::mailbox::Keys m_mailbox;
    QList<protocol::mailbox::Reply> m_replies;
};

} // namespace harbour::testsupport
