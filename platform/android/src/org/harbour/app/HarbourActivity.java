// SPDX-License-Identifier: GPL-3.0-or-later
// UNTESTED here (no Android SDK, NDK or Qt for Android on this machine). Written against Qt 6.4's
// Java side (org.qtproject.qt.android.*) and Android's documentation; see platform/android/README.md.
package org.harbour.app;

import android.app.ActivityManager;
import android.app.admin.DevicePolicyManager;
import android.content.Context;
import android.os.Build;
import android.os.Bundle;
import android.util.Log;
import android.view.View;
import android.view.WindowManager;

import java.lang.reflect.Field;

import org.qtproject.qt.android.QtActivityDelegate;
import org.qtproject.qt.android.QtNative;
import org.qtproject.qt.android.bindings.QtActivity;

/**
 * Harbour's activity: Qt's, plus what Android needs to protect a report.
 *
 * - FLAG_SECURE: no screenshots, no screen recording, a blank thumbnail in the recent apps.
 * - Lock task (kiosk): on a tablet whose device owner (the organisation's device management)
 *   allows this package, the app is pinned: no home, no recents, no notifications, no way to
 *   another app. On a personal phone this is never permitted and nothing happens.
 * - Incognito keyboard: IME_FLAG_NO_PERSONALIZED_LEARNING on every text field, so keyboards
 *   (Gboard, SwiftKey) do not learn, suggest elsewhere or sync the words of a report. Qt 6.4
 *   does not set it; see installIncognitoEditText() and the README. It is a request that a
 *   keyboard may ignore.
 * - No autofill: autofill services must not offer to save what is typed.
 */
public class HarbourActivity extends QtActivity
{
    private static final String TAG = "Harbour";
    private boolean m_incognitoInstalled = false;

    @Override
    public void onCreate(Bundle savedInstanceState)
    {
        // Before the first frame, so no frame of the app is ever captured or shown in recents.
        getWindow().setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE);
        super.onCreate(savedInstanceState);
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.O) {
            getWindow().getDecorView().setImportantForAutofill(
                    View.IMPORTANT_FOR_AUTOFILL_NO_EXCLUDE_DESCENDANTS);
        }
        installIncognitoEditText();
    }

    @Override
    protected void onResume()
    {
        super.onResume();
        // Qt may create its input view after onCreate: try again until it is in place.
        installIncognitoEditText();
        startLockTaskIfProvisioned();
    }

    /** Kiosk: stay pinned. Only when the device owner allows it, else Android would ask the
     *  person to confirm screen pinning, which means nothing on a personal phone. */
    private void startLockTaskIfProvisioned()
    {
        DevicePolicyManager dpm = (DevicePolicyManager) getSystemService(Context.DEVICE_POLICY_SERVICE);
        ActivityManager am = (ActivityManager) getSystemService(Context.ACTIVITY_SERVICE);
        if (dpm == null || am == null || !dpm.isLockTaskPermitted(getPackageName()))
            return;
        if (am.getLockTaskModeState() == ActivityManager.LOCK_TASK_MODE_NONE) {
            startLockTask();
            getWindow().addFlags(WindowManager.LayoutParams.FLAG_KEEP_SCREEN_ON);
        }
    }

    /**
     * Qt 6.4 routes all text input through one view, QtActivityDelegate.m_editText (a
     * QtEditText), whose onCreateInputConnection() fills the EditorInfo the keyboard reads and
     * offers no hook to add flags. This replaces that view, before Qt first uses it, with a
     * subclass that adds IME_FLAG_NO_PERSONALIZED_LEARNING. It relies on a private field's
     * name, so it checks everything and logs (never crashes) when Qt's internals differ; the
     * sturdier fix is the one-line patch in platform/android/patches/ applied to the Qt for
     * Android build, which makes this a no-op.
     */
    private void installIncognitoEditText()
    {
        if (m_incognitoInstalled || Build.VERSION.SDK_INT < Build.VERSION_CODES.O)
            return;
        try {
            QtActivityDelegate delegate = QtNative.activityDelegate();
            if (delegate == null)
                return; // not created yet; onResume tries again
            Field field = QtActivityDelegate.class.getDeclaredField("m_editText");
            field.setAccessible(true);
            Object current = field.get(delegate);
            if (current instanceof IncognitoEditText) {
                m_incognitoInstalled = true;
                return;
            }
            if (current == null)
                return;
            if (((View) current).getParent() != null) {
                // Already in use: swapping now could break typing. Leave it, and say so.
                Log.w(TAG, "Qt's input view is already in use; the keyboard may learn what is typed "
                        + "(build Qt with platform/android/patches to fix this)");
                m_incognitoInstalled = true;
                return;
            }
            field.set(delegate, new IncognitoEditText(this, delegate));
            m_incognitoInstalled = true;
        } catch (ReflectiveOperationException | ClassCastException e) {
            Log.w(TAG, "cannot ask keyboards not to learn (Qt's internals differ from 6.4): " + e);
            m_incognitoInstalled = true;
        }
    }
}
