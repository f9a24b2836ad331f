"""Translation wrappers spelled out for lupdate.

A module may translate through a wrapper of one argument (also one defined inside
a function):

    def _tr(text: str) -> str:
        return QCoreApplication.translate("delete", text)

lupdate does not follow the call, so `expand_wrappers` rewrites each call of such
a wrapper with a literal text, `_tr("Delete these {0}?")`, as
`translate("delete", "Delete these {0}?")`, which lupdate reads. The bare name
`translate` is deliberate: after a `QCoreApplication.translate(...)` lupdate 6.11
gives later `self.tr()` calls of the same function a wrong context.
Line and column positions of everything else stay as they were.
"""

from __future__ import annotations

import ast


def wrappers(tree: ast.Module) -> dict[str, str]:
    """Functions of one argument returning `<x>.translate("ctx", arg)`, at module level
    or inside another function."""
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        last = node.body[-1]
        call = last.value if isinstance(last, ast.Return) else None
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate"
            and len(call.args) == 2
            and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)
            and isinstance(call.args[1], ast.Name)
            and call.args[1].id == node.args.args[0].arg
        ):
            found[node.name] = call.args[0].value
    return found


def expand_wrappers(source: str) -> str:
    tree = ast.parse(source)
    contexts = wrappers(tree)
    if not contexts:
        return source
    lines = source.splitlines(keepends=True)
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in contexts
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ]
    # From the end backwards, so earlier positions on a line stay valid.
    for call in sorted(calls, key=lambda c: (c.lineno, c.col_offset), reverse=True):
        assert isinstance(call.func, ast.Name)
        line = lines[call.lineno - 1].encode("utf-8")
        start, name = call.col_offset, call.func.id.encode("utf-8")
        head = f'translate("{contexts[call.func.id]}", '.encode()
        if line[start : start + len(name) + 1] == name + b"(":
            line = line[:start] + head + line[start + len(name) + 1 :]
            lines[call.lineno - 1] = line.decode("utf-8")
    return "".join(lines)
