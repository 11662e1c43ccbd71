"""An existing jobs index made with an older text analyzer is reported, not silently used.

No OpenSearch runs here: StubIndicesClient stands in for the client's `indices` calls (a
stub at the edge, answering as GET _settings does); the analysis it returns is real."""
from __future__ import annotations

import copy
import logging
from typing import Any

from adapters.aws.opensearch.job_index import OpenSearchJobIndex
from adapters.aws.opensearch.mapping import index_body, text_analysis_is_current


class StubIndicesClient:
    def __init__(self, settings: dict[str, Any] | None) -> None:
        self.settings = settings
        self.created: list[dict[str, Any]] = []

    async def exists(self, index: str) -> bool:
        return self.settings is not None

    async def create(self, index: str, body: dict[str, Any]) -> None:
        self.created.append(body)

    async def get_settings(self, index: str) -> dict[str, Any]:
        return {index: {"settings": self.settings}}

    async def get_mapping(self, index: str) -> dict[str, Any]:
        return {index: {"mappings": index_body(3)["mappings"]}}  # the fields are current


class StubClient:
    def __init__(self, settings: dict[str, Any] | None) -> None:
        self.indices = StubIndicesClient(settings)


def _settings_as_created() -> dict[str, Any]:
    settings = index_body(3)["settings"]
    return {"index": {**settings["index"], "analysis": settings["analysis"]}}


def _settings_before_the_skill_names() -> dict[str, Any]:
    old = copy.deepcopy(_settings_as_created())
    del old["index"]["analysis"]["char_filter"]
    del old["index"]["analysis"]["analyzer"]["job_text"]["char_filter"]
    return old


def test_an_index_is_current_only_with_the_same_skill_name_rules():
    assert text_analysis_is_current(_settings_as_created())
    assert not text_analysis_is_current(_settings_before_the_skill_names())
    fewer = _settings_as_created()
    fewer["index"]["analysis"]["char_filter"]["skill_names"]["mappings"] = ["++ => plusplus"]
    assert not text_analysis_is_current(fewer)


async def test_an_index_made_before_the_skill_names_is_reported_for_reindexing(caplog):
    client = StubClient(_settings_before_the_skill_names())
    with caplog.at_level(logging.WARNING):
        assert await OpenSearchJobIndex(client, "jobs", 3).ensure_index() is False  # type: ignore[arg-type]
    assert "jobs was created with an older text analyzer" in caplog.text and "reindex" in caplog.text


async def test_a_current_index_is_left_alone_and_a_missing_one_is_created_with_the_analyzer(caplog):
    current = StubClient(_settings_as_created())
    with caplog.at_level(logging.WARNING):
        assert await OpenSearchJobIndex(current, "jobs", 3).ensure_index() is False  # type: ignore[arg-type]
    assert caplog.text == ""
    missing = StubClient(None)
    assert await OpenSearchJobIndex(missing, "jobs", 3).ensure_index() is True  # type: ignore[arg-type]
    (body,) = missing.indices.created
    assert body["settings"]["analysis"]["analyzer"]["job_text"]["char_filter"] == ["skill_names"]


async def test_the_vectors_only_sibling_index_is_not_reported(caplog):
    client = StubClient(_settings_before_the_skill_names())
    with caplog.at_level(logging.WARNING):
        await OpenSearchJobIndex(client, "jobs", 3).sibling("jobs-resumes").ensure_index()  # type: ignore[arg-type]
    assert caplog.text == ""
