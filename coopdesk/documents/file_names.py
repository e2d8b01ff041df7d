"""Names of the files CoopDesk writes: what a document is, of what, and when.

One rule for the window's save dialogs and the archives the command line writes:
nothing a file system refuses (Windows' reserved characters, "/" everywhere,
control characters), spaces collapsed, no leading or trailing dot, not too long.
"""

from __future__ import annotations

import re

NAME_MAX = 120  # characters of a file name, before its suffix
# What Windows refuses in a file name (and "/" everywhere), and control characters.
_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')


def file_name(*parts: str) -> str:
    """A file name made of `parts` (a document, a date, a title), without what a file
    system refuses, and not too long."""
    name = " ".join(" ".join(_NOT_IN_NAMES.sub(" ", part).split()) for part in parts if part)
    name = name.strip(" .")[:NAME_MAX].rstrip(" .")
    return name or "CoopDesk"
