"""Build the one-folder frozen app with PyInstaller: ``python scripts/build_app.py DIST``.

Run it with the interpreter of a virtual environment that holds the app's dependencies and the
``build`` extra, installed with the lock (``pip install -c requirements/lock.txt ".[build]"``). The
app's own code is taken from this checkout (copied into a staging folder as it would be installed:
``resources/`` becomes ``festival_planner/resources``), so an editable install builds the same app.

Writes ``DIST/festival-planner/`` with the windowed ``festival-planner`` and the console
``festival-planner-cli`` (``.exe`` on Windows) and prints the build's size and time. The build records
``festival_planner/build_info.json`` (date, lock hash, versions) for the About box. ``--strict-lock``
refuses to build when an installed version differs from the lock file.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "packaging" / "festival_planner.spec"
LOCK = REPO / "requirements" / "lock.txt"
STAGE_ENV = "FESTIVAL_PLANNER_BUILD_STAGE"
APP_FOLDER = "festival-planner"
_LOCK_LINE = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;#]+)")


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_lock(path: Path = LOCK) -> dict[str, str]:
    """``{normalised name: version}`` of the lock file's ``name==version`` lines."""
    found: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _LOCK_LINE.match(line.strip())
        if match:
            found[_normalise(match.group(1))] = match.group(2)
    return found


def same_version(a: str, b: str) -> bool:
    """Equal as PEP 440 versions (pip freeze writes 1.002 as 1.2)."""
    try:
        from packaging.version import InvalidVersion, Version
    except ImportError:  # packaging comes with PyInstaller; compare the text without it
        return a == b
    try:
        return Version(a) == Version(b)
    except InvalidVersion:
        return a == b


def lock_mismatches(lock: dict[str, str]) -> list[str]:
    """Installed distributions whose version differs from the lock (missing ones are not listed:
    the lock covers every platform's extras, an environment holds a subset)."""
    wrong = []
    for dist in metadata.distributions():
        name = _normalise(dist.metadata["Name"] or "")
        if name in lock and not same_version(lock[name], dist.version):
            wrong.append(f"{name} {dist.version} (lock: {lock[name]})")
    return sorted(wrong)


def build_info() -> dict[str, object]:
    """What the About box says about this build (``festival_planner.build_info.record``: the same keys as a
    pip install shows, with the build's date)."""
    from festival_planner import build_info as info

    return info.record(datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"), LOCK)


def stage(folder: Path, info: dict[str, object]) -> Path:
    """The app's package as installed (``resources/`` inside it), with ``build_info.json``."""
    if folder.exists():
        shutil.rmtree(folder)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    package = folder / "festival_planner"
    shutil.copytree(REPO / "festival_planner", package, ignore=ignore)
    shutil.copytree(REPO / "resources", package / "resources", ignore=ignore)
    (package / "build_info.json").write_text(json.dumps(info, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return folder


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dist", type=Path, help="folder to build into (the app is DIST/festival-planner)")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "pyinstaller",
                        help="PyInstaller's work folder (default: build/pyinstaller)")
    parser.add_argument("--strict-lock", action="store_true",
                        help="refuse to build when an installed version differs from requirements/lock.txt")
    args = parser.parse_args(argv)

    if LOCK.exists():
        wrong = lock_mismatches(read_lock())
        if wrong:
            print("installed versions differ from requirements/lock.txt:\n  " + "\n  ".join(wrong),
                  file=sys.stderr)
            if args.strict_lock:
                return 1
    elif args.strict_lock:
        print(f"no lock file at {LOCK}", file=sys.stderr)
        return 1

    started = time.monotonic()
    dist = args.dist.resolve()
    work = args.work.resolve()
    staged = stage(work / "stage", build_info())
    env = dict(os.environ)
    env[STAGE_ENV] = str(staged)
    env["PYTHONPATH"] = os.pathsep.join([str(staged), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    print("+ " + " ".join(command), flush=True)
    done = subprocess.run(command, env=env, cwd=REPO)
    if done.returncode != 0:
        return done.returncode
    app = dist / APP_FOLDER
    size = folder_size(app)
    print(f"built {app}")
    print(f"build size: {size / 1e6:.1f} MB ({sum(1 for p in app.rglob('*') if p.is_file())} files); "
          f"build time: {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
