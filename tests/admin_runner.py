"""Runs `kiosk-admin` in this process, as a function call: the same `main` the installed
command calls, with its output and exit code, without starting a Python for each call.

The few tests that need a real process (a kill mid-import, the installed script) start one.
"""

import contextlib
import io
import subprocess
from pathlib import Path

from kiosk.admin.cli import main

_app = None


def _keep_a_qt_application() -> None:
    """`preview` and the doctor's font check make a QGuiApplication when none exists and drop
    it when done; keep one alive for the whole run instead, so Qt is started once."""
    global _app
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["pytest"])


def kiosk_admin(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """`kiosk-admin ARGS...`: exit code, stdout and stderr, as a CompletedProcess."""
    argv = [str(arg) for arg in args]
    if {"preview", "doctor"} & set(argv):
        _keep_a_qt_application()
    out, err = io.StringIO(), io.StringIO()
    with contextlib.ExitStack() as stack:
        if cwd is not None:
            stack.enter_context(contextlib.chdir(cwd))
        # argparse prints --help and usage errors on sys.stdout / sys.stderr itself
        stack.enter_context(contextlib.redirect_stdout(out))
        stack.enter_context(contextlib.redirect_stderr(err))
        try:
            code = main(argv, out, err)
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
    return subprocess.CompletedProcess(
        ["kiosk-admin", *argv], int(code), out.getvalue(), err.getvalue()
    )
