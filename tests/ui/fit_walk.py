"""The fit walk: CoopDesk started the user's way on a simulated screen, every section,
record form and main dialog opened in Bulgarian and then in English, and every widget
that does not fit listed (tests/ui/fit.py says what "does not fit" means).

    python -m tests.ui.fit_walk --screen 1366x768 [--scale 1.5] [--json FILE]

The screen. Qt's offscreen platform reads its screens from a JSON file
(`QT_QPA_PLATFORM=offscreen:configfile=FILE`, keys `width`, `height`, `dpr`, …) when
the application starts, so each screen size is a process of its own. That platform
has no taskbar and no window manager: its available geometry is the whole screen and
a window's frame is 2 px. So the screen given to it is the **work area** a real laptop
of that size leaves to windows: the screen less a PANEL_PX taskbar (Windows 10's at
100 %; GNOME's top bar is 32 px, Windows 11's 48). A 1366×768 screen is walked as a
1366×728 one. With `--scale` the walk runs under `QT_SCALE_FACTOR` (the window at 150 %:
the 1366×768 screen less a 60 px taskbar, 911×472 in Qt's logical pixels).

The start. The data directory is made with demo data (fit_places.prepare: scale 1, an
enrolled field device, a person entered twice, a sync folder, an active project) and
the window is started as a person starts it, `coopdesk --data-dir DIR` with
COOPDESK_PASSPHRASE, so the window, its size and its place are those of a real start.
Message boxes are answered by the walk (nothing would block); file dialogs are cancelled.

What is opened (tests/ui/fit_places.py): each section (and each tab in it, a project's
page), the record form of every kind, new and holding a demo record (each from where
the window opens it: the section's list, the parent record's form, the project's page),
a record's history, the print previews, the settings, backups, passphrase and unlock
dialogs, every page of the setup wizard, the merge dialog. A window or dialog that does
not fit the screen is listed, then shrunk to the screen (as a window manager or a
person would) before its contents are checked.

Prints one line per misfit (or `--json FILE`: the screen, the places walked and the
misfits) and exits 0; a walk that cannot open what it should exits 2.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.ui import fit_places
from tests.ui.helpers import settle_workers as settle

PANEL_PX = 40
LANGUAGES = ("bg", "en")
PLANTED = "A planted label whose text is far too long for the width it is given"


@dataclass(frozen=True)
class Screen:
    """A laptop screen: its size in pixels and the window scaling it runs at."""

    width: int
    height: int
    scale: float = 1.0
    panel: int = PANEL_PX  # the taskbar, in the scaled (logical) pixels

    @classmethod
    def parse(cls, text: str, scale: float = 1.0, panel: int = PANEL_PX) -> Screen:
        width, height = (int(part) for part in text.lower().split("x"))
        return cls(width, height, scale, panel)

    @property
    def name(self) -> str:
        scaled = f" at {self.scale * 100:g} %" if self.scale != 1 else ""
        return f"{self.width}×{self.height}{scaled}"

    def work_area(self) -> tuple[int, int]:
        """What the offscreen screen is given, in physical pixels."""
        return self.width, self.height - round(self.panel * self.scale)

    def environment(self, config: Path) -> dict[str, str]:
        """The variables that make Qt's offscreen platform this screen's work area."""
        width, height = self.work_area()
        screen = {"name": "fit", "x": 0, "y": 0, "width": width, "height": height}
        screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
        config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
        variables = {"QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
        if self.scale != 1:
            variables["QT_SCALE_FACTOR"] = f"{self.scale:g}"
        return variables

    def logical_work_area(self) -> tuple[int, int]:
        width, height = self.work_area()
        return round(width / self.scale), round(height / self.scale)


@dataclass
class Walk:
    screen: Screen
    only: tuple[str, ...] = ()
    plant: bool = False
    grab: Path | None = None  # a PNG of each place looked at, into this folder
    language: str = "bg"
    places: list[str] = field(default_factory=list)
    misfits: list[Any] = field(default_factory=list)  # fit.Misfit

    def wanted(self, place: str) -> bool:
        return not self.only or any(place.startswith(prefix) for prefix in self.only)

    def look(self, top: Any, place: str) -> None:
        """Check `top` (shown): first whether it fits the screen (shrunk to it if not),
        then everything in it."""
        from tests.ui import fit

        where = f"{self.language} {self.screen.name} · {place}"
        settle()
        self.places.append(f"{self.language} {place}")
        if self.plant:
            self._plant(top)
        problem = fit.window_problem(top)
        if problem is not None:
            self.misfits.append(fit.Misfit(where, fit.describe(top), top.windowTitle(), problem))
            shrink_to_screen(top)
            settle()
        self.misfits += fit.misfits(top, where, with_window=False)
        if self.grab is not None:
            slug = "".join(c if c.isalnum() else "-" for c in place).strip("-")
            top.grab().save(str(self.grab / f"{self.language}-{slug}.png"))

    def _plant(self, top: Any) -> None:
        """A label too narrow for its text, in the first window looked at (the check of
        the walk itself)."""
        from PySide6.QtWidgets import QLabel

        self.plant = False
        planted = QLabel(PLANTED, top)
        planted.setGeometry(4, 4, 60, planted.sizeHint().height())
        planted.show()

    def opened(
        self, kind: type, trigger: Callable[[], object], inspect: Callable[[Any], None]
    ) -> None:
        """Run `trigger`, which opens a `kind` (modal with exec() or not); `inspect` it
        once it is on screen, then close it."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog

        # The modal dialog on top (every dialog walked is modal, by exec() or open()).
        # Not QApplication.topLevelWidgets(): wrapping each hidden dialog left under the
        # lists again and again crashed Qt after a dozen dialogs.
        before = QApplication.activeModalWidget()
        state: dict[str, Any] = {}

        def poll() -> None:
            if "seen" in state:
                return
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog is before or not isinstance(dialog, kind):
                return
            if not dialog.isVisible():
                return
            state["seen"] = True
            timer.stop()
            try:
                inspect(dialog)
            except BaseException as error:  # raised again after the dialog is closed
                state["error"] = error
            finally:
                if isinstance(dialog, QDialog):
                    dialog.reject()
                else:
                    dialog.close()
                state["done"] = True

        timer = QTimer()
        timer.setInterval(20)
        timer.timeout.connect(poll)
        timer.start()
        trigger()
        deadline = time.monotonic() + 60
        while "done" not in state:
            QApplication.processEvents()
            time.sleep(0.01)
            if time.monotonic() > deadline:
                timer.stop()
                raise TimeoutError(f"no {kind.__name__} opened")
        timer.stop()
        if "error" in state:
            raise state["error"]
        settle()
        gc.collect()  # here, on the GUI thread (automatic collection is off: see run)


def shrink_to_screen(top: Any) -> None:
    """Fit a window into the available geometry, as far as its minimum size lets it."""
    from tests.ui import fit

    available = fit.available_geometry(top)
    frame = top.frameGeometry()
    extra_w, extra_h = frame.width() - top.width(), frame.height() - top.height()
    top.resize(
        min(top.width(), available.width() - extra_w),
        min(top.height(), available.height() - extra_h),
    )
    top.move(available.topLeft())


# -- the whole walk -----------------------------------------------------------------------


def answer_messages() -> list[tuple[str, str]]:
    """Message boxes answered without showing them (nothing may block the walk); file
    and printer dialogs cancelled."""
    from coopdesk.ui.shell import messages

    shown: list[tuple[str, str]] = []

    def said(kind: str, answer: Any) -> Callable[..., Any]:
        def reply(_parent: Any, *args: Any) -> Any:
            shown.append((kind, str(args[-1]) if args else ""))
            return answer

        return reply

    messages.confirm = said("confirm", False)  # type: ignore[assignment]
    messages.ask_save = said("ask_save", "discard")  # type: ignore[assignment]
    for name in ("inform", "warn", "notify"):
        setattr(messages, name, said(name, None))
    for name, answer in (
        ("choose_save_file", ""),
        ("choose_open_files", []),
        ("choose_folder", ""),
        ("ask_text", ""),
        ("choose_printer", False),
    ):
        setattr(messages, name, said(name, answer))
    return shown


def the_window() -> Any:
    from PySide6.QtWidgets import QApplication

    from coopdesk.ui.shell.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and hasattr(widget, "navigation"):
            return widget
    return None


def run(
    screen: Screen, only: tuple[str, ...] = (), plant: bool = False, grab: Path | None = None
) -> dict[str, Any]:
    """The walk in this process (its Qt application not yet made)."""
    with tempfile.TemporaryDirectory(prefix="coopdesk-fit-") as scratch:
        home = Path(scratch)
        os.environ.update(screen.environment(home / "screen.json"))
        os.environ["COOPDESK_PASSPHRASE"] = fit_places.PASSPHRASE
        from PySide6.QtCore import QTimer

        from coopdesk.cli import main as coopdesk
        from coopdesk.ui.shell.application import qt_application

        application = qt_application()
        root = fit_places.prepare(home)
        answer_messages()
        walk = Walk(screen, only, plant, grab)
        outcome: dict[str, Any] = {}

        def walk_all() -> None:
            window = the_window()
            if window is None or not window.isVisible():
                return
            poll.stop()
            try:
                settle()
                for language in LANGUAGES:
                    walk.language = language
                    if language != window.settings.language:
                        window.switch_language(language)
                        settle()
                    fit_places.walk_sections(walk, window)
                    fit_places.walk_forms(walk, window)
                    fit_places.walk_dialogs(walk, window, root)
            except BaseException:
                outcome["error"] = traceback.format_exc()
            window.close()
            application.quit()

        # A collection started on a worker thread (the lists' loads) would delete the
        # dropped dialogs' widgets there and crash; the walk collects on the GUI thread.
        gc.disable()
        poll = QTimer()
        poll.setInterval(50)
        poll.timeout.connect(walk_all)
        poll.start()
        code = coopdesk(["--data-dir", str(root)])
        available = application.primaryScreen().availableGeometry()
        return {
            "screen": screen.name,
            "available": [available.width(), available.height()],
            "exit": code,
            "places": walk.places,
            "misfits": [misfit.as_json() for misfit in walk.misfits],
            "error": outcome.get("error"),
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.ui.fit_walk")
    parser.add_argument("--screen", default="1366x768", help="WIDTHxHEIGHT in pixels")
    parser.add_argument("--scale", type=float, default=1.0, help="window scaling, e.g. 1.5")
    parser.add_argument("--panel", type=int, default=PANEL_PX, help="taskbar height (px)")
    parser.add_argument("--only", action="append", default=[], help="places starting so")
    parser.add_argument("--plant", action="store_true", help="plant a clipped label")
    parser.add_argument("--json", type=Path, help="write the report here")
    parser.add_argument("--grab", type=Path, help="save a PNG of each place into this folder")
    args = parser.parse_args(argv)
    screen = Screen.parse(args.screen, args.scale, args.panel)
    if args.grab is not None:
        args.grab.mkdir(parents=True, exist_ok=True)
    report = run(screen, tuple(args.only), args.plant, args.grab)
    if args.json is not None:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        from tests.ui.fit import Misfit

        for line in grouped([Misfit(**m) for m in report["misfits"]]):
            print(line)
        print(f"{len(report['misfits'])} misfits in {len(report['places'])} places walked")
    if report["error"]:
        print(report["error"], file=sys.stderr)
        return 2
    return 0


def grouped(misfits: list[Any]) -> list[str]:
    """One line per distinct misfit: the same widget, text and problem seen in several
    places (the status bar in every section) is said once, with the count."""
    seen: dict[tuple[str, str, str, str], list[Any]] = {}
    for misfit in misfits:
        language_and_screen = misfit.where.split(" · ")[0]
        seen.setdefault(
            (language_and_screen, misfit.widget, misfit.text, misfit.problem), []
        ).append(misfit)
    lines = []
    for same in seen.values():
        more = f" (and {len(same) - 1} other places)" if len(same) > 1 else ""
        lines.append(same[0].line() + more)
    return lines


if __name__ == "__main__":
    sys.exit(main())
