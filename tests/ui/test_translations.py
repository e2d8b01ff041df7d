"""Bulgarian is complete: every text of the window has a finished translation."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from coopdesk.ui.shell import labels
from coopdesk.ui.shell.i18n import TRANSLATIONS

ROOT = Path(__file__).resolve().parents[2]


def unfinished(ts: Path) -> list[str]:
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            texts = [f.text for f in translation.iter("numerusform")] or [translation.text]
            kind = translation.get("type")
            if kind in ("unfinished", "vanished", "obsolete") or not all(texts):
                problems.append(f"{name}: {message.findtext('source')!r}")
    return problems


def test_the_bulgarian_catalogue_has_no_unfinished_text():
    assert unfinished(TRANSLATIONS / "coopdesk_bg.ts") == []


def test_english_plurals_have_their_singular_and_plural_forms():
    """English needs a catalogue only for %n texts: "1 record", not "1 record(s)"."""
    english = ET.parse(TRANSLATIONS / "coopdesk_en.ts").getroot()
    plurals = [m for m in english.iter("message") if m.get("numerus") == "yes"]
    assert plurals
    missing = [
        m.findtext("source")
        for m in plurals
        if not all(f.text for f in m.iter("numerusform"))
        or "(s)" in "".join(f.text or "" for f in m.iter("numerusform"))
    ]
    assert missing == []


def test_every_text_of_the_window_is_in_the_catalogue(tmp_path):
    """lupdate over the ui package finds nothing the committed catalogue lacks."""
    fresh = tmp_path / "coopdesk_bg.ts"
    fresh.write_bytes((TRANSLATIONS / "coopdesk_bg.ts").read_bytes())
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "coopdesk" / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-no-obsolete", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert unfinished(fresh) == []


def test_every_code_and_field_has_a_label():
    from coopdesk.domain.schema import KINDS

    assert [c for e, c in labels.all_codes() if not labels.has_label(e, c)] == []
    names = {f.name for spec in KINDS.values() for f in spec.fields}
    assert sorted(n for n in names if not labels.has_field_label(n)) == []


def test_the_compiled_catalogues_are_there():
    for language in ("bg", "en"):
        assert (TRANSLATIONS / f"coopdesk_{language}.qm").stat().st_size > 0


def test_no_window_module_hides_its_texts_from_lupdate():
    """lupdate sees tr() and translate() calls with the text written in them, and texts
    marked QT_TRANSLATE_NOOP; a translate() of a variable in a module without such
    marks (a wrapper like `_tr(text)`) hides its texts, which then stay English."""
    variable_text = re.compile(r"translate\(\s*(\"[^\"]*\"|\w+),\s*[a-z_]\w*\s*[,)]")
    hiding = [
        path.name
        for path in sorted((ROOT / "coopdesk" / "ui").rglob("*.py"))
        if variable_text.search(text := path.read_text(encoding="utf-8"))
        and "QT_TRANSLATE_NOOP" not in text
    ]
    assert hiding == []
