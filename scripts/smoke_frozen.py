"""Run the frozen app's smoke commands: ``python scripts/smoke_frozen.py APP_FOLDER [--work DIR]``.

Used by ``.ci/run`` (Linux) and ``.github/workflows/windows.yml``. Starts the frozen executables from a
scratch folder outside the checkout with a clean environment (no virtual environment on PATH, no
PYTHONPATH, no PYTHONHOME; a data folder of its own), so a module or data file missing from the
PyInstaller specification fails here: ``init``, ``demo``, ``sites list``, ``select``, ``print site
--pdf`` into a folder with Vietnamese letters and spaces, ``--version`` (the build's lock hash), and the windowed
app offscreen for 1.5 s. This script needs only the standard library (any Python runs it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

LOCK = Path(__file__).resolve().parent.parent / "requirements" / "lock.txt"
EXE = ".exe" if sys.platform == "win32" else ""
# Kept from the caller's environment: what the OS needs to start a program and find a screen/fonts.
KEEP = ("SYSTEMROOT", "SystemRoot", "WINDIR", "TEMP", "TMP", "USERPROFILE", "LOCALAPPDATA", "APPDATA", "HOME",
        "LANG", "LC_ALL", "TZ", "XDG_RUNTIME_DIR", "COMSPEC", "PATHEXT")


def clean_env(work: Path) -> dict[str, str]:
    env = {key: os.environ[key] for key in KEEP if key in os.environ}
    env["PATH"] = os.pathsep.join(["C:\\Windows\\System32", "C:\\Windows"] if sys.platform == "win32"
                                  else ["/usr/bin", "/bin"])
    env["FESTIVAL_PLANNER_DATA_DIR"] = str(work / "data")
    env["FESTIVAL_PLANNER_CONFIG_DIR"] = str(work / "config")
    env["QT_QPA_PLATFORM"] = "offscreen"
    if sys.platform != "win32":
        env.setdefault("LANG", "C.UTF-8")
    return env


def run(app: Path, exe: str, *args: str, env: dict[str, str], cwd: Path) -> str:
    command = [str(app / f"{exe}{EXE}"), *args]
    print("+ " + " ".join(command), flush=True)
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, encoding="utf-8",
                          errors="replace", timeout=600)
    sys.stdout.write(done.stdout[-600:])
    sys.stderr.write(done.stderr[-4000:])
    if done.returncode != 0:
        raise SystemExit(f"frozen smoke test: {exe} {' '.join(args)} exited with {done.returncode}")
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("app", type=Path, help="the built app folder (DIST/festival-planner)")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a new temporary folder)")
    args = parser.parse_args(argv)
    app = args.app.resolve()
    work = (args.work or Path(tempfile.mkdtemp(prefix="fp-frozen-"))).resolve()
    work.mkdir(parents=True, exist_ok=True)
    env = clean_env(work)
    db = str(work / "Dữ liệu thử" / "lễ hội.sqlite")
    out = work / "Tài liệu" / "Kế hoạch 2026"
    out.mkdir(parents=True, exist_ok=True)
    cli = "festival-planner-cli"

    run(app, cli, "init", "--db", db, env=env, cwd=work)
    run(app, cli, "demo", "--db", db, env=env, cwd=work)
    sites = json.loads(run(app, cli, "sites", "list", "--campaign", "2026", "--db", db, "--json", env=env, cwd=work))
    if len(sites) < 25:
        raise SystemExit(f"frozen smoke test: the demo has {len(sites)} sites")
    run(app, cli, "select", "--campaign", "2026", "--count", "25", "--db", db, env=env, cwd=work)
    pdf = out / "Điểm 1.pdf"
    run(app, cli, "print", "site", "--site", str(sites[0]["id"]), "--pdf", str(pdf), "--db", db, env=env, cwd=work)
    if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
        raise SystemExit(f"frozen smoke test: no PDF at {pdf}")
    version = run(app, cli, "--lang", "en", "--version", env=env, cwd=work)
    lock = hashlib.sha256(LOCK.read_bytes()).hexdigest()[:12] if LOCK.exists() else ""
    if "Build " not in version or (lock and f"version lock {lock}" not in version):
        raise SystemExit(f"frozen smoke test: the build does not name this checkout's lock {lock}: {version}")
    # The window for 1.5 s, checking itself (festival_planner/gui/self_check.py: icons, Qt plugins and
    # catalogues, fonts, the guide, the About box, migrations, gazetteer, libraries' data files).
    gui_env = dict(env, FESTIVAL_PLANNER_EXIT_AFTER_MS="1500", FESTIVAL_PLANNER_SELF_CHECK="1")
    run(app, "festival-planner", "gui", "--db", db, env=gui_env, cwd=work)
    log = work / "data" / "logs" / "festival-planner.log"
    text = log.read_text(encoding="utf-8") if log.exists() else ""
    if "self-check: all" not in text or any(bad in text for bad in (" ERROR ", " CRITICAL ", "Traceback")):
        raise SystemExit(f"frozen smoke test: the window's self-check failed; its log:\n{text[-4000:]}")
    print(f"frozen app: ok ({work})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
