// SPDX-License-Identifier: GPL-3.0-or-later
// The app's configuration file: the questionnaire it names (a relative path read beside the file).
#include "questionnaire/questionnaire.h"
#include "session/config.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace harbour;
using questionnaire::Questionnaire;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void configurationNamesTheQuestionnaire()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(
            s(HARBOUR_SOURCE_DIR "/tests/data/questionnaire-short.json"), dir.filePath(s("ours.json"))));
        QFile file(dir.filePath(s("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"v": 1, "mode": "personal", "questionnaire": "ours.json"})");
        file.close();
        // A relative path is read beside the configuration.
        const auto config = session::AppConfig::load(file.fileName());
        QVERIFY2(config.ok(), qPrintable(config.error()));
        QCOMPARE(config->questionnaire, dir.filePath(s("ours.json")));
        const auto loaded = Questionnaire::load(config->questionnaire);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->id(), s("example-short"));
        QVERIFY(!session::AppConfig::fromJson(R"({"v": 1, "questionnaire": 3})").ok());
        QVERIFY(session::AppConfig::fromJson(R"({"v": 1})")->questionnaire.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
