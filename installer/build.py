"""Build the frozen CoopDesk (PyInstaller, one folder) and, if asked, its installers.

    python installer/build.py              # dist/CoopDesk/coopdesk (coopdesk.exe on Windows)
    python installer/build.py --package    # and dist/CoopDesk-VERSION-linux-x86_64.tar.gz
                                           # (+ .AppImage with appimagetool), or on Windows
                                           # dist/CoopDesk-VERSION-setup.exe with Inno Setup

Needs the `build` extra: pip install -e '.[build]'. The version comes from
coopdesk/__init__.py (pyproject.toml reads it from there too).
"""

from __future__ import annotations

import argparse
import ast
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
WINDOWS = sys.platform == "win32"
# Inno Setup's compiler, where its installer puts it when it is not on PATH.
ISCC_PLACES = (
    Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Inno Setup 6",
    Path(os.environ.get("LOCALAPPDATA", "")) / "Programs" / "Inno Setup 6",
)


def version() -> str:
    """`__version__` of coopdesk/__init__.py, read without importing the package."""
    tree = ast.parse((ROOT / "coopdesk" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, str)
            return value
    raise SystemExit("coopdesk/__init__.py has no __version__")


def freeze(clean: bool) -> Path:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
    ]
    if clean:
        command.append("--clean")
    subprocess.run([*command, str(INSTALLER / "coopdesk.spec")], check=True, cwd=ROOT)
    executable = DIST / "CoopDesk" / ("coopdesk.exe" if WINDOWS else "coopdesk")
    if not executable.is_file():
        raise SystemExit(f"PyInstaller finished but {executable} is missing")
    return executable


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def package_windows(app_version: str) -> None:
    iscc = shutil.which("ISCC") or next(
        (str(p / "ISCC.exe") for p in ISCC_PLACES if (p / "ISCC.exe").is_file()), None
    )
    if iscc is None:
        raise SystemExit("Inno Setup's ISCC.exe was not found: see installer/README.md")
    script = INSTALLER / "windows" / "coopdesk.iss"
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={app_version}",
            f"/DSourceDir={DIST / 'CoopDesk'}",
            f"/O{DIST}",
            str(script),
        ],
        check=True,
    )


def package_linux(app_version: str) -> None:
    machine = platform.machine() or "x86_64"
    subprocess.run(
        [
            "sh",
            str(INSTALLER / "linux" / "package.sh"),
            str(DIST / "CoopDesk"),
            app_version,
            machine,
            str(DIST),
        ],
        check=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", action="store_true", help="also make the installers")
    parser.add_argument("--clean", action="store_true", help="rebuild PyInstaller's cache")
    args = parser.parse_args()
    app_version = version()
    started = time.monotonic()
    executable = freeze(args.clean)
    size = folder_size(executable.parent) / 1e6
    print(
        f"built {executable} (CoopDesk {app_version}, {size:.1f} MB, "
        f"{time.monotonic() - started:.0f} s)"
    )
    if args.package:
        if WINDOWS:
            package_windows(app_version)
        else:
            package_linux(app_version)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
