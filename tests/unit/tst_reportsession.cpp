// SPDX-License-Identifier: GPL-3.0-or-later
// The reporting session: the questionnaire it is given reaches both the report and the flow.
#include "session/reportsession.h"

#include <QTest>

using namespace harbour;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestReportSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionHandsTheQuestionnaireToReportAndFlow()
    {
        session::AppConfig config;
        config.recipients = { { s("Org"), QUrl(s("http://127.0.0.1:1/v1/envelopes")), QByteArray(32, 'k') } };
        session::ReportSession session(config);
        QCOMPARE(session.flow()->questionnaireId(), s("harbour-uk"));
        auto loaded = questionnaire::Questionnaire::load(
            s(HARBOUR_SOURCE_DIR "/tests/data/questionnaire-short.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        session.setQuestionnaire(std::make_shared<const questionnaire::Questionnaire>(loaded.value()));
        QCOMPARE(session.flow()->questionnaireId(), s("example-short"));
        QCOMPARE(session.report()->questionnaire()->id(), s("example-short"));
    }
};

QTEST_GUILESS_MAIN(TestReportSession)
#include "tst_reportsession.moc"
