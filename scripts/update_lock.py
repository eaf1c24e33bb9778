"""Refresh ``requirements/lock.txt``: ``python scripts/update_lock.py``.

Makes a fresh virtual environment in a temporary folder, installs the project with the ``test`` and
``build`` extras (the newest versions ``pyproject.toml`` allows), runs ``pip freeze`` there and writes
every package except the project itself to the lock. Run the test suite and the frozen build
(``.ci/run``) before committing the new lock: CI installs exactly these versions (``PIP_CONSTRAINT``)
and the Windows workflow and ``scripts/build_app.py --strict-lock`` build with them.

The lock is made on Linux: a package that only Windows installs (``pywin32-ctypes``, ``pefile`` for
PyInstaller, ``colorama`` for pytest) is not listed and takes the newest version there; ``tzdata`` is.
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LOCK = REPO / "requirements" / "lock.txt"
EXTRAS = "test,build"
HEADER = """\
# The exact versions CI tested: constraints for pip (pip install -c requirements/lock.txt ".[test]").
# Made by scripts/update_lock.py on {system} with Python {python} from ".[{extras}]"; do not edit by hand.
"""


def freeze(python: Path) -> list[str]:
    """``name==version`` lines of the environment of ``python``, without the project itself."""
    out = subprocess.run([str(python), "-m", "pip", "freeze", "--exclude-editable", "--all"], check=True,
                         capture_output=True, text=True).stdout
    lines = []
    for line in out.splitlines():
        name = line.split("==", 1)[0].strip().lower().replace("_", "-")
        if "==" not in line or name in ("festival-planner", "pip", "setuptools", "wheel"):
            continue
        lines.append(line.strip())
    return sorted(lines, key=lambda line: line.split("==", 1)[0].lower())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=LOCK, help="the lock file to write")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="fp-lock-") as folder:
        env_dir = Path(folder) / "venv"
        venv.create(env_dir, with_pip=True)
        python = env_dir / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
        subprocess.run([str(python), "-m", "pip", "install", "-q", f"{REPO}[{EXTRAS}]"], check=True)
        lines = freeze(python)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    header = HEADER.format(system=f"{platform.system()} {platform.machine()}", python=platform.python_version(),
                           extras=EXTRAS)
    args.output.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.output}: {len(lines)} packages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
