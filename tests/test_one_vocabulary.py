"""The domain's words have one home: no module but app/vocabulary.py maps its keys to words.

The test reads the source of app/ and ui/ and looks for dict literals whose keys
are keys of one vocabulary (as text, or as members of its enum) and whose
values are words (text, or a call such as `N_("context", "Keep")`): a label
table beside the vocabulary's, which would let two places call a value two
things.
"""

from __future__ import annotations

import ast
from pathlib import Path

from app import vocabulary as v

ROOT = Path(__file__).resolve().parents[1]
HOME = ROOT / "app" / "vocabulary.py"
VOCABULARIES = [x for x in vars(v).values() if isinstance(x, v.Vocabulary)]
ENUMS = {
    name: enum
    for name, enum in vars(v).items()
    if isinstance(enum, type) and issubclass(enum, v.StrEnum) and enum is not v.StrEnum
}


def _key(node: ast.expr | None) -> str | None:
    """A dict key as the stored key it names: 'keep' or DecisionKind.KEEP; None otherwise."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        enum = ENUMS.get(node.value.id)
        if enum is not None and node.attr in enum.__members__:
            return enum[node.attr].value
    return None


def _is_word(node: ast.expr) -> bool:
    """Text, or a call that makes text (N_, tr, translate)."""
    return isinstance(node, ast.Call) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def label_tables(source: str) -> list[tuple[int, str]]:
    """(line, vocabulary name) of every dict literal in `source` that labels a vocabulary's keys."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Dict):
            continue
        pairs = [(k, value) for k, value in zip(node.keys, node.values, strict=True) if k]
        keys = {_key(k) for k, _ in pairs}
        if None in keys or not all(_is_word(value) for _, value in pairs):
            continue
        stored = keys - {""}  # "" stands for no value ("not assessed")
        for vocabulary in VOCABULARIES:
            if len(stored) >= 2 and stored <= set(vocabulary.keys()):
                found.append((node.lineno, vocabulary.name))
                break
    return found


def test_no_module_but_the_vocabulary_labels_its_keys() -> None:
    sources = [*ROOT.glob("app/**/*.py"), *ROOT.glob("ui/**/*.py")]
    assert len(sources) > 100
    tables = [
        f"{path.relative_to(ROOT)}:{line} labels the {name}s"
        for path in sources
        if path != HOME
        for line, name in label_tables(path.read_text(encoding="utf-8"))
    ]
    assert tables == []


def test_the_check_finds_a_label_table() -> None:
    """The kinds of table the project had before (app/labels.py, ui/views/review_labels.py)."""
    source = """
KINDS = {"organisation": N_("app", "Organisation"), "network": N_("app", "Network")}
RECOMMENDATIONS = {"keep": "keep", "leave": "leave", "": "not assessed"}
TITLES = {DecisionKind.KEEP: N_("minutes", "Kept"), DecisionKind.POSTPONE: tr("Postponed")}
MARKS = {"keep": ("✔", "#2e7d32"), "leave": ("✖", "#c62828")}  # symbols, not words
HEADERS = {"name": N_("app", "Name"), "kind": N_("app", "Kind")}  # field names
"""
    assert label_tables(source) == [
        (2, "organisation kind"),
        (3, "recommendation"),
        (4, "decision"),
    ]
