"""Entry of CoopDesk-window.exe, the windowed Windows program the shortcuts start.

A windowed program has no console, so sys.stdout and sys.stderr are None; the
window needs neither, and a command given to this program writes to the
console of the terminal that started it if there is one (else nowhere): the
command line proper is coopdesk.exe.
"""

from __future__ import annotations

import os
import sys


def attach_to_parent_console() -> None:
    if sys.stdout is not None:
        return
    if os.name == "nt":
        import ctypes

        attach_parent_process = -1
        if ctypes.windll.kernel32.AttachConsole(attach_parent_process):
            sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
            sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
            return
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


if __name__ == "__main__":
    attach_to_parent_console()
    from coopdesk.cli import main

    raise SystemExit(main())
