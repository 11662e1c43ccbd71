"""The served schema keeps the public contract and the committed schema.graphql."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from graphql import build_schema, find_breaking_changes

ROOT = Path(__file__).resolve().parents[2]


def served_sdl() -> str:
    from resolvers.schema import schema

    return schema.as_str()


def test_the_served_schema_has_no_breaking_change_against_the_contract():
    contract = build_schema((ROOT / "tests/contract/core.graphql").read_text())
    served = build_schema(served_sdl())
    assert [f"{c.type.name}: {c.description}" for c in find_breaking_changes(contract, served)] == []


def test_the_committed_schema_is_what_strawberry_exports_now():
    exported = subprocess.run(
        [str(Path(sys.executable).parent / "strawberry"), "export-schema", "resolvers.schema:schema"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout
    assert exported.strip() == (ROOT / "schema.graphql").read_text().strip(), "run `make schema` and commit"


def test_the_contract_copy_matches_the_shared_one_when_it_is_beside_us():
    shared = ROOT.parent / "shared/contract/core.graphql"
    if not shared.exists():
        import pytest

        pytest.skip("no ../shared beside this clone: the committed copy is the contract")
    assert shared.read_text() == (ROOT / "tests/contract/core.graphql").read_text(), "refresh tests/contract/core.graphql"
