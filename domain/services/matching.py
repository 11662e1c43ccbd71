"""Matching: embed what changed, retrieve the nearest K by vector, re-rank with the full
score, store matches idempotently and announce the new ones.

Every entry point touches only what its event names (one resume, one job, one candidate):
recomputation is incremental, never a rescan of everything."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import numpy as np

from domain.clock import Clock
from domain.jobs import Job
from domain.matches import Match, MatchRetention
from domain.matching.batch_jobs import score_jobs
from domain.matching.explanation import explain
from domain.matching.lexical import TermRarity, TermVector
from domain.matching.profiles import CandidateProfile, JobProfile
from domain.matching.scoring import MatchScorer, cosine
from domain.matching.texts import job_embedding_text, job_text, resume_embedding_text, resume_text
from domain.matching.weights import PARTS
from domain.pagination import MAX_PAGE_SIZE, PageRequest
from domain.ports.accounts import UserRepository
from domain.ports.documents import Embedder, SkillExtractor
from domain.ports.embeddings import EmbeddingStore
from domain.ports.events import EventBus
from domain.ports.jobs import JobRepository
from domain.ports.notifications import Notifier
from domain.ports.resumes import MatchRepository, ResumeRepository
from domain.ports.vectors import VectorIndex
from domain.resume_warnings import recognised_nothing
from domain.resumes import ParsedResume, Resume
from domain.services.embedding_writes import put_all
from domain.services.match_explanations import MatchExplanations
from domain.services.matching_candidates import CandidateProfiles
from domain.services.matching_job_batch import JobBatch
from domain.services.matching_lexical import LexicalView
from domain.services.matching_neighbours import NeighbourSimilarities
from domain.services.matching_pair_columns import PairColumnsMemo
from domain.services.matching_parts import MatchingParts
from domain.services.matching_resume_profiles import ResumeProfiles
from domain.services.matching_resume_rows import ResumeRows, ResumeRowsMemo
from domain.services.matching_resume_sets import ResumeSets
from domain.services.matching_skill_frequencies import CachedSkillFrequencies
from domain.services.matching_store import MatchStore
from domain.services.sent_resume_scores import SentResumeScores
from domain.services.vector_searches import search_all

log = logging.getLogger(__name__)

JOB, RESUME = "job", "resume"
# Recomputations of one candidate that another change may overtake before the work is left
# to the queue's retry (each change also stores its own recomputation).
_RACE_ROUNDS = 3


class ResumeSetMoved(Exception):
    """The candidate's resumes kept changing while their matches were recomputed."""


# Pairs scored between two turns of the event loop: each row's score depends on its own pair
# only, so chunks give the scores of one pass, and a chunk is a few milliseconds of CPU
# rather than the tens a job's whole batch takes, which requests in this process would wait for.
_SCORING_CHUNK = 50


class MatchingService:
    def __init__(
        self, *, jobs: JobRepository, resumes: ResumeRepository, users: UserRepository, matches: MatchRepository,
        embeddings: EmbeddingStore, job_index: VectorIndex, resume_index: VectorIndex, embedder: Embedder,
        skills: SkillExtractor, scorer: MatchScorer, events: EventBus, notifier: Notifier, clock: Clock,
        top_k: int = 200, keep: int = 100, skill_frequencies: CachedSkillFrequencies | None = None,
        min_score: float = 0.0, term_rarity: TermRarity | None = None,
        candidates: CandidateProfiles | None = None, resume_sets: ResumeSets | None = None,
    ) -> None:
        self._resumes, self._users, self._matches = resumes, users, matches
        self._events, self._notifier = events, notifier
        self._keep = keep
        self.explanations = MatchExplanations(jobs=jobs, resumes=resumes, users=users, skills=skills, scorer=scorer,
                                              skill_frequencies=skill_frequencies)
        self.store = MatchStore(matches, users, events, notifier, MatchRetention(keep=keep, floor=min_score),
                                jobs=jobs, explanations=self.explanations)
        self.parts = MatchingParts(
            jobs=jobs, embeddings=embeddings, job_index=job_index, resume_index=resume_index, embedder=embedder,
            skills=skills, scorer=scorer, clock=clock, store=self.store,
            neighbours=NeighbourSimilarities(embeddings, scorer.weights.hubness_neighbours),
            resume_sets=resume_sets or ResumeSets(resumes),
            candidates=candidates or CandidateProfiles(resumes, users, skills),
            top_k=top_k, skill_frequencies=skill_frequencies,
            lexical=LexicalView(embeddings, term_rarity, scorer.weights.hubness_neighbours)
            if term_rarity is not None else None)
        # The service's own steps read the same parts by their short names.
        p = self.parts
        self._jobs, self._embeddings = p.jobs, p.embeddings
        self._job_index, self._resume_index = p.job_index, p.resume_index
        self._embedder, self._skills, self._scorer, self._clock = p.embedder, p.skills, p.scorer, p.clock
        self._top_k, self._skill_frequencies = p.top_k, p.skill_frequencies
        self._neighbours, self._lexical = p.neighbours, p.lexical
        self._resume_sets, self._candidates = p.resume_sets, p.candidates
        self._resume_rows = ResumeRowsMemo()
        self._pair_columns = PairColumnsMemo()
        self._resume_profiles = ResumeProfiles(self._skills)
        self.sent_resume_scores = SentResumeScores(parts=self.parts, matches=matches, resumes=resumes, users=users,
                                                   profiles=self._resume_profiles)

    # -- indexing (called by the resume pipeline and the job triggers) --------------------
    async def index_resume(self, resume: Resume, parsed: ParsedResume, text: str) -> None:
        """The vector from the resume's start (one short model window), its words from all of it.
        A file in which nothing of a resume was recognised (a shopping list, a letter) is not
        indexed, and loses what an earlier reading of it stored: its words would match it with
        whatever jobs share them, and its owner is told to upload their resume instead."""
        if recognised_nothing(parsed):
            await self._unindex_resume(resume.id)
            return
        (vector,) = await self._embedder.embed([resume_embedding_text(text)])
        await self._embeddings.put(RESUME, resume.id, vector)
        if self._lexical is not None:
            await self._lexical.index(RESUME, resume.id, resume_text(text))
        await self._resume_index.upsert([(resume.id, vector)])

    async def remove_resume(self, resume_id: str) -> None:
        await self._unindex_resume(resume_id)
        await self._matches.delete_for_resume(resume_id)

    async def _unindex_resume(self, resume_id: str) -> None:
        self._candidates.forget([resume_id])
        self._resume_rows.forget([resume_id])
        self._pair_columns.forget([resume_id])
        self._resume_profiles.forget([resume_id])
        await self._resume_index.remove([resume_id])
        await self._embeddings.delete(RESUME, [resume_id])
        await self._neighbours.forget(RESUME, [resume_id])
        if self._lexical is not None:
            await self._lexical.forget(RESUME, [resume_id])

    async def index_job(self, job: Job) -> list[float] | None:
        if self._skill_frequencies is not None:
            self._skill_frequencies.jobs_changed()
        if not job.takes_applications(self._clock.now()):
            await self._job_index.remove([job.id])
            return None
        (vector,) = await self._embedder.embed([job_embedding_text(job.title, job.description, job.required_skills)])
        await self.store_job_vector(job, vector)
        return vector

    async def store_job_vector(self, job: Job, vector: list[float]) -> None:
        """The job's vector (made from its short text) and its words (from the whole ad)."""
        await self._embeddings.put(JOB, job.id, vector)
        if self._lexical is not None:
            await self._lexical.index(
                JOB, job.id, job_text(job.title, job.description, job.required_skills, job.nice_to_have_skills))
        await self._job_index.upsert([(job.id, vector)])

    async def store_job_vectors(self, jobs: list[Job], vectors: list[list[float]]) -> None:
        """store_job_vector for several jobs, each kind of thing written once for them all."""
        await put_all(self._embeddings, JOB, [(job.id, vector) for job, vector in zip(jobs, vectors)])
        if self._lexical is not None:
            await self._lexical.index_many(JOB, [
                (job.id, job_text(job.title, job.description, job.required_skills, job.nice_to_have_skills))
                for job in jobs])
        await self._job_index.upsert([(job.id, vector) for job, vector in zip(jobs, vectors)])

    async def job_closed(self, job_id: str) -> None:
        # Its matches stay stored (history) but every list filters closed jobs out.
        await self._job_index.remove([job_id])
        await self._neighbours.forget(JOB, [job_id])
        if self._lexical is not None:
            await self._lexical.forget(JOB, [job_id])
        if self._skill_frequencies is not None:
            self._skill_frequencies.jobs_changed()

    # -- recomputation --------------------------------------------------------------------
    async def match_job(self, job_id: str) -> list[Match]:
        (outcome,) = await JobBatch(self).run([job_id])
        if outcome.error is not None:
            raise outcome.error
        return outcome.new

    async def match_jobs(self, job_ids: list[str]) -> list[Exception | None]:
        """Several jobs in one pass (see matching_job_batch.py): per job, None when its
        matches are stored, else the error that stopped it (the others are unaffected)."""
        return [outcome.error for outcome in await JobBatch(self).run(job_ids)]

    async def match_resume(self, resume_id: str) -> list[Match]:
        """A resume was parsed: its owner's matches are recomputed from all their resumes."""
        (resume,) = await self._resumes.get_many([resume_id])
        return await self.match_candidate(resume.owner_id) if resume is not None else []

    async def match_candidate(self, user_id: str) -> list[Match]:
        """Re-scores the candidate from every parsed resume, or the primary alone: each job
        retrieved for any of them, and each job the candidate is matched with now, is scored
        with every resume that retrieved it (all of them for the stored ones) and the best
        kept. Without a parsed resume the candidate has no matches. A resume whose rows were
        scored before from inputs all equal to today's is not scored again (ResumeRowsMemo):
        one more upload costs one resume's scoring, not all of that person's."""
        for _ in range(_RACE_ROUNDS):
            sets = await self._resume_sets.eligible_of([user_id])
            new = await self._match_from(user_id, sets[user_id])
            if not await self._resume_sets.moved(sets):
                return new
        raise ResumeSetMoved(f"the resumes of {user_id} kept changing while matched; retried later")

    async def _match_from(self, user_id: str, resumes: list[Resume]) -> list[Match]:
        (owner,) = await self._users.get_many([user_id])
        if owner is None:
            return []
        if not any(r.parsed is not None and not recognised_nothing(r.parsed) for r in resumes):
            # Nothing to score (no parsed resume, or a primary file with nothing of a resume in
            # it): no write would replace the matches stored, so they go here.
            await self._matches.delete_for_candidate(user_id)
            return []
        stored = {m.job_id for m in await self._stored_matches(user_id)}
        vectors = dict(zip([r.id for r in resumes], await self._embeddings.get_many(RESUME, [r.id for r in resumes])))
        retrieved: dict[str, dict[str, float]] = {}
        similarities: list[tuple[str, list[float]]] = []
        # One hand-over to the index for all of them: a person with many résumés would
        # otherwise pay a thread hand-over per résumé at every recomputation.
        searched = [(r.id, vector) for r in resumes if (vector := vectors[r.id]) is not None]
        found = await search_all(self._job_index, [vector for _, vector in searched], self._top_k)
        for (resume_id, _), hits in zip(searched, found, strict=True):
            retrieved[resume_id] = dict(hits)
            similarities.append((resume_id, [s for _, s in hits]))
        # Every resume's value from its own retrieval, stored in one write (not one per resume).
        hubs_of_resumes = await self._neighbours.record_many(RESUME, similarities, self._job_index)
        wanted = stored.union(*retrieved.values())
        now = self._clock.now()
        jobs = {j.id: j for j in await self._jobs.get_many(list(wanted)) if j and j.takes_applications(now)}
        # Only a stored job some resume did not retrieve needs its vector (for the cosine).
        unranked = [jid for jid in sorted(stored) if jid in jobs and any(jid not in r for r in retrieved.values())]
        job_vectors = dict(zip(unranked, await self._embeddings.get_many(JOB, unranked)))
        hubs = await self._neighbours.of(JOB, list(jobs), self._resume_index)
        frequencies = await self.parts.frequencies()
        # A job's profile (and its words) is the same for every resume: made once.
        lexical: dict[str, tuple[TermVector | None, float | None]] = {}
        if self._lexical is not None and any(r.id in retrieved and r.parsed is not None for r in resumes):
            lexical = await self._lexical.jobs(list(jobs), JOB, RESUME, self._resume_index)
        profiles = {jid: self.parts.job_profile(job, frequencies, hub=hubs.get(jid), lexical=lexical.get(jid))
                    for jid, job in jobs.items()}
        versions = self._resume_rows.versions(profiles)
        column_versions = self._pair_columns.versions(profiles)
        # Per job, its best row so far: (score, resume id, the resume's profile, its rows, row).
        best: dict[str, tuple[float, str, CandidateProfile, ResumeRows, int]] = {}
        scored_with: dict[str, tuple[CandidateProfile, dict[str, float]]] = {}
        # A resume indexed before empty files were left out is still found: it scores nothing.
        scored_resumes = [r for r in resumes
                          if r.id in retrieved and r.parsed is not None and not recognised_nothing(r.parsed)]
        candidates = [self._resume_profiles.of(r.id, owner.id, r.parsed, owner.preferences, vectors[r.id],
                                               hubs_of_resumes.get(r.id))
                      for r in scored_resumes if r.parsed is not None]
        if self._lexical is not None:  # their words and lexical values: read and stored once for all
            candidates = await self._lexical.record_candidates(
                [(c, list(retrieved[c.resume_id])) for c in candidates], JOB, RESUME, self._job_index)
        for resume, candidate in zip(scored_resumes, candidates):
            vector = vectors[resume.id]
            pairs: dict[str, float] = {}
            for jid in dict.fromkeys([*retrieved[resume.id], *sorted(stored)]):
                similarity = retrieved[resume.id].get(jid)
                job_vector = job_vectors.get(jid)
                if similarity is None and job_vector is not None and vector is not None:
                    similarity = cosine(vector, job_vector)
                if jid in jobs and similarity is not None:
                    pairs[jid] = similarity
            rows = list(pairs.items())
            key = self._resume_rows.pair_key(rows, versions)
            kept = self._resume_rows.get(candidate, key)
            if kept is None:
                kept = await self._score(candidate, [profiles[jid] for jid, _ in rows], [sim for _, sim in rows],
                                         column_versions)
                self._resume_rows.put(candidate, key, kept)
            for row, (jid, _) in enumerate(rows):
                score = float(kept.scores[row])
                current = best.get(jid)
                # best_per_pair's rule: the highest score, equal ones settled by resume id.
                if current is None or (score, resume.id) > (current[0], current[1]):
                    best[jid] = (score, resume.id, candidate, kept, row)
            scored_with[resume.id] = (candidate, pairs)

        # For the message to the candidate, who reads their own résumé's facts.
        def explained(match: Match) -> str:
            candidate, pairs = scored_with[match.resume_id]
            return explain(self._scorer.score(candidate, profiles[match.job_id], pairs[match.job_id]),
                           shows_contact=True, to_candidate=True)

        # A match row is made for each pair's best alone: the others would only be dropped.
        winners = [self.parts.new_match(candidate, jid, score, kept.breakdown[row].tolist(), self._clock.now())
                   for jid, (score, _, candidate, kept, row) in best.items()]
        return await self._store(winners, jobs, explained)

    async def _score(self, candidate: CandidateProfile, profiles: list[JobProfile],
                     similarities: list[float], column_versions: dict[str, int]) -> ResumeRows:
        """The resume's rows against `profiles`, a chunk between two turns of the event loop;
        the parts that read no vector nor neighbour value kept from the last time their inputs
        were the same (PairColumnsMemo)."""
        scores, breakdowns = [], []
        for start in range(0, len(profiles), _SCORING_CHUNK):
            chunk = profiles[start:start + _SCORING_CHUNK]
            columns = self._pair_columns.columns(self._scorer, candidate, chunk, column_versions)
            batch = score_jobs(self._scorer, candidate, chunk, similarities[start:start + _SCORING_CHUNK], columns)
            scores.append(batch.scores)
            breakdowns.append(batch.breakdown)
            await asyncio.sleep(0)
        if not scores:
            return ResumeRows(np.zeros(0), np.zeros((0, len(PARTS))))
        return ResumeRows(np.concatenate(scores), np.concatenate(breakdowns))

    async def _stored_matches(self, user_id: str) -> list[Match]:
        request = PageRequest(first=MAX_PAGE_SIZE, want_total=False)
        (page,) = await self._matches.by_candidates([user_id], None, request)
        found = list(page.items)
        while page.has_next:
            (page,) = await self._matches.by_candidates(
                [user_id], None, PageRequest(first=MAX_PAGE_SIZE, after=page.positions[-1], want_total=False))
            found.extend(page.items)
        return found

    # -- helpers ----------------------------------------------------------------------------
    async def _store(self, scored: list[Match], jobs: dict[str, Job],
                     explained: Callable[[Match], str] | None = None) -> list[Match]:
        # Those below the floor go too: the store drops what it held of them.
        return await self.store.store(self.store.to_write(scored), jobs, explained)
