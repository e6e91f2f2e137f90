"""A module-level pattern is defined once: in a rule file of thousands of lines, a second
``_HELD_AT = …`` silently replaces the first for every rule that uses it. A name may be
redefined only by extending itself (``_AFTER_NAME = re.compile(r"见证|" + _AFTER_NAME.pattern)``)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "dyad"
MODULES = sorted(SRC.rglob("*.py"))


def _redefined(tree: ast.Module) -> list[str]:
    seen: set[str] = set()
    clashes = []
    for node in tree.body:
        if not isinstance(node, (ast.Assign, ast.AnnAssign)):
            continue
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        for target in targets:
            if not isinstance(target, ast.Name):
                continue
            name = target.id
            uses_itself = node.value is not None and any(
                isinstance(n, ast.Name) and n.id == name for n in ast.walk(node.value)
            )
            if name in seen and not uses_itself:
                clashes.append(f"{name} (line {node.lineno})")
            seen.add(name)
    return clashes


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_level_name_is_defined_twice(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert _redefined(tree) == [], path


def test_the_check_finds_a_second_definition() -> None:
    tree = ast.parse('import re\n_A = re.compile("a")\n_B = 1\n_A = re.compile("b")\n_C = re.compile("c|" + _C.pattern) if False else 0\n')
    assert _redefined(tree) == ["_A (line 4)"]
