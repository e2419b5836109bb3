// SPDX-License-Identifier: GPL-3.0-or-later
// Display preferences (docs/accessibility.md): text size, high contrast, read-aloud and easy read are
// remembered per device in personal mode (in the data folder), never written in kiosk mode, and reset for the
// next person on a kiosk.
#include "session/preferences.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using harbour::session::Preferences;

class TestPreferences : public QObject
{
    Q_OBJECT

    static void changeAll(Preferences &preferences)
    {
        preferences.setTextScale(2.0);
        preferences.setHighContrast(true);
        preferences.setReadAloud(true);
        preferences.setEasyRead(true);
    }
    static bool allDefault(const Preferences &preferences)
    {
        return qFuzzyCompare(preferences.textScale(), 1.0) && !preferences.highContrast()
            && !preferences.readAloud() && !preferences.easyRead();
    }

private Q_SLOTS:
    void personalModeRemembersEachChoice()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            Preferences preferences(true, dir.path());
            QVERIFY(allDefault(preferences));
            QSignalSpy changed(&preferences, &Preferences::changed);
            changeAll(preferences);
            QCOMPARE(changed.count(), 4);
            preferences.setEasyRead(true); // no change, no signal
            QCOMPARE(changed.count(), 4);
        }
        Preferences again(true, dir.path());
        QCOMPARE(again.textScale(), 2.0);
        QVERIFY(again.highContrast());
        QVERIFY(again.readAloud());
        QVERIFY(again.easyRead());
        // Each choice on its own: turning easy read off is remembered too.
        again.setEasyRead(false);
        Preferences third(true, dir.path());
        QVERIFY(!third.easyRead());
        QVERIFY(third.highContrast());
    }

    void kioskModeWritesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            Preferences preferences(false, dir.path());
            changeAll(preferences);
            QVERIFY(preferences.easyRead());
        }
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        Preferences next(false, dir.path());
        QVERIFY(allDefault(next));
    }

    void resetIsForTheNextPerson()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Preferences preferences(false, dir.path());
        changeAll(preferences);
        QSignalSpy changed(&preferences, &Preferences::changed);
        preferences.reset();
        QCOMPARE(changed.count(), 1);
        QVERIFY(allDefault(preferences));
    }

    void textScaleStaysInItsRange()
    {
        Preferences preferences(false, {});
        preferences.setTextScale(9.0);
        QCOMPARE(preferences.textScale(), Preferences::kMaxTextScale);
        preferences.setTextScale(0.1);
        QCOMPARE(preferences.textScale(), Preferences::kMinTextScale);
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
