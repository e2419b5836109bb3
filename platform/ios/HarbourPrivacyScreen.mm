// SPDX-License-Identifier: GPL-3.0-or-later
// UNTESTED here (no Xcode or iOS SDK on this machine); see platform/ios/README.md.
//
// iOS takes a snapshot of the screen when an app goes to the background and shows it in the app
// switcher (and briefly at the next launch). A snapshot of a half-written report would show it
// to whoever picks up the phone. This covers the app's windows with a plain view as soon as the
// app stops being active (app switcher, notification centre, incoming call, home gesture),
// which is before iOS takes the snapshot, and removes the cover when it is active again. The
// same cover is shown while the screen is recorded or mirrored.
//
// Qt 6.4 owns the UIApplicationDelegate, so this listens to notifications instead of
// implementing applicationWillResignActive: / sceneWillResignActive: itself; the scene
// notifications are used on iOS 13+ when the app runs with scenes.
#include "HarbourPrivacyScreen.h"

#import <UIKit/UIKit.h>

#include <QFile>
#include <QString>

static const NSInteger kHarbourCoverTag = 0x4841524c; // "HARL": finds our cover again

static NSArray<UIWindow *> *harbourWindows()
{
    NSMutableArray<UIWindow *> *windows = [NSMutableArray array];
    if (@available(iOS 13.0, *)) {
        for (UIScene *scene in UIApplication.sharedApplication.connectedScenes) {
            if ([scene isKindOfClass:[UIWindowScene class]])
                [windows addObjectsFromArray:((UIWindowScene *)scene).windows];
        }
    }
    if (windows.count == 0) {
        // Before iOS 13, or an app without scenes (deprecated API, still the fallback).
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wdeprecated-declarations"
        [windows addObjectsFromArray:UIApplication.sharedApplication.windows];
#pragma clang diagnostic pop
    }
    return windows;
}

static void harbourCover()
{
    for (UIWindow *window in harbourWindows()) {
        if ([window viewWithTag:kHarbourCoverTag])
            continue;
        // A plain, neutral view: nothing that says "Harbour" or "hate crime" to an onlooker.
        UIView *cover = [[UIView alloc] initWithFrame:window.bounds];
        cover.tag = kHarbourCoverTag;
        cover.autoresizingMask = UIViewAutoresizingFlexibleWidth | UIViewAutoresizingFlexibleHeight;
        if (@available(iOS 13.0, *))
            cover.backgroundColor = UIColor.systemBackgroundColor;
        else
            cover.backgroundColor = UIColor.whiteColor;
        [window addSubview:cover];
        [window bringSubviewToFront:cover];
    }
}

static void harbourUncover()
{
    // While the screen is being recorded or mirrored the cover stays.
    if (UIScreen.mainScreen.isCaptured)
        return;
    for (UIWindow *window in harbourWindows())
        [[window viewWithTag:kHarbourCoverTag] removeFromSuperview];
}

namespace harbour::platform {

void installPrivacyScreen()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    NSNotificationCenter *centre = NSNotificationCenter.defaultCenter;
    NSOperationQueue *main = NSOperationQueue.mainQueue;
    auto cover = ^(NSNotification *) { harbourCover(); };
    auto uncover = ^(NSNotification *) { harbourUncover(); };
    [centre addObserverForName:UIApplicationWillResignActiveNotification object:nil queue:main usingBlock:cover];
    [centre addObserverForName:UIApplicationDidEnterBackgroundNotification object:nil queue:main usingBlock:cover];
    [centre addObserverForName:UIApplicationDidBecomeActiveNotification object:nil queue:main usingBlock:uncover];
    if (@available(iOS 13.0, *)) {
        [centre addObserverForName:UISceneWillDeactivateNotification object:nil queue:main usingBlock:cover];
        [centre addObserverForName:UISceneDidEnterBackgroundNotification object:nil queue:main usingBlock:cover];
        [centre addObserverForName:UISceneDidActivateNotification object:nil queue:main usingBlock:uncover];
    }
    [centre addObserverForName:UIScreenCapturedDidChangeNotification
                        object:nil
                         queue:main
                    usingBlock:^(NSNotification *) {
                        if (UIScreen.mainScreen.isCaptured)
                            harbourCover();
                        else if (UIApplication.sharedApplication.applicationState == UIApplicationStateActive)
                            harbourUncover();
                    }];
    if (UIScreen.mainScreen.isCaptured)
        harbourCover();
}

bool excludeFromBackup(const QString &path)
{
    // The encrypted outbox and its key stay on this device: not in iCloud or computer backups.
    NSString *native = [NSString stringWithUTF8String:QFile::encodeName(path).constData()];
    NSURL *url = [NSURL fileURLWithPath:native];
    NSError *error = nil;
    return [url setResourceValue:@YES forKey:NSURLIsExcludedFromBackupKey error:&error];
}

} // namespace harbour::platform
