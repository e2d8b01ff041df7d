"""Pictures of every screen on demo data, in Bulgarian and in English.

    .venv/bin/python tools/screenshots.py OUT_DIR [--scale N] [--docs] [--screens DIR]
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py OUT_DIR --docs

Builds a throw-away data directory with `coopdesk demo`-like data, opens the
main window at 1366×768 and saves one PNG per section (and a project's page) and
per record form, the Reports section's charts and tables, the preview of a
meeting's minutes, a meeting's named list with suggestions open under a row
being typed (`--docs`: the Bulgarian one also to docs/window-participants-bg.png), and
a coordination body's page: its members, sessions planned and held, attendance
(`--docs`: docs/window-body-bg.png), and a meeting's files: a signed sheet, a photo
and its agenda (`--docs`: docs/window-files-bg.png).

`--screens DIR` (with `--docs`: docs/screens) also saves the set issue #21 asks for,
named `<lang>-<name>.png`: every section and every tab in it (`section-…`), a
project's page, the main record forms new and stored (`form-…`), and the main dialogs
(`dialog-…`: settings, backups, passphrase, unlock and its refusal, each page of the
setup wizard, the print previews, the merge dialog, a record's history), each dialog
opened the way the window opens it and pictured at the size it opens at.
Runs offscreen unless a display is set (e.g. under xvfb-run: the window is then on a
real X screen of 1366×768; no window manager, so no title bars).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QScrollArea

from coopdesk import app as composition
from coopdesk.demo.generate import generate_demo
from coopdesk.domain.schema import KINDS
from coopdesk.services import catalog, people, records
from coopdesk.services.records import ListQuery
from coopdesk.store.database import Store
from coopdesk.ui.meetings.participant_model import COLUMNS
from coopdesk.ui.meetings.participant_table import NameEditor, ParticipantTable
from coopdesk.ui.papers.paper_actions import make_paper_pdf, title_of
from coopdesk.ui.papers.pdf_preview import PdfPreview
from coopdesk.ui.protection.unlock import UnlockDialog
from coopdesk.ui.records.record_dialog import RecordDialog
from coopdesk.ui.shell import i18n
from coopdesk.ui.shell.application import qt_application
from coopdesk.ui.shell.main_window import SECTION_NAMES, MainWindow
from coopdesk.ui.shell.settings import Settings
from coopdesk.ui.shell.wizard import SetupWizard

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tools/ run as a script
import screen_set

SECTIONS = SECTION_NAMES[: SECTION_NAMES.index("reports")]  # Reports has two pictures
FORMS = ("meeting", "consultation", "person", "appointment")
PASSPHRASE = "screenshots only 2026"
DOCS = Path(__file__).resolve().parent.parent / "docs"


def settle(application: QApplication, window: MainWindow) -> None:
    """Let the lists' workers bring their rows before a picture is taken."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        application.processEvents()
        lists_loading = any(view.model.loading for view in window.lists.values())
        reports = getattr(window, "_reports", None)  # made when the section is first shown
        if not lists_loading and not (reports is not None and reports.computing):
            break
        time.sleep(0.01)
    application.processEvents()


def participants_picture(application: QApplication, store: Store, window: MainWindow) -> QPixmap:
    """A held meeting's form scrolled to its named list, a row being typed and the
    persons it may be suggested under it (the popup drawn onto the dialog's picture)."""
    held = records.list_records(
        store, KINDS["meeting"], ListQuery(equals={"status": "held"}, order=("-date",), limit=50)
    )
    # A recent meeting with a named list of a few rows, so that the new row shows among them.
    rows = {m["id"]: len(people.participant_rows(store, m["id"])) for m in held}
    meeting = next((m for m in held if 3 <= rows[m["id"]] <= 8), held[0])
    # The first name and the start of a surname that most persons share: namesakes.
    starts = Counter(
        " ".join((words[0], words[-1][:1]))
        for p in records.list_records(store, KINDS["person"])
        if p["full_name"] and len(words := p["full_name"].split()) > 1
    )
    typed = max(sorted(starts), key=lambda start: min(starts[start], 5))
    dialog = RecordDialog(store, KINDS["meeting"], meeting["id"], parent=window)
    dialog.show()
    application.processEvents()
    table = dialog.children_tables["participant"]
    assert isinstance(table, ParticipantTable)
    dialog.findChild(QScrollArea).ensureWidgetVisible(table, 0, 0)
    application.processEvents()
    table.add()
    name_column = COLUMNS.index("name")  # (the consent comes first on a row)
    editor = table.view.indexWidget(table.model.index(table.selected_row(), name_column))
    assert isinstance(editor, NameEditor)
    editor.setText(typed)
    editor.suggest(typed)
    for _ in range(5):
        application.processEvents()
        time.sleep(0.05)
    picture = dialog.grab()
    popup = editor.completer.popup()
    if popup.isVisible():
        painter = QPainter(picture)
        at = dialog.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0)))
        painter.drawPixmap(at, popup.grab())
        painter.end()
    popup.hide()
    catalog.operations("participant").delete(store, table.model.id_at(table.selected_row()))
    dialog.form.snapshot = dialog.form.values()
    dialog.close()
    return picture


def body_picture(application: QApplication, store: Store, window: MainWindow) -> QPixmap:
    """The page of the body that held the most sessions, its figures counted, scrolled
    to its members and the panel of sessions planned and held."""
    sessions = Counter(
        m["body_id"] for m in records.list_records(store, KINDS["meeting"]) if m["body_id"]
    )
    body_id, _count = sessions.most_common(1)[0]
    dialog = RecordDialog(store, KINDS["body"], body_id, parent=window)
    dialog.show()
    assert dialog.sessions is not None
    dialog.sessions.date_from.set_value(store.today() - timedelta(days=729))  # two years
    dialog.sessions.refresh()
    deadline = time.monotonic() + 30
    while dialog.sessions.figures is None:
        application.processEvents()
        time.sleep(0.01)
        if time.monotonic() > deadline:
            break
    dialog.findChild(QScrollArea).ensureWidgetVisible(dialog.sessions, 0, 0)
    application.processEvents()
    picture = dialog.grab()
    dialog.close()
    return picture


def attach_evidence(store: Store, folder: Path) -> str:
    """The latest held meeting given a signed sheet's scan, a photo and its agenda; its id."""
    from PIL import Image, ImageDraw

    from coopdesk.services import attachments

    held = records.list_records(
        store, KINDS["meeting"], ListQuery(equals={"status": "held"}, order=("-date",))
    )
    meeting = held[0]
    sheet = folder / "присъствен-лист.jpg"
    page = Image.new("RGB", (2480, 3508), "white")
    draw = ImageDraw.Draw(page)
    for y in range(300, 3300, 120):
        draw.line((150, y, 2330, y), fill="black", width=4)
        draw.line((1700, y + 30, 1700 + (y * 37) % 500, y + 90), fill="navy", width=6)
    page.save(sheet, quality=88)
    photo = folder / "IMG_2041.jpg"
    Image.blend(
        Image.effect_noise((4000, 3000), 60).convert("RGB"),
        Image.linear_gradient("L").resize((4000, 3000)).convert("RGB"),
        0.6,
    ).save(photo, quality=90)
    agenda = folder / "програма.pdf"
    agenda.write_bytes(make_paper_pdf(store, "minutes", meeting["id"], "bg"))
    for path, kind, caption in (
        (sheet, "signed_sheet", "Подписан присъствен лист"),
        (photo, "photo", "Участниците в читалището"),
        (agenda, "agenda", None),
    ):
        options = attachments.Options(kind=kind, caption=caption, taken_on=meeting["date"])
        attachments.attach(store, "meeting", meeting["id"], [path], options)
    return str(meeting["id"])


def files_picture(
    application: QApplication, store: Store, window: MainWindow, meeting_id: str
) -> QPixmap:
    """A meeting's form scrolled to its files: a signed sheet, a photo and a PDF."""
    dialog = RecordDialog(store, KINDS["meeting"], meeting_id, parent=window)
    dialog.show()
    assert dialog.files is not None
    shown: list[bool] = []
    dialog.files.thumbnails_shown.connect(lambda: shown.append(True))
    deadline = time.monotonic() + 30
    while not shown and time.monotonic() < deadline:  # the thumbnails come from a worker
        application.processEvents()
        time.sleep(0.01)
    dialog.findChild(QScrollArea).ensureWidgetVisible(dialog.files, 0, 0)
    dialog.files.files.setCurrentRow(0)
    application.processEvents()
    picture = dialog.grab()
    dialog.close()
    return picture


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument(
        "--docs", action="store_true", help="also refresh the pictures docs/ shows that it makes"
    )
    parser.add_argument(
        "--screens",
        type=Path,
        help="also save every section and main dialog here as <lang>-<name>.png "
        "(with --docs: docs/screens)",
    )
    args = parser.parse_args()
    screens = args.screens or (DOCS / "screens" if args.docs else None)
    args.out.mkdir(parents=True, exist_ok=True)
    application = qt_application()
    with tempfile.TemporaryDirectory() as home:
        context = composition.make_context(home, PASSPHRASE)
        store = composition.create_store(
            context, PASSPHRASE, "Лаптоп Якоруда", "Сдружение „Бъдеще“"
        )
        generate_demo(store, scale=args.scale)
        if screens is not None:
            screen_set.enter_twice(store)  # a pair for the merge dialog
        with_files = attach_evidence(store, Path(home))
        for language in ("bg", "en"):
            settings = Settings(Path(home))
            settings.language = language
            i18n.install(language)
            window = MainWindow(store, context, settings)
            window.resize(1366, 768)
            window.show()
            for row, name in enumerate(SECTIONS):
                window.navigation.setCurrentRow(row)
                settle(application, window)
                window.grab().save(str(args.out / f"{language}-{row}-{name}.png"))
            projects = records.list_records(store, KINDS["project"])
            if projects:  # a project's page: its facts and its indicators' progress
                row = SECTION_NAMES.index("projects")
                window.navigation.setCurrentRow(row)
                page = window.projects.page
                window.projects.open_project(projects[0]["id"])
                deadline = time.monotonic() + 30
                while page.computing and time.monotonic() < deadline:
                    application.processEvents()
                    time.sleep(0.01)
                application.processEvents()
                window.grab().save(str(args.out / f"{language}-{row}-project-page.png"))
                window.projects.show_list()
            row = SECTION_NAMES.index("reports")
            window.navigation.setCurrentRow(row)
            settle(application, window)
            for tab in range(window.reports.tabs.count()):
                window.reports.tabs.setCurrentIndex(tab)
                application.processEvents()
                name = ("charts", "tables")[tab]
                window.grab().save(str(args.out / f"{language}-{row}-reports-{name}.png"))
            window.reports.tabs.setCurrentIndex(0)
            held = records.list_records(
                store, KINDS["meeting"], ListQuery(equals={"status": "held"}, order=("-date",))
            )
            pdf = make_paper_pdf(store, "minutes", held[0]["id"], language)
            preview = PdfPreview(pdf, title_of("minutes"), "minutes.pdf", window)
            preview.resize(900, 760)
            preview.show()
            for _ in range(20):  # the view renders its pages in the background
                application.processEvents()
                time.sleep(0.05)
            preview.grab().save(str(args.out / f"{language}-preview-minutes.png"))
            preview.close()
            picture = participants_picture(application, store, window)
            picture.save(str(args.out / f"{language}-participants.png"))
            if args.docs and language == "bg":
                picture.save(str(DOCS / "window-participants-bg.png"))
            picture = body_picture(application, store, window)
            picture.save(str(args.out / f"{language}-body-page.png"))
            if args.docs and language == "bg":
                picture.save(str(DOCS / "window-body-bg.png"))
            picture = files_picture(application, store, window, with_files)
            picture.save(str(args.out / f"{language}-meeting-files.png"))
            if args.docs and language == "bg":
                picture.save(str(DOCS / "window-files-bg.png"))
            for kind in FORMS:
                view = window.section_widget(kind)
                view.ensure_loaded()
                settle(application, window)
                dialog = RecordDialog(store, KINDS[kind], view.model.id_at(0), parent=window)
                dialog.show()
                application.processEvents()
                dialog.grab().save(str(args.out / f"{language}-form-{kind}.png"))
                dialog.form.snapshot = dialog.form.values()
                dialog.close()
            wizard = SetupWizard(language)
            wizard.show()
            wizard.next()
            application.processEvents()
            wizard.grab().save(str(args.out / f"{language}-wizard.png"))
            wizard.close()
            unlock = UnlockDialog(lambda _p: store, home)
            unlock.show()
            application.processEvents()
            unlock.grab().save(str(args.out / f"{language}-unlock.png"))
            unlock.close()
            if screens is not None:
                saved = screen_set.save_screen_set(application, store, window, language, screens)
                print(f"{len(saved)} pictures in {screens} ({language})")
            window.close()
        store.close()
    print(f"screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
