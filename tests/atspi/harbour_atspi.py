# SPDX-License-Identifier: GPL-3.0-or-later
"""Drive Harbour the way a screen-reader user does: through the AT-SPI accessibility tree.

Run inside `xvfb-run -a dbus-run-session -- ...` (see run-under-xvfb.sh); this module starts
the accessibility bus, launches Harbour with Qt's AT-SPI bridge on, and finds controls by
role and accessible name.
"""
import os
import subprocess
import time

import pyatspi
from gi.repository import Atspi

INTERACTIVE_ROLES = {
    "push button", "check box", "radio button", "text", "entry", "link", "combo box",
    "toggle button", "spin button", "slider", "menu item", "page tab", "password text",
}
EDITABLE_ROLES = {"text", "entry", "password text"}


def start_accessibility_bus():
    launcher = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    return launcher


class Harbour:
    """One running Harbour process and its accessibility tree."""

    def __init__(self, binary, args, env_extra, log_path, app_names=("Harbour",)):
        env = dict(os.environ)
        env.update({"QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb", "TZ": "UTC"})
        env.update(env_extra)
        self.log = open(log_path, "ab")
        self.process = subprocess.Popen([binary] + args, env=env, stdout=self.log, stderr=self.log)
        self.app = None
        deadline = time.time() + 30
        while time.time() < deadline and self.app is None and self.process.poll() is None:
            for app in pyatspi.Registry.getDesktop(0):
                try:
                    if app is not None and app.name in app_names and app.get_process_id() == self.process.pid:
                        self.app = app
                except Exception:
                    pass
            if self.app is None:
                time.sleep(0.3)
        if self.app is None:
            self.log.flush()
            with open(log_path, "rb") as f:
                tail = f.read()[-2000:].decode("utf-8", "replace")
            state = "still running" if self.process.poll() is None else "ended with %r" % self.process.returncode
            raise RuntimeError("Harbour did not appear on the accessibility bus (the process %s); "
                               "the end of its log:\n%s" % (state, tail))
        self.wait_for(lambda: self.showing(), "any content")

    # --- reading the tree -------------------------------------------------------------
    def _walk(self, node, out, in_page=False):
        """Collects what a screen-reader user can reach now.

        Qt 6.4 reports a control scrolled out of the page's viewport as not VISIBLE, the same
        as a hidden one, yet a screen-reader user reaches it by moving through the page. So
        inside the current page (the VISIBLE page tab) everything with a size counts; pages
        lower in the stack (not VISIBLE) and hidden overlays do not.
        """
        try:
            states = node.getState()
            visible = states.contains(pyatspi.STATE_VISIBLE)
            role = node.getRoleName()
            if role == "page tab":
                if not visible:
                    return
                in_page = True
            elif not visible:
                if not in_page:
                    return
                extents = _extents(node)
                if extents is None or extents.width <= 0 or extents.height <= 0:
                    return
            out.append(node)
            for i in range(node.childCount):
                child = node.getChildAtIndex(i)
                if child is not None:
                    self._walk(child, out, in_page)
        except Exception:
            # Nodes vanish while pages change; the next look sees the new tree.
            pass

    def showing(self):
        out = []
        try:
            for i in range(self.app.childCount):
                self._walk(self.app.getChildAtIndex(i), out)
        except Exception:
            return []
        return out

    def interactive(self):
        return [n for n in self.showing() if safe_role(n) in INTERACTIVE_ROLES]

    def find(self, name, roles=None, timeout=10.0):
        def look():
            hits = [n for n in self.showing() if safe_name(n) == name and (roles is None or safe_role(n) in roles)]
            return hits[0] if len(hits) == 1 else None
        return self.wait_for(look, "one control named %r" % name, timeout)

    def has(self, name, roles=None):
        return any(safe_name(n) == name and (roles is None or safe_role(n) in roles) for n in self.showing())

    def screen_text(self):
        """Everything a screen reader could read out now: names, descriptions and text content."""
        parts = []
        for n in self.showing():
            parts.append(safe_name(n))
            try:
                parts.append(n.description or "")
                text = n.queryText()
                parts.append(text.getText(0, text.characterCount))
            except Exception:
                pass
        return "\n".join(parts)

    def wait_for(self, predicate, what, timeout=10.0):
        deadline = time.time() + timeout
        while True:
            value = predicate()
            if value:
                return value
            if time.time() > deadline:
                names = [(safe_role(n), safe_name(n)) for n in self.interactive()]
                raise AssertionError("timed out waiting for %s; showing: %r" % (what, names))
            time.sleep(0.2)

    # --- acting -----------------------------------------------------------------------
    def press(self, name, roles=("push button", "link", "check box", "radio button")):
        node = self.find(name, set(roles))
        do_default_action(node)
        time.sleep(0.4)  # page transitions take input only when they have finished
        return node

    def type_into(self, node, text):
        """Focuses a field through the accessibility tree, then types real key strokes (XTEST).

        Qt 6.4 exposes no EditableText interface for Qt Quick fields, and typing is what a
        person (or a volunteer at a kiosk) does anyway.
        """
        action = node.queryAction()
        names = [action.getName(i).lower() for i in range(action.nActions)]
        if "setfocus" in names:
            action.doAction(names.index("setfocus"))
        else:
            node.queryComponent().grabFocus()
        self.wait_for(lambda: node.getState().contains(pyatspi.STATE_FOCUSED), "focus in the field", 5)
        windows = subprocess.run(["xdotool", "search", "--pid", str(self.process.pid)],
                                 capture_output=True, text=True).stdout.split()
        if windows:
            subprocess.run(["xdotool", "windowfocus", "--sync", windows[-1]], check=False)
        subprocess.run(["xdotool", "type", "--delay", "8", text], check=True)

        def arrived():
            content = node.queryText()
            return text in content.getText(0, content.characterCount)
        self.wait_for(arrived, "the typed text in the field", 5)

    def clear_field(self, node):
        """Selects everything in a field and deletes it, with real key strokes."""
        action = node.queryAction()
        names = [action.getName(i).lower() for i in range(action.nActions)]
        if "setfocus" in names:
            action.doAction(names.index("setfocus"))
        self.wait_for(lambda: node.getState().contains(pyatspi.STATE_FOCUSED), "focus in the field", 5)
        subprocess.run(["xdotool", "key", "ctrl+a", "BackSpace"], check=True)
        time.sleep(0.2)

    def exited(self, timeout):
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()


def _extents(node):
    """The node's on-screen rectangle, or None when it has none.

    Qt 6.4 offers the Component interface (extents) only for an object whose rectangle is not
    empty when a client first asks; a control hidden when the page was built has a zero size
    then, and libatspi keeps that first interface list for the object. Once the control is shown
    Qt does offer Component (a fresh client sees it), so drop the stale cached list and ask again.
    """
    try:
        return node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    except NotImplementedError:
        Atspi.Accessible.clear_cache(node)
        try:
            return node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        except NotImplementedError:
            return None


def safe_name(node):
    try:
        return node.name or ""
    except Exception:
        return ""


def safe_role(node):
    try:
        return node.getRoleName()
    except Exception:
        return ""


def do_default_action(node):
    action = node.queryAction()
    names = [action.getName(i).lower() for i in range(action.nActions)]
    for preferred in ("press", "toggle", "click"):
        if preferred in names:
            action.doAction(names.index(preferred))
            return
    if action.nActions:
        action.doAction(0)
        return
    raise AssertionError("%r has no action" % safe_name(node))
