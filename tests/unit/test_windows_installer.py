"""The Windows installer's script (packaging/windows/festival-planner.iss) speaks Vietnamese and carries the
app's icon. Inno Setup does not run here (README "Windows"), so the files it reads are checked as text:
the language file it lists exists, is UTF-8 with a byte-order mark (how Inno Setup 6 reads non-ASCII), has
every message of the pages a per-user install and its uninstaller show, each in Vietnamese and keeping the
placeholders Inno Setup fills in."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

WINDOWS = Path(__file__).resolve().parents[2] / "packaging" / "windows"
ISS = WINDOWS / "festival-planner.iss"

# The messages of the wizard's pages for this script (welcome, tasks, ready, installing, finished), its
# buttons, the exit question and the uninstaller — with the placeholders Default.isl's text carries.
SHOWN = {
    "SetupWindowTitle": ["%1"], "ExitSetupTitle": [], "ExitSetupMessage": [], "ButtonBack": [], "ButtonNext": [],
    "ButtonInstall": [], "ButtonCancel": [], "ButtonFinish": [], "ButtonYes": [], "ButtonNo": [], "ButtonOK": [],
    "WelcomeLabel1": ["[name]"], "WelcomeLabel2": ["[name/ver]"], "WizardSelectTasks": [],
    "SelectTasksDesc": [], "SelectTasksLabel2": ["[name]"], "WizardReady": [], "ReadyLabel1": ["[name]"],
    "ReadyLabel2a": [], "ReadyMemoTasks": [], "WizardInstalling": [], "InstallingLabel": ["[name]"],
    "FinishedHeadingLabel": ["[name]"], "FinishedLabel": ["[name]"], "ClickFinish": [], "RunEntryExec": ["%1"],
    "StatusExtractFiles": [], "StatusCreateIcons": [], "WizardPreparing": [], "ApplicationsFound": [],
    "CloseApplications": [], "DontCloseApplications": [], "ConfirmUninstall": ["%1"],
    "UninstallAppFullTitle": ["%1"], "UninstallStatusLabel": ["%1"], "UninstalledAll": ["%1"],
    "WizardUninstalling": [], "StatusUninstalling": ["%1"],
}
# Words of Inno Setup's English defaults for these messages.
ENGLISH = re.compile(r"\b(the|Setup|Next|Cancel|Finish|Install|Installing|Back|Yes|No|OK|Click|Please|wait|"
                     r"folder|computer|Ready|Create|desktop|shortcuts?|Launch|Uninstall|Exit|Welcome|Wizard)\b")
CUSTOM = {"CreateDesktopIcon": [], "AdditionalIcons": [], "LaunchProgram": ["%1"]}


def read_isl(path: Path) -> configparser.ConfigParser:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup 6 needs the byte-order mark to read UTF-8"
    parser = configparser.ConfigParser(interpolation=None, comment_prefixes=(";",), delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # message names are case-sensitive
    parser.read_string(raw[3:].decode("utf-8"))
    return parser


def test_the_installer_speaks_vietnamese_on_every_page_it_shows() -> None:
    script = ISS.read_text(encoding="utf-8")
    files = re.search(r'^Name: "vietnamese"; MessagesFile: "([^"]+)"', script, re.MULTILINE)
    assert files is not None, "the installer's language is not Vietnamese"
    listed = files.group(1).split(",")
    assert listed[0] == "compiler:Default.isl" and listed[-1] == "Vietnamese.isl"  # ours overrides the defaults
    isl = read_isl(WINDOWS / "Vietnamese.isl")
    assert isl["LangOptions"]["LanguageName"] == "Tiếng Việt" and isl["LangOptions"]["LanguageID"] == "$042A"
    for section, wanted in (("Messages", SHOWN), ("CustomMessages", CUSTOM)):
        for name, placeholders in wanted.items():
            text = isl[section].get(name)
            assert text, f"{name} is not translated"
            assert not ENGLISH.search(text), f"{name} looks untranslated: {text!r}"
            for placeholder in placeholders:
                assert placeholder in text, f"{name} lost {placeholder}: {text!r}"


def test_the_installer_and_the_executables_carry_the_apps_icon() -> None:
    script = ISS.read_text(encoding="utf-8")
    icon = re.search(r"^SetupIconFile=(.+)$", script, re.MULTILINE)
    assert icon is not None and (WINDOWS / icon.group(1).strip()).is_file()
    spec = (WINDOWS.parent / "festival_planner.spec").read_text(encoding="utf-8")
    assert '"windows" / "festival-planner.ico"' in spec
