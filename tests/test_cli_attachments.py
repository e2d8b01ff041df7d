"""Attached files on the command line (issue #17): `attach` printing the ids, `list`
and `attachment get`, `add attachment` from a script's JSON, bad files refused in one
line with nothing stored, and the report's annex and its archive of signed sheets."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest
from PIL import Image

from tests.conftest import Cli, cli_ok, cli_refused


def _add(cli: Cli, kind: str, data: dict) -> str:
    return cli_ok(cli("add", kind, "--json", json.dumps(data, ensure_ascii=False))).strip()


def _written(path, data: bytes):
    path.write_bytes(data)
    return path


def _pdf(path, marker: bytes = b"0"):
    path.write_bytes(b"%PDF-1.4\n" + marker * 3000 + b"\n%%EOF\n")
    return path


@pytest.fixture
def meetings(cli: Cli) -> dict[str, str]:
    place = _add(cli, "locality", {"name": "Якоруда", "kind": "town"})
    project = _add(
        cli,
        "project",
        {"code": "BG05-0193", "title": "Заедно", "start_date": "2026-01-01", "status": "running"},
    )
    found = {}
    for name, date in (("март", "2026-03-10"), ("април", "2026-04-14"), ("май", "2026-05-12")):
        found[name] = _add(
            cli,
            "meeting",
            {"title": f"Среща {name}", "date": date, "status": "held", "locality_id": place,
             "project_id": project},
        )  # fmt: skip
    return found


def test_attach_prints_the_ids_and_the_file_reads_back_without_its_exif(cli, meetings, tmp_path):
    photo = tmp_path / "IMG_0001.jpg"
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    Image.new("RGB", (3000, 2000), "teal").save(photo, exif=exif.tobytes())
    sheet = _pdf(tmp_path / "лист.pdf")
    out = cli_ok(
        cli("attach", "meeting", meetings["март"], str(sheet), str(photo), "--kind", "signed_sheet")
    )
    ids = out.split()
    assert len(ids) == 2
    listed = json.loads(
        cli_ok(cli("list", "attachment", "--where", f"owner_id={meetings['март']}", "--json"))
    )
    assert sorted(r["id"] for r in listed) == sorted(ids)
    assert {r["file_name"]: r["kind"] for r in listed} == {
        "лист.pdf": "signed_sheet",
        "IMG_0001.jpg": "signed_sheet",
    }
    target = tmp_path / "copy.pdf"
    (pdf_id,) = [r["id"] for r in listed if r["file_name"] == "лист.pdf"]
    assert cli_ok(cli("attachment", "get", pdf_id, "-o", str(target))).strip() == str(target)
    assert target.read_bytes() == sheet.read_bytes()
    assert "exists" in cli_refused(cli("attachment", "get", pdf_id, "-o", str(target)))
    (jpg_id,) = [r["id"] for r in listed if r["file_name"] == "IMG_0001.jpg"]
    stored = tmp_path / "stored.jpg"
    cli_ok(cli("attachment", "get", jpg_id, "-o", str(stored)))
    with Image.open(stored) as image:
        assert max(image.size) == 2000 and not image.getexif()


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda p: p / "missing.pdf", "is not a file that exists"),
        (lambda p: _written(p / "empty.pdf", b""), "is empty"),
        (lambda p: _written(p / "notes.jpg", b"hi"), "neither a PDF"),
        (lambda p: _pdf(p / "scan.jpg"), "named as image/jpeg but its content is"),
        (lambda p: _written(p / "cut.pdf", b"%PDF-1.4\n" + b"1" * 5000), "damaged or cut short"),
    ],
    ids=["missing", "empty", "not evidence", "misnamed", "truncated"],
)
def test_a_bad_file_is_refused_in_one_line_and_none_is_stored(cli, meetings, tmp_path, make, said):
    good = _pdf(tmp_path / "good.pdf")
    bad = make(tmp_path)
    assert said in cli_refused(cli("attach", "meeting", meetings["март"], str(good), str(bad)))
    assert json.loads(cli_ok(cli("list", "attachment", "--json"))) == []


def test_over_the_cap_and_a_record_that_cannot_have_files_are_refused(cli, meetings, tmp_path):
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024) + b"\n%%EOF\n")
    said = cli_refused(cli("attach", "meeting", meetings["март"], str(big), "--cap-mb", "1"))
    assert "over the 1.0 MB a file may have" in said
    said = cli_refused(cli("attach", "locality", meetings["март"], str(_pdf(tmp_path / "a.pdf"))))
    assert "files are attached to meeting, consultation" in said
    said = cli_refused(cli("attach", "meeting", "no-such-id", str(_pdf(tmp_path / "b.pdf"))))
    assert "no meeting" in said


def test_add_attachment_takes_a_files_path_from_a_scripts_json(cli, meetings, tmp_path):
    scan = _pdf(tmp_path / "order.pdf")
    made = _add(
        cli,
        "attachment",
        {"owner_kind": "meeting", "owner_id": meetings["април"], "file": str(scan),
         "kind": "order", "caption": "Заповед № 112", "taken_on": "2026-04-14"},
    )  # fmt: skip
    record = json.loads(cli_ok(cli("get", "attachment", made)))
    assert (record["kind"], record["caption"], record["size"]) == (
        "order",
        "Заповед № 112",
        scan.stat().st_size,
    )
    said = cli_refused(cli("add", "attachment", "--json", json.dumps({"owner_kind": "meeting"})))
    assert "owner_id" in said
    said = cli_refused(
        cli("update", "attachment", made, "--json", json.dumps({"sha256": "0" * 64}))
    )
    assert "given by CoopDesk" in said


def test_the_report_annex_and_the_archive_of_signed_sheets(cli, meetings, tmp_path):
    for name in ("март", "май"):
        scan = _pdf(tmp_path / f"{name}.pdf", name.encode())
        cli_ok(cli("attach", "meeting", meetings[name], str(scan), "--kind", "signed_sheet"))
    cli_ok(cli("attach", "meeting", meetings["май"], str(_pdf(tmp_path / "second.pdf", b"2")),
               "--kind", "signed_sheet"))  # fmt: skip
    archive, table = tmp_path / "visit.zip", tmp_path / "report.csv"
    result = cli(
        "report", "--project", "BG05-0193", "--to", "2026-06-30",
        "-o", str(table), "--evidence-zip", str(archive), "--lang", "en",
    )  # fmt: skip
    out = cli_ok(result)
    assert "3 signed sheets of 3 meetings held; 1 without a signed sheet" in out
    with zipfile.ZipFile(archive) as opened:
        names = sorted(opened.namelist())
        assert names == [
            "2026-03-10 Среща март.pdf",
            "2026-05-12 Среща май (2).pdf",
            "2026-05-12 Среща май.pdf",
            "index.csv",
        ]
        assert opened.read("2026-03-10 Среща март.pdf") == (tmp_path / "март.pdf").read_bytes()
        assert opened.read("2026-05-12 Среща май.pdf") == (tmp_path / "second.pdf").read_bytes()
        index = list(csv.reader(io.StringIO(opened.read("index.csv").decode("utf-8-sig"))))
    assert index[0] == ["Date", "Meeting", "Locality", "Signed sheet"]
    assert [row[3] for row in index[1:]] == [
        "2026-03-10 Среща март.pdf",
        "missing",
        "2026-05-12 Среща май.pdf; 2026-05-12 Среща май (2).pdf",  # by their file names
    ]
    text = table.read_text(encoding="utf-8-sig")
    annex = text[text.index("Annex: means of verification") :]
    rows = list(csv.reader(io.StringIO(annex)))
    assert rows[1] == ["Date", "Meeting", "Locality", "Signed sheet", "Files"]
    assert [(row[1], row[3], row[4]) for row in rows[2:5]] == [
        ("Среща март", "attached", "1"),
        ("Среща април", "missing", "0"),
        ("Среща май", "attached", "2"),
    ]
    assert "must end in .zip" in cli_refused(
        cli("report", "--project", "BG05-0193", "--evidence-zip", str(tmp_path / "x.tar"))
    )
