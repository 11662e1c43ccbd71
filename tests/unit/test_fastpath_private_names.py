"""Every Strawberry name the gateway uses without Strawberry's promise to keep it is listed in
resolvers/fastpath/private_names.py; this fails naming each one an upgrade removed (the fast
paths then turn themselves off, and the upgrade checklist says what to redo)."""
from __future__ import annotations

import ast
import pathlib

from resolvers.fastpath import private_names
from resolvers.fastpath.private_names import PRIVATE_NAMES, missing_private_names

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_every_private_strawberry_name_the_gateway_uses_still_exists():
    assert missing_private_names(fast_path_only=False) == []


def test_a_removed_name_is_reported_and_turns_the_fast_paths_off(monkeypatch):
    from resolvers import fastpath

    gone = private_names.PrivateName("_gone", "strawberry.nowhere", "a test", lambda: False)
    monkeypatch.setattr(private_names, "PRIVATE_NAMES", (*PRIVATE_NAMES, gone))
    assert missing_private_names() == ["strawberry.nowhere._gone"]
    assert not fastpath.enabled()


def test_the_switch_turns_the_fast_paths_off(monkeypatch):
    from resolvers import fastpath
    from resolvers.schema import build_schema

    monkeypatch.setenv(fastpath.ENV_VAR, "off")
    assert not type(build_schema()).fast_paths
    monkeypatch.setenv(fastpath.ENV_VAR, "on")
    assert type(build_schema()).fast_paths


def _private_attributes_used(path: pathlib.Path) -> set[str]:
    """`x._name` reads and `_name=` keywords that are not the module's own (self._, cls._)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            owner = node.value
            if not (isinstance(owner, ast.Name) and owner.id in ("self", "cls")):
                names.add(node.attr)
        elif isinstance(node, ast.keyword) and node.arg and node.arg.startswith("_"):
            names.add(node.arg)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("strawberry"):
            names.update(alias.name for alias in node.names if alias.name.startswith("_"))
    return names


def test_no_private_strawberry_name_is_used_outside_the_fenced_modules():
    """Only resolvers/fastpath and resolvers/core_schema.py may reach into Strawberry."""
    fenced = {ROOT / "resolvers" / "core_schema.py", *(ROOT / "resolvers" / "fastpath").glob("*.py")}
    strawberry_private = {"_schema", "_raw_info", "_field", "_is_leaf_type", "_exception_handler_specs",
                          "_is_default", "_get_middleware_manager", "_implements_resolve",
                          "_validate_batch_request", "_get_stream_transport", "_cache", "_strawberry_schema"}
    offenders = {}
    for directory in ("resolvers", "gateway"):
        for path in (ROOT / directory).rglob("*.py"):
            if path in fenced:
                continue
            used = _private_attributes_used(path) & strawberry_private
            if used:
                offenders[str(path.relative_to(ROOT))] = sorted(used)
    assert offenders == {}
