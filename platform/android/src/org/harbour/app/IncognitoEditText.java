// SPDX-License-Identifier: GPL-3.0-or-later
// UNTESTED here (no Android toolchain). Qt 6.4: QtEditText is public, with a public
// (Context, QtActivityDelegate) constructor; later Qt versions changed both (see README).
package org.harbour.app;

import android.content.Context;
import android.view.inputmethod.EditorInfo;
import android.view.inputmethod.InputConnection;

import org.qtproject.qt.android.QtActivityDelegate;
import org.qtproject.qt.android.QtEditText;

/** Qt's input view, asking keyboards not to learn from or remember what is typed (API 26+). */
public class IncognitoEditText extends QtEditText
{
    public IncognitoEditText(Context context, QtActivityDelegate delegate)
    {
        super(context, delegate);
    }

    @Override
    public InputConnection onCreateInputConnection(EditorInfo outAttrs)
    {
        InputConnection connection = super.onCreateInputConnection(outAttrs);
        outAttrs.imeOptions |= EditorInfo.IME_FLAG_NO_PERSONALIZED_LEARNING;
        return connection;
    }
}
