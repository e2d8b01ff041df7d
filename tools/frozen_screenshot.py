"""A screenshot of the frozen CoopDesk's window on a virtual X display (Xvfb), to
look at what a user of the built folder would see; it also proves the bundled
xcb platform plugin loads.

    .venv/bin/python tools/frozen_screenshot.py OUT.png [DATA_DIR]

Needs Xvfb and ImageMagick's `import`. Without DATA_DIR, a demo database is made
in a temporary folder with the frozen program itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dist" / "CoopDesk" / "coopdesk"
PASSPHRASE = "screenshot passphrase, long enough"
DISPLAY = ":77"


def shoot(output: Path, data_dir: Path, environment: dict[str, str]) -> None:
    server = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1400x900x24", "-nolisten", "tcp"])
    window = None
    try:
        time.sleep(1.5)
        on_x = {**environment, "DISPLAY": DISPLAY, "QT_QPA_PLATFORM": "xcb"}
        window = subprocess.Popen([str(APP), "--data-dir", str(data_dir)], env=on_x)
        time.sleep(8)  # start-up on a busy machine; the window is then idle
        if window.poll() is not None:
            raise SystemExit(f"the frozen window exited with {window.returncode}")
        subprocess.run(["import", "-display", DISPLAY, "-window", "root", str(output)], check=True)
    finally:
        if window is not None:
            window.terminate()
            window.wait(timeout=30)
        server.terminate()
        server.wait(timeout=30)


def main() -> int:
    output = Path(sys.argv[1]).absolute()
    environment = {**os.environ, "COOPDESK_PASSPHRASE": PASSPHRASE}
    with tempfile.TemporaryDirectory(prefix="coopdesk-shot-") as temporary:
        if len(sys.argv) > 2:
            data_dir = Path(sys.argv[2])
        else:
            data_dir = Path(temporary) / "data"
            for command in (["init", "--device-name", "Лаптоп", "--org", "Сдружение"], ["demo"]):
                subprocess.run(
                    [str(APP), "--data-dir", str(data_dir), *command],
                    env={**environment, "QT_QPA_PLATFORM": "offscreen"},
                    check=True,
                    capture_output=True,
                )
        shoot(output, data_dir, environment)
    print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
