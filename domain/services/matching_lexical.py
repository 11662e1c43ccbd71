"""The lexical view of matching (domain/matching/lexical.py, hybrid.py) kept beside the
embeddings: each job's and each resume's term vector, and each one's lexical neighbour
similarity (its hubness in words).

Term vectors are made when an item is embedded, from the same text, and stored in the
EmbeddingStore as kinds `job.terms` and `resume.terms`, so they live and die with the
embeddings on every backend.

An item's lexical neighbour similarity is its mean lexical similarity to its k nearest items
on the other side *by embedding* (the neighbours the embedding's own hubness is measured on):
no word index is needed, and it comes nearly free from the retrieval the item's own matching
already does. Kept as (value, size of the other side then) under `job.lexical_neighbours` and
`resume.lexical_neighbours`, and refreshed like the embedding's (see matching_neighbours.py):
when missing, or once the other side has doubled."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TypeVar

from domain.matching.lexical import (
    TermRarity,
    TermVector,
    decode,
    encode,
    mean_similarity,
    term_vector,
)
from domain.matching.profiles import CandidateProfile, JobProfile
from domain.ports.embeddings import EmbeddingStore
from domain.ports.vectors import VectorIndex
from domain.services.embedding_writes import put_all
from domain.services.vector_searches import search_all

_Profile = TypeVar("_Profile", JobProfile, CandidateProfile)

class LexicalView:
    def __init__(self, embeddings: EmbeddingStore, rarity: TermRarity, k: int) -> None:
        self._embeddings, self._rarity, self._k = embeddings, rarity, k

    async def index(self, kind: str, item_id: str, text: str) -> None:
        vector = term_vector(text, self._rarity)
        if vector:
            await self._embeddings.put(_terms(kind), item_id, encode(vector))
        else:  # no words: the pair is left to the embedding alone
            await self._embeddings.delete(_terms(kind), [item_id])
        await self._embeddings.delete(_neighbours(kind), [item_id])

    async def index_many(self, kind: str, items: Sequence[tuple[str, str]]) -> None:
        """As index() for each (item id, text), in three writes for them all."""
        vectors = [(item_id, term_vector(text, self._rarity)) for item_id, text in items]
        await put_all(self._embeddings, _terms(kind), [(i, encode(v)) for i, v in vectors if v])
        wordless = [i for i, v in vectors if not v]
        if wordless:
            await self._embeddings.delete(_terms(kind), wordless)
        await self._embeddings.delete(_neighbours(kind), [i for i, _ in items])

    async def forget(self, kind: str, item_ids: Sequence[str]) -> None:
        await self._embeddings.delete(_terms(kind), item_ids)
        await self._embeddings.delete(_neighbours(kind), item_ids)

    async def terms(self, kind: str, item_ids: Sequence[str]) -> dict[str, TermVector]:
        stored = await self._embeddings.get_many(_terms(kind), item_ids)
        return {i: decode(v) for i, v in zip(item_ids, stored) if v}

    async def stored(self, kind: str, item_ids: Sequence[str]) -> tuple[dict[str, TermVector], dict[str, float]]:
        """Each item's term vector and lexical neighbour similarity as stored, none refreshed
        (for a reader who must not write); an item without one is absent from that dict."""
        hubs = await self._embeddings.get_many(_neighbours(kind), item_ids)
        return (await self.terms(kind, item_ids),
                {item_id: pair[0] for item_id, pair in zip(item_ids, hubs) if pair is not None})

    async def record(self, kind: str, item_id: str, vector: TermVector | None,
                     nearest: Sequence[str], other_kind: str, other_side: VectorIndex) -> float | None:
        """The item's value over its nearest other-side items (ids, best first), stored."""
        value = await self._value(vector, nearest, other_kind)
        if value is not None:
            await self._embeddings.put(_neighbours(kind), item_id, [value, float(await other_side.count())])
        return value

    async def _value(self, vector: TermVector | None, nearest: Sequence[str], other_kind: str) -> float | None:
        if not vector:
            return None
        others = await self.terms(other_kind, list(nearest[: self._k]))
        return mean_similarity(vector, list(others.values()))

    async def of(self, kind: str, item_ids: Sequence[str], other_kind: str,
                 other_side: VectorIndex) -> dict[str, float]:
        """The values of `item_ids`, refreshing missing or outgrown ones."""
        stored = await self._embeddings.get_many(_neighbours(kind), item_ids)
        size = await other_side.count()
        values: dict[str, float] = {}
        stale = []
        for item_id, pair in zip(item_ids, stored):
            if pair is not None and not outgrown(int(pair[1]), size, self._k):
                values[item_id] = pair[0]
            else:
                stale.append(item_id)
        if not stale:
            return values
        vectors = await self.terms(kind, stale)
        embedded = [(item_id, embedding) for item_id, embedding in zip(stale, await self._embeddings.get_many(kind, stale))
                    if embedding is not None and item_id in vectors]
        # Every stale item's nearest searched in one go, and their term vectors read in one go.
        nearest = [[i for i, _ in hits[: self._k]]
                   for hits in await search_all(other_side, [embedding for _, embedding in embedded], self._k)]
        others = await self.terms(other_kind, list(dict.fromkeys(i for ids in nearest for i in ids)))
        # The other side's size once the searches are done (a refreshed value is stored with it).
        size_after = float(await other_side.count()) if embedded else 0.0
        refreshed: list[tuple[str, list[float]]] = []
        for (item_id, _), ids in zip(embedded, nearest, strict=True):
            vector = vectors[item_id]
            value = mean_similarity(vector, [others[i] for i in ids if i in others]) if vector else None
            if value is not None:
                values[item_id] = value
                refreshed.append((item_id, [value, size_after]))
        # One write for all of them (as record() would store each).
        await put_all(self._embeddings, _neighbours(kind), refreshed)
        return values

    # -- profiles ----------------------------------------------------------------------------
    async def job_with_candidates(self, job: JobProfile, nearest: Sequence[str],
                                  candidates: Sequence[CandidateProfile], job_kind: str, resume_kind: str,
                                  resume_index: VectorIndex, job_index: VectorIndex,
                                  ) -> tuple[JobProfile, list[CandidateProfile]]:
        """The job (its nearest resumes by embedding, best first) and its candidates with
        their term vectors and lexical neighbour similarities."""
        job = await self.job(job, nearest, job_kind, resume_kind, resume_index)
        return job, await self.candidates(candidates, job_kind, resume_kind, job_index)

    async def job(self, job: JobProfile, nearest: Sequence[str], job_kind: str, resume_kind: str,
                  resume_index: VectorIndex) -> JobProfile:
        """The job with its term vector and lexical neighbour similarity (recorded)."""
        job_terms = (await self.terms(job_kind, [job.job_id])).get(job.job_id)
        hub = await self.record(job_kind, job.job_id, job_terms, nearest, resume_kind, resume_index)
        return dataclasses.replace(job, terms=job_terms, lexical_neighbour_similarity=hub)

    async def record_jobs(self, items: Sequence[tuple[JobProfile, Sequence[str]]], job_kind: str,
                          resume_kind: str, resume_index: VectorIndex) -> list[JobProfile]:
        """job() for several jobs (each with its nearest resumes): their term vectors and their
        nearest resumes' read once, their values stored in one write."""
        return await self._record_many(items, lambda job: job.job_id, job_kind, resume_kind, resume_index)

    async def candidates(self, candidates: Sequence[CandidateProfile], job_kind: str, resume_kind: str,
                         job_index: VectorIndex) -> list[CandidateProfile]:
        """The candidates with their term vectors and lexical neighbour similarities."""
        vectors, hubs = await self.candidate_values([c.resume_id for c in candidates], job_kind, resume_kind,
                                                    job_index)
        return [dataclasses.replace(c, terms=vectors.get(c.resume_id),
                                    lexical_neighbour_similarity=hubs.get(c.resume_id)) for c in candidates]

    async def candidate_values(self, resume_ids: Sequence[str], job_kind: str, resume_kind: str,
                               job_index: VectorIndex) -> tuple[dict[str, TermVector], dict[str, float]]:
        """What candidates() sets on each candidate, by resume id: its term vector and its
        lexical neighbour similarity (absent where there is none), for a caller setting them
        with other values in one copy of each profile."""
        vectors = await self.terms(resume_kind, resume_ids)
        return vectors, await self.of(resume_kind, resume_ids, job_kind, job_index)

    async def candidate_with_jobs(self, candidate: CandidateProfile, nearest: Sequence[str],
                                  job_ids: Sequence[str], job_kind: str, resume_kind: str,
                                  resume_index: VectorIndex, job_index: VectorIndex,
                                  ) -> tuple[CandidateProfile, dict[str, tuple[TermVector | None, float | None]]]:
        """The candidate (its nearest jobs by embedding, best first) with its term vector and
        lexical neighbour similarity, and each job's (term vector, lexical neighbour similarity)."""
        candidate = await self.candidate(candidate, nearest, job_kind, resume_kind, job_index)
        return candidate, await self.jobs(job_ids, job_kind, resume_kind, resume_index)

    async def candidate(self, candidate: CandidateProfile, nearest: Sequence[str], job_kind: str,
                        resume_kind: str, job_index: VectorIndex) -> CandidateProfile:
        """The candidate (its nearest jobs by embedding, best first) with its term vector and
        lexical neighbour similarity, the latter recorded."""
        vector = (await self.terms(resume_kind, [candidate.resume_id])).get(candidate.resume_id)
        hub = await self.record(resume_kind, candidate.resume_id, vector, nearest, job_kind, job_index)
        return dataclasses.replace(candidate, terms=vector, lexical_neighbour_similarity=hub)

    async def record_candidates(self, items: Sequence[tuple[CandidateProfile, Sequence[str]]], job_kind: str,
                                resume_kind: str, job_index: VectorIndex) -> list[CandidateProfile]:
        """candidate() for several candidates (each with its nearest jobs, best first): their
        term vectors and their nearest jobs' read once, their values stored in one write."""
        return await self._record_many(items, lambda candidate: candidate.resume_id, resume_kind, job_kind,
                                       job_index)

    async def _record_many(self, items: Sequence[tuple[_Profile, Sequence[str]]], key: Callable[[_Profile], str],
                           own_kind: str, other_kind: str, other_index: VectorIndex) -> list[_Profile]:
        """Jobs or candidates (each with its nearest of the other side): their term vectors and
        their nearest's read once, their lexical neighbour similarities stored in one write."""
        vectors = await self.terms(own_kind, [key(profile) for profile, _ in items])
        others = await self.terms(other_kind, list(dict.fromkeys(
            other_id for _, nearest in items for other_id in nearest[: self._k])))
        size = float(await other_index.count())
        out: list[_Profile] = []
        recorded: list[tuple[str, list[float]]] = []
        for profile, nearest in items:
            vector = vectors.get(key(profile))
            hub = mean_similarity(vector, [others[i] for i in nearest[: self._k] if i in others]) if vector else None
            if hub is not None:
                recorded.append((key(profile), [hub, size]))
            out.append(dataclasses.replace(profile, terms=vector, lexical_neighbour_similarity=hub))
        await put_all(self._embeddings, _neighbours(own_kind), recorded)
        return out

    async def jobs(self, job_ids: Sequence[str], job_kind: str, resume_kind: str,
                   resume_index: VectorIndex) -> dict[str, tuple[TermVector | None, float | None]]:
        """Each job's (term vector, lexical neighbour similarity): the same for every resume
        scored against it, so read once per computation, not once per resume."""
        vectors = await self.terms(job_kind, job_ids)
        hubs = await self.of(job_kind, job_ids, resume_kind, resume_index)
        return {j: (vectors.get(j), hubs.get(j)) for j in job_ids}


def outgrown(size_then: int, size_now: int, k: int) -> bool:
    """As for the embedding's neighbour similarity: over fewer than k, any growth; else doubling."""
    if size_then < k:
        return size_now > size_then
    return size_now >= 2 * size_then


def _terms(kind: str) -> str:
    return f"{kind}.terms"


def _neighbours(kind: str) -> str:
    return f"{kind}.lexical_neighbours"
