"""Where `TALENTGRAPH_EMBED_AT_START` is not given, a worker role process loads the model and
starts its extraction processes as it starts (at its lowered priority, before it takes work),
so the first résumés do not carry that start-up; an API process and `run --in-one-process`
do not, their readiness would wait for it. Given, it is obeyed in every role."""
from __future__ import annotations

import pytest

from gateway.config import Settings


@pytest.mark.parametrize(("role", "warms"), [("worker", True), ("api", False), ("all", False)])
def test_unset_it_follows_the_role(monkeypatch, role: str, warms: bool) -> None:
    monkeypatch.delenv("TALENTGRAPH_EMBED_AT_START", raising=False)
    assert Settings(role=role).warms_at_start is warms


@pytest.mark.parametrize("role", ["worker", "api", "all"])
@pytest.mark.parametrize(("given", "warms"), [("true", True), ("false", False)])
def test_given_it_is_obeyed(monkeypatch, role: str, given: str, warms: bool) -> None:
    monkeypatch.setenv("TALENTGRAPH_EMBED_AT_START", given)
    assert Settings(role=role).warms_at_start is warms
