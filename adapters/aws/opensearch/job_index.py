"""Jobs in an OpenSearch index: written beside the source of truth, searched with BM25 and
filters (searchJobs), and queried by vector (implements domain.ports.vectors.VectorIndex
over the same documents' `embedding` field)."""
from __future__ import annotations

import inspect
import logging
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from opensearchpy import AsyncOpenSearch, NotFoundError
from opensearchpy.helpers import async_bulk

from adapters.aws.opensearch.corrections import corrected_query
from adapters.aws.opensearch.mapping import (
    DOCUMENT_VERSION,
    index_body,
    job_document,
    job_from_source,
    missing_properties,
    text_analysis_is_current,
)
from adapters.aws.opensearch.queries import (
    any_hit_body,
    cosine_from_score,
    hit_position,
    knn_body,
    query_words,
    search_body,
)
from domain.jobs import Job, JobFilter
from domain.pagination import Page, PageRequest, cut_page
from domain.place_first import place_first_lists, place_first_page

_HAS_VECTOR = {"exists": {"field": "embedding"}}
log = logging.getLogger(__name__)


class OpenSearchJobIndex:
    def __init__(self, client: AsyncOpenSearch, index: str, dimension: int, *, refresh: bool | str = False,
                 holds_text: bool = True) -> None:
        self._client = client
        # The resumes' sibling holds vectors only: how its text would be read does not matter.
        self._holds_text = holds_text
        self.index = index
        self.dimension = dimension
        # "wait_for" makes a write visible to the next search (tests, a single-node dev box).
        self._refresh = refresh
        self._generation: str | None = None

    def sibling(self, index: str) -> OpenSearchJobIndex:
        """Another index on the same client (the resumes' vectors beside the jobs')."""
        return OpenSearchJobIndex(self._client, index, self.dimension, refresh=self._refresh, holds_text=False)

    async def ensure_index(self) -> bool:
        if await self._client.indices.exists(index=self.index):
            if self._holds_text:
                await self._check_text_analysis()
                await self._check_documents()
            return False
        await self._client.indices.create(index=self.index, body=index_body(self.dimension))
        return True

    async def _mappings(self) -> dict[str, Any]:
        answer = await self._client.indices.get_mapping(index=self.index)
        return answer[self.index]["mappings"]

    async def _check_documents(self) -> None:
        """An index made by an older release lacks fields that filters now read (a salary
        filter finds none of its jobs): said loudly; `talentgraph provision` fixes it in place."""
        mappings = await self._mappings()
        missing = sorted(missing_properties(mappings, self.dimension))
        if missing or mappings.get("_meta", {}).get("document_version") != DOCUMENT_VERSION:
            log.warning("search index %s was written by an older release (fields missing: %s): run `talentgraph "
                        "provision --backend aws` to add them and re-index the jobs from the table",
                        self.index, ", ".join(missing) or "none")

    async def add_missing_fields(self) -> list[str]:
        """Maps the fields index_body has and this index lacks (new fields can be added in
        place; existing ones cannot change). Their values come with the documents' re-index."""
        missing = missing_properties(await self._mappings(), self.dimension)
        if missing:
            await self._client.indices.put_mapping(index=self.index, body={"properties": missing})
        return sorted(missing)

    async def document_version(self) -> int | None:
        return (await self._mappings()).get("_meta", {}).get("document_version")

    async def put_meta(self, **values: Any) -> None:
        """Sets `values` in the mapping's _meta, keeping its other keys (a PUT _mapping replaces
        the whole _meta object)."""
        meta = {**(await self._mappings()).get("_meta", {}), **values}
        await self._client.indices.put_mapping(index=self.index, body={"_meta": meta})

    async def write_documents(self, jobs: Sequence[Job]) -> None:
        """Each job's document written again as index_job writes it (its embedding kept)."""
        actions = [{"_op_type": "update", "_index": self.index, "_id": job.id, "doc": job_document(job),
                    "doc_as_upsert": True, "retry_on_conflict": 3} for job in jobs]
        if actions:
            await async_bulk(self._client, actions, refresh=self._refresh)

    async def _check_text_analysis(self) -> None:
        """An index created before the text analyzer changed still answers, as it did then: the
        analyzer of an existing field cannot change in place, so the operator reindexes into a
        new index (docs/search.md). Said loudly, not fixed silently."""
        answer = await self._client.indices.get_settings(index=self.index)
        stale = sorted(name for name, found in answer.items() if not text_analysis_is_current(found["settings"]))
        if stale:
            log.warning("search index %s was created with an older text analyzer (C++, C#, .NET are read as "
                        "c, c, net there): create a new index and reindex into it, see docs/search.md",
                        ", ".join(stale))

    # -- text search ---------------------------------------------------------------
    async def index_job(self, job: Job) -> None:
        # A partial update keeps the job's embedding; the upsert creates new jobs.
        await self._client.update(index=self.index, id=job.id, body={
            "doc": job_document(job), "doc_as_upsert": True}, refresh=self._refresh, retry_on_conflict=3)

    async def search(self, query: str | None, job_filter: JobFilter, page: PageRequest) -> Page[Job]:
        """The words as typed; only when they find nothing at all, the words a few edits away
        (as the embedded index corrects only a search that found nothing: a query whose words
        jobs hold keeps its exact hits and totals). A later page is of the fuzzy list when
        the query as typed finds nothing from its start (one hit counted to know)."""
        # The query of every list at once (its position is a list's: checked by that list's search).
        body = search_body(query, job_filter, PageRequest(page.first, None, page.want_total))
        if body is None:
            return Page([])
        found = await self._lists_searched(query, job_filter, page, fuzzy=False)
        if query and not found.items and not found.total and "must" in body["query"]["bool"]:
            if page.after is not None:
                counted = await self._client.search(index=self.index, body=any_hit_body(body))
                if counted["hits"]["total"]["value"]:
                    return found  # the end of the list as typed
            found = await self._lists_searched(query, job_filter, page, fuzzy=True)
        return found

    async def _lists_searched(self, query: str | None, job_filter: JobFilter, page: PageRequest, *,
                              fuzzy: bool) -> Page[Job]:
        """A place met by its words too is two lists, the jobs in it first (domain.place_first),
        each a search of its own with `search_after` inside it; any other search is one."""
        lists = place_first_lists(job_filter)
        if lists is not None:
            return await place_first_page(
                lambda each, request: self._lists_searched(query, each, request, fuzzy=fuzzy), lists, page)
        body = search_body(query, job_filter, page, fuzzy=fuzzy)
        if body is None:
            return Page([])
        return await self._searched(body, page, corrected_from=query if fuzzy else None)

    async def _searched(self, body: dict[str, Any], page: PageRequest, corrected_from: str | None = None) -> Page[Job]:
        """`corrected_from`: the query a search run again fuzzy was for, which the page's
        corrected_query then corrects as its hits' highlights show (corrections.py)."""
        response = await self._client.search(index=self.index, body=body)
        hits = response["hits"]
        total, estimate = 0, False
        if page.want_total:
            total, estimate = hits["total"]["value"], hits["total"].get("relation") == "gte"
        found = cut_page(hits["hits"], page.first, lambda hit: job_from_source(hit["_source"]), hit_position,
                         total, estimate)
        if corrected_from and found.items:
            words = query_words(corrected_from) or ""
            found = replace(found, corrected_query=corrected_query(corrected_from, words, hits["hits"][:page.first]))
        return found

    # -- VectorIndex -----------------------------------------------------------------
    async def open(self, generation: str, source: Any, count: int | None = None) -> None:
        await self.ensure_index()
        mappings = await self._mappings()
        made_for = mappings.get("properties", {}).get("embedding", {}).get("dimension")
        if made_for is not None and made_for != self.dimension:
            # Every vector write would be refused; the field's size cannot change in place.
            raise ValueError(
                f"the OpenSearch index {self.index} holds {made_for}-dimensional vectors but the embedder makes"
                f" {self.dimension}: set TALENTGRAPH_AWS__OPENSEARCH_INDEX to a new name and move the jobs"
                " into it as docs/search.md says for an analyzer change (the vectors are made again on first open)")
        stored = mappings.get("_meta", {}).get("vector_generation")
        if stored == generation and (count is None or await self.count() == count):
            self._generation = generation
            return
        await self._rebuild(source)
        await self._set_generation(generation)

    async def _rebuild(self, source: Any) -> None:
        items = source()
        batch: list[tuple[str, Sequence[float]]] = []
        if inspect.isasyncgen(items) or hasattr(items, "__aiter__"):
            async for pair in items:
                batch.append(pair)
        else:
            batch.extend(items)
        await self.upsert(batch)

    async def upsert(self, items: Sequence[tuple[str, Sequence[float]]], generation: str | None = None) -> None:
        actions = [{"_op_type": "update", "_index": self.index, "_id": item_id,
                    "doc": {"embedding": list(vector)}, "doc_as_upsert": True} for item_id, vector in items]
        if actions:
            await async_bulk(self._client, actions, refresh=self._refresh)
        if generation is not None:
            await self._set_generation(generation)

    async def remove(self, ids: Sequence[str], generation: str | None = None) -> None:
        actions = [{"_op_type": "update", "_index": self.index, "_id": item_id,
                    "script": {"source": "ctx._source.remove('embedding')"}} for item_id in ids]
        if actions:
            await async_bulk(self._client, actions, refresh=self._refresh, raise_on_error=False)
        if generation is not None:
            await self._set_generation(generation)

    async def search_vectors(self, vector: Sequence[float], k: int, exclude: Iterable[str] = ()) -> list[tuple[str, float]]:
        response = await self._client.search(index=self.index, body=knn_body(vector, k, exclude))
        return [(hit["_id"], cosine_from_score(hit["_score"])) for hit in response["hits"]["hits"]]

    async def count(self) -> int:
        try:
            return (await self._client.count(index=self.index, body={"query": _HAS_VECTOR}))["count"]
        except NotFoundError:
            return 0

    async def save(self) -> None:
        """Writes are durable in OpenSearch once acknowledged; nothing to flush."""

    async def close(self) -> None:
        """The client belongs to the backend's exit stack."""

    async def _set_generation(self, generation: str) -> None:
        if generation != self._generation:
            await self.put_meta(vector_generation=generation)
            self._generation = generation


class OpenSearchVectorIndex:
    """The VectorIndex port's exact method names over OpenSearchJobIndex (whose `search`
    is the text search)."""

    def __init__(self, jobs: OpenSearchJobIndex) -> None:
        self._jobs = jobs
        self.dimension = jobs.dimension

    async def open(self, generation: str, source: Any, count: int | None = None) -> None:
        await self._jobs.open(generation, source, count)

    async def upsert(self, items, generation: str | None = None) -> None:
        await self._jobs.upsert(items, generation)

    async def remove(self, ids, generation: str | None = None) -> None:
        await self._jobs.remove(ids, generation)

    async def search(self, vector, k: int, exclude: Iterable[str] = ()) -> list[tuple[str, float]]:
        return await self._jobs.search_vectors(vector, k, exclude)

    async def count(self) -> int:
        return await self._jobs.count()

    async def save(self) -> None:
        await self._jobs.save()

    async def close(self) -> None:
        await self._jobs.close()
