"""The command line's words: one module per noun, merged without clashes, both languages, and
argparse's phrases translated through public methods only."""

from __future__ import annotations

import ast
import types
from pathlib import Path

import pytest

from festival_planner.cli import texts
from festival_planner.domain import messages

CLI = Path(texts.__file__).resolve().parents[1]


def test_every_noun_module_is_merged() -> None:
    on_disk = {p.stem for p in (CLI / "texts").glob("*.py")} - {"__init__"}
    assert {m.__name__.rsplit(".", 1)[1] for m in texts.MODULES} == on_disk


def test_no_key_is_defined_by_two_modules() -> None:
    seen: dict[str, str] = {}
    for module in texts.MODULES:
        for key in {*module.VI, *module.EN}:
            assert key not in seen, f"{key} in {seen.get(key)} and {module.__name__}"
            seen[key] = module.__name__


def test_a_clash_is_refused_at_merge() -> None:
    first = types.ModuleType("first")
    first.VI, first.EN = {"cmd_x": "x"}, {"cmd_x": "x"}
    second = types.ModuleType("second")
    second.VI, second.EN = {"cmd_x": "y"}, {}
    with pytest.raises(KeyError, match="cmd_x"):
        texts.merge((first, second))


def test_both_languages_have_every_key() -> None:
    for module in texts.MODULES:
        if module is texts.argparse_words:  # argparse's phrases are English already
            assert module.EN == {}
            continue
        assert set(module.VI) == set(module.EN), module.__name__


def test_every_key_used_by_a_command_exists() -> None:
    used = set()
    for path in CLI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "t" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                used.add(node.args[0].value)
    assert used and not used - set(texts.VI)


@pytest.mark.parametrize(("english", "vietnamese"), [
    ("argument --campaign: invalid số nguyên value: '2026x'",
     "tham số --campaign: giá trị số nguyên không hợp lệ: '2026x'"),
    ("the following arguments are required: --campaign, --pdf", "thiếu các tham số bắt buộc: --campaign, --pdf"),
    ("argument ACTION: invalid choice: 'lis' (choose from 'list', 'add')",
     "tham số ACTION: lựa chọn không hợp lệ: 'lis' (chọn một trong 'list', 'add')"),
    ("something argparse may say one day", "something argparse may say one day"),
])
def test_argparse_messages_are_read_back_and_translated(english: str, vietnamese: str) -> None:
    messages.set_language("vi")
    assert texts.argparse_text(english) == vietnamese
    messages.set_language("en")
    try:
        assert texts.argparse_text(english) == english
    finally:
        messages.set_language("vi")


def test_no_private_part_of_argparse_is_touched() -> None:
    for path in CLI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and getattr(node.value, "id", "") == "argparse":
                assert not node.attr.startswith("_"), f"{path.name}:{node.lineno} argparse.{node.attr}"
