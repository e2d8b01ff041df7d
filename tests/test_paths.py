"""Where the data and the resource files are found."""

from __future__ import annotations

import sys
import sysconfig
from pathlib import Path

from coopdesk import paths

CHECKOUT_RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def test_a_checkout_finds_the_translations_and_icons_beside_the_package():
    found = paths.resources_directory()
    assert found == CHECKOUT_RESOURCES
    assert (found / "translations" / "coopdesk_bg.qm").is_file()
    assert (found / "icons" / "coopdesk-256.png").is_file()


def test_a_frozen_build_looks_inside_its_bundle(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_directory() == tmp_path / "resources"


def test_an_installed_wheel_looks_under_the_data_path(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "coopdesk"
    package.mkdir(parents=True)
    monkeypatch.setattr(paths, "__file__", str(package / "paths.py"))
    installed = tmp_path / "venv" / paths.INSTALLED_RESOURCES
    (installed / "translations").mkdir(parents=True)
    monkeypatch.setattr(sysconfig, "get_path", lambda name, scheme=None: str(tmp_path / "venv"))
    assert paths.resources_directory() == installed
