"""Evidence files made ready before they are stored: known by their content, photos
turned upright, downscaled and without their EXIF, and every bad file refused in one
line naming it (services/attachment_files.py)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from coopdesk.domain.errors import ValidationError
from coopdesk.services.attachment_files import media_type_of, prepare

GPS, ORIENTATION, SERIAL = 0x8825, 0x0112, 0xA431


def _photo(path: Path, size=(4000, 3000), orientation: int | None = None) -> Path:
    """A phone's photo: GPS and the camera's serial in its EXIF."""
    image = Image.new("RGB", size, (200, 120, 40))
    image.paste((20, 40, 200), (0, 0, size[0] // 4, size[1] // 4))  # a corner to find
    exif = Image.Exif()
    exif[SERIAL] = "SN-4471-2207"
    exif[GPS] = {1: "N", 2: (42.0, 1.0, 12.5), 3: "E", 4: (23.0, 5.0, 50.0)}
    if orientation is not None:
        exif[ORIENTATION] = orientation
    image.save(path, "JPEG", exif=exif, quality=90)
    return path


def _pdf(path: Path, whole: bool = True) -> Path:
    body = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
    path.write_bytes(body + (b"%%EOF\n" if whole else b""))
    return path


def test_a_phone_photo_is_downscaled_and_loses_its_gps_and_serial(tmp_path):
    original = _photo(tmp_path / "IMG_2041.jpg")
    assert Image.open(original).getexif()[SERIAL] == "SN-4471-2207"
    ready = prepare(original)
    assert (ready.media_type, ready.file_name) == ("image/jpeg", "IMG_2041.jpg")
    assert (ready.width, ready.height) == (2000, 1500)
    stored = Image.open(io.BytesIO(ready.content))
    assert stored.size == (2000, 1500)
    assert dict(stored.getexif()) == {}  # no GPS, no serial, nothing
    assert ready.size < original.stat().st_size
    assert len(ready.sha256) == 64


def test_a_photo_taken_sideways_is_stored_upright(tmp_path):
    """EXIF orientation 6: the camera was turned; the stored picture is turned back,
    since the tag that said so is gone."""
    ready = prepare(_photo(tmp_path / "sideways.jpg", size=(3000, 2000), orientation=6))
    assert (ready.width, ready.height) == (1333, 2000)
    stored = Image.open(io.BytesIO(ready.content)).convert("RGB")
    # the blue corner, top left as taken, is top right once upright
    assert stored.getpixel((stored.width - 5, 5))[2] > 150
    assert stored.getpixel((5, 5))[0] > 150


def test_the_original_is_kept_when_asked_and_a_small_picture_never_grows(tmp_path):
    original = _photo(tmp_path / "sheet.jpg")
    kept = prepare(original, keep_original=True)
    assert kept.content == original.read_bytes()
    small = tmp_path / "small.png"
    Image.new("RGB", (640, 480), "white").save(small, "PNG")
    ready = prepare(small, long_edge=2000)
    assert (ready.media_type, ready.width, ready.height) == ("image/png", 640, 480)


def test_a_pdf_is_kept_as_it_is(tmp_path):
    path = _pdf(tmp_path / "заповед.pdf")
    ready = prepare(path)
    assert (ready.media_type, ready.content) == ("application/pdf", path.read_bytes())


def _refused(path: Path, **options) -> str:
    with pytest.raises(ValidationError) as refused:
        prepare(path, **options)
    assert refused.value.field == "file"
    return str(refused.value)


def test_bad_files_are_refused_in_one_line_naming_them(tmp_path):
    assert "is not a file that exists" in _refused(tmp_path / "missing.jpg")
    assert "is not a file that exists" in _refused(tmp_path)  # a folder
    (tmp_path / "empty.pdf").write_bytes(b"")
    assert "empty.pdf is empty" in _refused(tmp_path / "empty.pdf")
    big = _photo(tmp_path / "big.jpg")
    said = _refused(big, cap=100_000)
    assert "big.jpg is" in said and "over the 0.1 MB" in said
    (tmp_path / "notes.pdf").write_text("not a pdf at all", encoding="utf-8")
    assert "neither a PDF nor a photo" in _refused(tmp_path / "notes.pdf")
    disguised = tmp_path / "scan.pdf"
    disguised.write_bytes(_photo(tmp_path / "real.jpg").read_bytes())
    said = _refused(disguised)
    assert "scan.pdf is named as application/pdf but its content is image/jpeg" in said
    assert "\n" not in said


def test_a_picture_or_pdf_cut_short_is_refused_as_damaged(tmp_path):
    whole = _photo(tmp_path / "whole.jpg").read_bytes()
    (tmp_path / "cut.jpg").write_bytes(whole[: len(whole) // 2])
    assert "cut.jpg is damaged or cut short" in _refused(tmp_path / "cut.jpg")
    assert "is damaged" in _refused(_pdf(tmp_path / "cut.pdf", whole=False))


def test_an_image_claiming_too_many_pixels_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000_000)  # a 12 Mpx photo is 12×
    said = _refused(_photo(tmp_path / "bomb.jpg"))
    assert "claims more pixels" in said


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"RIFF\x10\x00\x00\x00WAVEfmt ", None),  # a sound, not a picture
        (b"%PDF-1.4\n", "application/pdf"),
        (b"PK\x03\x04", None),  # a zip (docx, xlsx): not evidence this version reads
        (b"", None),
    ],
)
def test_the_kind_is_read_from_the_first_bytes(head, expected):
    assert media_type_of(head) == expected
