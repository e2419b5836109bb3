// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The C++ types QML sees, all registered here in the module "Harbour". The classes live in the
// libraries below (session, flow, report, routing, kiosk) and know nothing of QML modules; each
// declaration names one class (QML_FOREIGN) and how QML may use it. Their properties, signals,
// invokables and enums come from the class itself. A class QML is to see needs one entry here.

#include "flow/flowtypes.h"
#include "flow/questionflow.h"
#include "flow/rowmodel.h"
#include "kiosk/idlemonitor.h"
#include "kiosk/kioskcontrols.h"
#include "kiosk/quickexit.h"
#include "report/report.h"
#include "routing/directoryinfo.h"
#include "routing/proposalmodel.h"
#include "routing/routing.h"
#include "routing/supportcontactmodel.h"
#include "session/followup.h"
#include "session/languages.h"
#include "session/preferences.h"
#include "session/reportsession.h"

#include <QtQml/qqml.h>

namespace harbour::qml {

// The one session: main() makes it before loading QML; QML reaches everything else through it.
struct SessionForeign
{
    Q_GADGET
    QML_FOREIGN(harbour::session::ReportSession)
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON

public:
    static session::ReportSession *create(QQmlEngine *engine, QJSEngine *scriptEngine)
    {
        return session::ReportSession::create(engine, scriptEngine);
    }
};

struct LanguageModelForeign
{
    Q_GADGET
    QML_FOREIGN(harbour::session::LanguageModel)
    QML_NAMED_ELEMENT(LanguageModel)
    QML_UNCREATABLE("Languages come from the session")
};

struct PreferencesForeign
{
    Q_GADGET
    QML_FOREIGN(harbour::session::Preferences)
    QML_NAMED_ELEMENT(Preferences)
    QML_UNCREATABLE("Preferences belong to the session")
};

struct ReportForeign
{
    Q_GADGET
    QML_FOREIGN(harbour::report::Report)
    QML_NAMED_ELEMENT(Report)
    QML_UNCREATABLE("The report belongs to the session")
};

struct QuestionFlowForeign
{
    Q_GADGET
    QML_FOREIGN(harbour::questionnaire::QuestionFlow)
    QML_NAMED_ELEMENT(QuestionFlow)
    QML_UNCREATABLE("The question flow belongs to the session")
};

// The question types (`QuestionType.Group`), and the typed values a question page is given.
namespace QuestionTypeForeign {
Q_NAMESPACE
QML_NAMED_ELEMENT(QuestionType)
QML_FOREIGN_NAMESPACE(harbour::questionnaire)
} // namespace QuestionTypeForeign

struct ChoiceViewForeign
{
    Q_GADGET
    QML_FOREIGN(harbour::questionnaire::ChoiceView)
    QML_VALUE_TYPE(choiceView)
};

struct EasyReadViewForeign
{
    Q_GADGET
    QML_FOREIGN(harbour::questionnaire::EasyReadView)
    QML_VALUE_TYPE(easyReadView)
};

struct QuestionViewForeign
{
    Q_GADGET
    QML_FOREIGN(harbour::questionnaire::QuestionView)
    QML_VALUE_TYPE(questionView)
};

struct RowModelForeign
{
    Q_GADGET
    QML_FOREIGN(harbour::questionnaire::RowModel)
    QML_NAMED_ELEMENT(RowModel)
    QML_UNCREATABLE("Rows come from the question flow")
};

struct RoutingForeign
{
    Q_GADGET
    QML_FOREIGN(harbour::routing::Routing)
    QML_NAMED_ELEMENT(Routing)
    QML_UNCREATABLE("Routing belongs to the session")
};

struct ProposalModelForeign
{
    Q_GADGET
    QML_FOREIGN(harbour::routing::ProposalModel)
    QML_NAMED_ELEMENT(ProposalModel)
    QML_UNCREATABLE("Proposals belong to the session's routing")
};

struct SupportContactModelForeign
{
    Q_GADGET
    QML_FOREIGN(harbour::routing::SupportContactModel)
    QML_NAMED_ELEMENT(SupportContactModel)
    QML_UNCREATABLE("Support contacts come from the session's directory")
};

struct DirectoryInfoForeign
{
    Q_GADGET
    QML_FOREIGN(harbour::routing::DirectoryInfo)
    QML_NAMED_ELEMENT(DirectoryInfo)
    QML_UNCREATABLE("The directory belongs to the session")
};

struct KioskControlsForeign
{
    Q_GADGET
    QML_FOREIGN(harbour::kiosk::KioskControls)
    QML_NAMED_ELEMENT(KioskControls)
    QML_UNCREATABLE("Session.kiosk")
};

// Made in QML (Main.qml): the kiosk's quick exit and idle limit watch the window's input.
struct QuickExitForeign
{
    Q_GADGET
    QML_FOREIGN(harbour::kiosk::QuickExit)
    QML_NAMED_ELEMENT(QuickExit)
};

struct IdleMonitorForeign
{
    Q_GADGET
    QML_FOREIGN(harbour::kiosk::IdleMonitor)
    QML_NAMED_ELEMENT(IdleMonitor)
};

// The way back (Session.followUp): FollowUp.Deriving, FollowUp.Yes, ...
struct FollowUpForeign
{
    Q_GADGET
    QML_FOREIGN(harbour::session::FollowUp)
    QML_NAMED_ELEMENT(FollowUp)
    QML_UNCREATABLE("Session.followUp")
};

} // namespace harbour::qml
