#!/usr/bin/python3
"""Queries the editor's accessibility tree (AccessKit → AT-SPI) for the scenarios.

Run with Debian's python3 (python3-pyatspi, GObject introspection), in the D-Bus session of
the app; one command per call, the answer as JSON on stdout:
  a11y.py focused PID            the focused node: {"name", "role", "path"}
  a11y.py find PID NAME [ROLE]   the first node named NAME: {"name", "role", "states"}
  a11y.py click PID NAME [ROLE]  its default action (a button's click)
  a11y.py focus PID NAME [ROLE]  gives it the keyboard (AccessKit's Focus action)
  a11y.py dump PID               every node: role, name, focused
Exit 3 when the app is not on the accessibility bus, 4 when the node is not found.
"""

import json
import sys

import pyatspi


def app_of(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        a = desktop.getChildAtIndex(i)
        try:
            if a is not None and a.get_process_id() == pid:
                return a
        except Exception:
            continue
    return None


def walk(node, path=(), depth=0):
    if node is None or depth > 60:
        return
    yield node, path
    try:
        n = node.childCount
    except Exception:
        return
    for i in range(n):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, path + (i,), depth + 1)


def describe(node, path=()):
    states = node.getState()
    return {
        "name": node.name or "",
        "role": node.getRoleName(),
        "focused": states.contains(pyatspi.STATE_FOCUSED),
        "enabled": states.contains(pyatspi.STATE_ENABLED),
        "path": list(path),
        "text": text_of(node),
    }


def text_of(node):
    try:
        t = node.queryText()
        return t.getText(0, t.characterCount)
    except Exception:
        return None


def find(app, name, role=None):
    for node, path in walk(app):
        try:
            if node.name == name and (role is None or node.getRoleName() == role):
                return node, path
        except Exception:
            continue
    return None, None


def main():
    cmd, pid = sys.argv[1], int(sys.argv[2])
    app = app_of(pid)
    if app is None:
        print(json.dumps({"error": "app %d not on the accessibility bus" % pid}))
        sys.exit(3)
    if cmd == "dump":
        out = []
        for node, path in walk(app):
            try:
                out.append(describe(node, path))
            except Exception:
                continue
        print(json.dumps(out, ensure_ascii=False))
        return
    if cmd == "focused":
        for node, path in walk(app):
            try:
                if node.getState().contains(pyatspi.STATE_FOCUSED):
                    print(json.dumps(describe(node, path), ensure_ascii=False))
                    return
            except Exception:
                continue
        print(json.dumps(None))
        return
    name = sys.argv[3]
    role = sys.argv[4] if len(sys.argv) > 4 else None
    node, path = find(app, name, role)
    if node is None:
        print(json.dumps({"error": "no node named %r" % name}, ensure_ascii=False))
        sys.exit(4)
    if cmd == "find":
        print(json.dumps(describe(node, path), ensure_ascii=False))
    elif cmd == "click":
        action = node.queryAction()
        ok = action.doAction(0)
        print(json.dumps({"clicked": name, "ok": bool(ok)}, ensure_ascii=False))
    elif cmd == "focus":
        ok = node.queryComponent().grabFocus()
        print(json.dumps({"focused": name, "ok": bool(ok)}, ensure_ascii=False))
    else:
        raise SystemExit("unknown command " + cmd)


if __name__ == "__main__":
    main()
