"""Matching several posted or changed jobs at once: what each job's matching reads that the
others read too is read once for the whole batch, and the jobs' texts go through the model in
one pass; each job is still scored, stored and announced on its own, with its own outcome.

Per job, the steps are those of one job alone (MatchingService.match_job is a batch of one):
its vector is stored and indexed, its nearest resumes retrieved, every eligible resume of
their owners scored, the matches stored. Shared by the batch: the embedding pass, the
resumes of the retrieved owners and their eligible sets, the candidates' profiles, their
neighbour similarities and term vectors, and the check, after every job's matches are
written, that no owner's resume set moved meanwhile (see matching_resume_sets.py).

All jobs are indexed before any is scored, so a candidate's neighbour similarity (refreshed
when the job side doubles) is read once with the whole batch counted; one job at a time
would count only the jobs before it. Apart from that refresh point the stored matches are the
same either way (a test holds the two together)."""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from domain.clock import time_ordered_ids
from domain.jobs import Job
from domain.matches import Match
from domain.matching.batch_scoring import BatchScores, score_candidates
from domain.matching.explanation import explain
from domain.matching.kept_rows import rows_to_write
from domain.matching.preference_columns import PreferenceColumns
from domain.matching.profiles import CandidateProfile, JobProfile
from domain.matching.skill_credits import SkillCredits
from domain.matching.texts import job_embedding_text

if TYPE_CHECKING:
    from domain.services.matching import MatchingService
    from domain.services.matching_parts import MatchingParts

JOB, RESUME = "job", "resume"
# Pairs scored between two turns of the event loop (see matching.py): a job's ~200 retrieved
# candidates in one pass, now that every part is an array operation (about 0.6 ms of CPU for
# 200; in passes of 50 the fixed cost of each pass made it 1.9-2.7 ms).
_SCORING_CHUNK = 200
# Owners or resumes read per call, so a batch's shared reads hold the event loop as long as one
# job's did (a job retrieves ~200).
READ_SLICE = 200


@dataclass
class JobOutcome:
    """What became of one job of a batch: its new matches, or the error that stopped it."""

    new: list[Match] = field(default_factory=list)
    error: Exception | None = None


@dataclass
class _Retrieved:
    at: int  # the job's place in the batch
    job: Job
    vector: list[float]
    hits: list[tuple[str, float]]
    resume_ids: list[str] = field(default_factory=list)
    similarity: dict[str, float] = field(default_factory=dict)


class JobBatch:
    """One run over a batch of job ids, with the service's parts (stores, indexes, scorer) in
    the order one job alone is matched; `read_slice` ids per shared read."""

    def __init__(self, service: MatchingService, read_slice: int = READ_SLICE) -> None:
        self._service = service
        self._parts: MatchingParts = service.parts
        self._read_slice = read_slice

    async def run(self, job_ids: list[str]) -> list[JobOutcome]:
        s, service = self._parts, self._service
        outcomes = [JobOutcome() for _ in job_ids]
        jobs = await s.jobs.get_many(job_ids)
        if s.skill_frequencies is not None:
            s.skill_frequencies.jobs_changed()
        open_jobs: list[tuple[int, Job]] = []
        now = s.clock.now()
        for at, job in enumerate(jobs):
            if job is None:
                continue
            if job.takes_applications(now):
                open_jobs.append((at, job))
                continue
            try:
                await s.job_index.remove([job.id])
            except Exception as error:
                outcomes[at].error = error
        if not open_jobs:
            return outcomes
        try:
            vectors = await s.embedder.embed(
                [job_embedding_text(j.title, j.description, j.required_skills) for _, j in open_jobs])
        except Exception as error:
            return _failed(outcomes, [at for at, _ in open_jobs], error)
        # All the batch's vectors and words in a few writes; should that fail, job by job, so
        # that a job whose own write fails fails alone.
        try:
            await service.store_job_vectors([job for _, job in open_jobs], vectors)
            stored = True
        except Exception:
            stored = False
        retrieved: list[_Retrieved] = []
        for (at, job), vector in zip(open_jobs, vectors):
            try:
                if not stored:
                    await service.store_job_vector(job, vector)
                retrieved.append(_Retrieved(at, job, vector, await s.resume_index.search(vector, s.top_k)))
            except Exception as error:
                outcomes[at].error = error
        if retrieved:
            try:
                await self._score_and_store(retrieved, outcomes)
            except Exception as error:  # a read every job needed, or the final check, failed
                _failed(outcomes, [r.at for r in retrieved if outcomes[r.at].error is None], error)
        return outcomes

    async def _score_and_store(self, retrieved: list[_Retrieved], outcomes: list[JobOutcome]) -> None:
        s = self._parts
        hit_ids = list(dict.fromkeys(rid for r in retrieved for rid, _ in r.hits))
        # Ids and owners only (no resume's content): the profiles are built from their own read.
        owner_of: dict[str, str] = {}
        for part in self._slices(hit_ids):
            owner_of.update(await s.resume_sets.owners_of(part))
        # Every resume of an owner the search found competes (or the primary alone), also those
        # the search did not rank: their similarity is computed from the vectors.
        sets: dict[str, list[str]] = {}
        for part in self._slices(list(dict.fromkeys(owner_of.values()))):
            sets.update(await s.resume_sets.eligible_ids_of(part))
            await asyncio.sleep(0)
        for r in retrieved:
            owners = dict.fromkeys(owner_of[rid] for rid, _ in r.hits if rid in owner_of)
            r.resume_ids = [resume_id for owner in owners for resume_id in sets[owner]]
            r.similarity = await s.similarities(r.vector, dict(r.hits), r.resume_ids)
        eligible_ids = list(dict.fromkeys(
            resume_id for r in retrieved for resume_id in r.resume_ids if resume_id in r.similarity))
        candidates: list[CandidateProfile] = []
        for part in self._slices(eligible_ids):
            profiles = await s.candidates.of(part)
            kept_ids = [rid for rid in part if rid in profiles]
            hubs = await s.neighbours.of(RESUME, kept_ids, s.job_index)
            # Every per-batch value set in one copy of each profile (a copy of a frozen
            # profile sets all its fields again), or the last batch's copy where nothing moved.
            copies = s.profile_copies
            if s.lexical is not None:
                terms, lexical_hubs = await s.lexical.candidate_values(kept_ids, JOB, RESUME, s.job_index)
                candidates += [copies.with_values(profiles[rid], hubs.get(rid), terms.get(rid), lexical_hubs.get(rid))
                               for rid in kept_ids]
            else:
                candidates += [copies.with_values(p, hubs.get(rid), p.terms, p.lexical_neighbour_similarity)
                               for rid, p in ((rid, profiles[rid]) for rid in kept_ids)]
            await asyncio.sleep(0)
        by_resume = {c.resume_id: c for c in candidates}
        # Each wanted skill's credit over all the batch's candidates, once for every job.
        credits = SkillCredits(s.scorer, candidates)
        # What each candidate states (years, places, pay, titles), as columns once for every job.
        columns = PreferenceColumns(candidates)
        frequencies = await s.frequencies()
        # Each job's own neighbour values (embedding and words), from its retrieval: one write
        # of each for the batch.
        job_hubs = await s.neighbours.record_many(
            JOB, [(r.job.id, [sim for _, sim in r.hits]) for r in retrieved], s.resume_index)
        profiled: list[tuple[_Retrieved, JobProfile]] = []
        for r in retrieved:
            try:
                profiled.append((r, s.job_profile(r.job, frequencies, r.vector, job_hubs[r.job.id])))
            except Exception as error:
                outcomes[r.at].error = error
        if s.lexical is not None:
            with_words = await s.lexical.record_jobs(
                [(profile, [rid for rid, _ in r.hits]) for r, profile in profiled], JOB, RESUME, s.resume_index)
            profiled = [(r, profile) for (r, _), profile in zip(profiled, with_words)]
        rows: list[list[Match]] = []
        written: list[_Retrieved] = []
        explainers: dict[str, Callable[[Match], str]] = {}
        for r, job_profile in profiled:
            try:
                job_rows, explainers[r.job.id] = await self._rows(r, job_profile, by_resume, credits, columns)
            except Exception as error:
                outcomes[r.at].error = error
                continue
            rows.append(job_rows)
            written.append(r)
        # One write for the batch, each job's rows on their own (a failing job fails alone).
        results = await s.store.store_many(rows, {r.job.id: r.job for r in written},
                                           lambda match: explainers[match.job_id](match))
        for r, result in zip(written, results):
            if isinstance(result, Exception):
                outcomes[r.at].error = result
            else:
                outcomes[r.at].new = result
        for part in self._slices(list(sets)):
            for owner in await s.resume_sets.moved_ids({o: sets[o] for o in part}):
                await self._service.match_candidate(owner)

    def _slices(self, ids: list[str]) -> list[list[str]]:
        """What a batch reads for all its jobs, in parts: each part's rows are turned into
        objects on the event loop, and requests served by this process get it back in between."""
        return [ids[start:start + self._read_slice] for start in range(0, len(ids), self._read_slice)]

    async def _rows(self, r: _Retrieved, job_profile: JobProfile, by_resume: dict[str, CandidateProfile],
                    credits: SkillCredits, columns: PreferenceColumns) -> tuple[list[Match], Callable[[Match], str]]:
        """The job's rows to write (see kept_rows.py), and how one of its matches is explained."""
        s, job = self._parts, r.job
        candidates = [by_resume[resume_id] for resume_id in r.resume_ids
                      if resume_id in r.similarity and resume_id in by_resume]
        # Array passes over the candidates; a match is built only for a row that is written,
        # the sentence only for what is announced.
        parts: list[BatchScores] = []
        for start in range(0, len(candidates), _SCORING_CHUNK):
            part = candidates[start:start + _SCORING_CHUNK]
            parts.append(score_candidates(s.scorer, part, job_profile, [r.similarity[c.resume_id] for c in part],
                                          credits, columns))
            await asyncio.sleep(0)  # requests served by this process get the loop in between
        scores = BatchScores(np.concatenate([p.scores for p in parts]) if parts else np.zeros(0),
                             np.concatenate([p.breakdown for p in parts]) if parts else np.zeros((0, 0)))
        kept, below = rows_to_write([c.candidate_id for c in candidates], [c.resume_id for c in candidates],
                                    scores.scores.tolist(), s.store.retention)
        mine = {c.resume_id: c for c in candidates}

        # For the message to the candidate, who reads their own résumé's facts.
        def explained(match: Match) -> str:
            return explain(s.scorer.score(mine[match.resume_id], job_profile, r.similarity[match.resume_id]),
                           shows_contact=True, to_candidate=True)

        now, values, breakdowns = s.clock.now(), scores.scores.tolist(), scores.breakdown.tolist()
        rows = kept + below
        return s.new_matches([candidates[row] for row in rows], job.id, [values[row] for row in rows],
                             [breakdowns[row] for row in rows], now, time_ordered_ids(len(rows), now)), explained


def _failed(outcomes: list[JobOutcome], places: list[int], error: Exception) -> list[JobOutcome]:
    for at in places:
        outcomes[at].error = error
    return outcomes
