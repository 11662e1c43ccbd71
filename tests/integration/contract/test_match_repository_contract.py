"""The MatchRepository contract on both backends: upserts by (candidate, job), best-first
pages with a floor on the score, and closed jobs dropping out of every list."""
from __future__ import annotations

from domain.jobs import JobStatus
from domain.matches import MatchRetention
from domain.pagination import PageRequest
from tests.integration.contract.repository_backends import (  # noqa: F401
    a_candidate,
    a_job,
    a_match,
    a_resume,
    an_employer,
    at,
    repositories,
)


async def _world(repositories, jobs: int = 3):
    _, acme = await an_employer(repositories)
    posted = [a_job(acme.id, minute=i) for i in range(jobs)]
    for job in posted:
        await repositories.jobs.add(job)
    candidate = await a_candidate(repositories)
    resume = a_resume(candidate.id)
    await repositories.resumes.add(resume, max_per_owner=5)
    return candidate, resume, posted


async def test_upserting_twice_updates_in_place_and_reports_only_new_matches(repositories):
    candidate, resume, jobs = await _world(repositories)
    first = a_match(candidate.id, jobs[0].id, resume.id, 0.6)
    assert await repositories.matches.upsert([first]) == [first]
    rescored = a_match(candidate.id, jobs[0].id, resume.id, 0.9, minute=30)
    fresh = a_match(candidate.id, jobs[1].id, resume.id, 0.5, minute=30)
    assert await repositories.matches.upsert([rescored, fresh]) == [fresh]
    assert await repositories.matches.upsert([rescored]) == []
    (stored, gone) = await repositories.matches.get_many([first.id, rescored.id])
    assert gone is None
    assert (stored.score, stored.created_at, stored.updated_at) == (0.9, first.created_at, at(30))
    (page,) = await repositories.matches.by_candidates([candidate.id], None, PageRequest())
    assert [(m.id, m.score) for m in page.items] == [(first.id, 0.9), (fresh.id, 0.5)]


async def test_candidate_pages_are_best_first_above_the_floor(repositories):
    candidate, resume, jobs = await _world(repositories, jobs=4)
    scores = [0.3, 0.95, 0.7, 0.69999]
    matches = [a_match(candidate.id, job.id, resume.id, s) for job, s in zip(jobs, scores)]
    await repositories.matches.upsert(matches)
    (page,) = await repositories.matches.by_candidates([candidate.id], 0.7, PageRequest(first=1))
    assert ([m.id for m in page.items], page.total, page.has_next) == ([matches[1].id], 2, True)
    (rest,) = await repositories.matches.by_candidates([candidate.id], 0.7, PageRequest(first=5, after=page.positions[-1]))
    assert [m.id for m in rest.items] == [matches[2].id]
    (everything,) = await repositories.matches.by_candidates([candidate.id], None, PageRequest())
    assert [m.score for m in everything.items] == [0.95, 0.7, 0.69999, 0.3]


async def test_job_pages_are_best_first_per_job_in_the_order_asked(repositories):
    _, acme = await an_employer(repositories)
    job, other = a_job(acme.id), a_job(acme.id, minute=1)
    await repositories.jobs.add(job)
    await repositories.jobs.add(other)
    people = []
    for score in (0.4, 0.8, 0.6):
        candidate = await a_candidate(repositories)
        resume = a_resume(candidate.id)
        await repositories.resumes.add(resume, max_per_owner=5)
        people.append(a_match(candidate.id, job.id, resume.id, score))
    await repositories.matches.upsert(people)
    pages = await repositories.matches.by_jobs([other.id, job.id, "unknown"], 0.5, PageRequest())
    assert [[m.id for m in p.items] for p in pages] == [[], [people[1].id, people[2].id], []]
    assert [p.total for p in pages] == [0, 2, 0]


async def test_closed_jobs_drop_out_of_every_list_and_come_back_when_reopened(repositories):
    candidate, resume, jobs = await _world(repositories)
    matches = [a_match(candidate.id, job.id, resume.id, s) for job, s in zip(jobs, (0.9, 0.8, 0.7))]
    await repositories.matches.upsert(matches)
    closed = jobs[0].model_copy(update={"status": JobStatus.CLOSED})
    await repositories.jobs.update(closed)
    (mine,) = await repositories.matches.by_candidates([candidate.id], None, PageRequest())
    assert ([m.id for m in mine.items], mine.total) == ([matches[1].id, matches[2].id], 2)
    (for_job,) = await repositories.matches.by_jobs([closed.id], None, PageRequest())
    assert (for_job.items, for_job.total) == ([], 0)
    await repositories.jobs.update(jobs[0])
    (again,) = await repositories.matches.by_candidates([candidate.id], None, PageRequest())
    assert again.total == 3


async def test_matches_are_deleted_per_job_and_per_resume(repositories):
    candidate, resume, jobs = await _world(repositories)
    other_resume = a_resume(candidate.id)
    await repositories.resumes.add(other_resume, max_per_owner=5)
    by_job = a_match(candidate.id, jobs[0].id, resume.id, 0.9)
    by_resume = a_match(candidate.id, jobs[1].id, other_resume.id, 0.8)
    kept = a_match(candidate.id, jobs[2].id, resume.id, 0.7)
    await repositories.matches.upsert([by_job, by_resume, kept])
    await repositories.matches.delete_for_job(jobs[0].id)
    await repositories.matches.delete_for_resume(other_resume.id)
    assert await repositories.matches.get_many([by_job.id, by_resume.id, kept.id]) == [None, None, kept]
    again = a_match(candidate.id, jobs[0].id, resume.id, 0.5)
    assert await repositories.matches.upsert([again]) == [again]


async def test_each_candidate_keeps_its_best_k_above_the_floor_and_only_kept_ones_are_new(repositories):
    candidate, resume, jobs = await _world(repositories, jobs=6)
    retention = MatchRetention(keep=3, floor=0.3)
    first = [a_match(candidate.id, j.id, resume.id, s) for j, s in zip(jobs[:3], (0.5, 0.6, 0.7))]
    assert await repositories.matches.upsert(first, retention) == first
    later = [a_match(candidate.id, j.id, resume.id, s) for j, s in zip(jobs[3:], (0.9, 0.55, 0.2))]
    assert [m.score for m in await repositories.matches.upsert(later, retention)] == [0.9]
    (page,) = await repositories.matches.by_candidates([candidate.id], None, PageRequest())
    assert [m.score for m in page.items] == [0.9, 0.7, 0.6]
    # Rescored under the floor, a stored pair is dropped.
    await repositories.matches.upsert([a_match(candidate.id, jobs[3].id, resume.id, 0.1)], retention)
    (page,) = await repositories.matches.by_candidates([candidate.id], None, PageRequest())
    assert [m.score for m in page.items] == [0.7, 0.6]


async def test_the_scoring_stamp_and_the_preferences_part_are_kept_and_rescoring_replaces_them(repositories):
    from domain.matches import PartWeights, ScoreBreakdown

    candidate, resume, jobs = await _world(repositories, jobs=1)
    old = PartWeights(semantic=0.6, skills=0.2, experience=0.08, location=0.07, salary=0.05, preferences=0.05)
    first = a_match(candidate.id, jobs[0].id, resume.id, 0.6).model_copy(update={
        "scoring_version": 2, "scoring_weights": old,
        "breakdown": ScoreBreakdown(semantic=0.6, skills=0.5, experience=0.25, preferences=0.75)})
    await repositories.matches.upsert([first])
    (stored,) = await repositories.matches.get_many([first.id])
    assert (stored.scoring_version, stored.scoring_weights, stored.breakdown) == (2, old, first.breakdown)
    new = old.model_copy(update={"skills": 0.4})
    rescored = a_match(candidate.id, jobs[0].id, resume.id, 0.7, minute=5).model_copy(update={
        "scoring_version": 3, "scoring_weights": new})
    await repositories.matches.upsert([rescored])
    (stored,) = await repositories.matches.get_many([first.id])
    assert (stored.scoring_version, stored.scoring_weights) == (3, new)


async def test_a_match_moves_to_another_resume_of_the_candidate_and_delete_for_candidate_clears_all(repositories):
    candidate, resume, jobs = await _world(repositories, jobs=2)
    second = a_resume(candidate.id, minute=5)
    await repositories.resumes.add(second, max_per_owner=5)
    first = a_match(candidate.id, jobs[0].id, resume.id, 0.6)
    await repositories.matches.upsert([first, a_match(candidate.id, jobs[1].id, resume.id, 0.5)])
    # The pair keeps its id; the resume it came from and the score move with the better fit.
    assert await repositories.matches.upsert([a_match(candidate.id, jobs[0].id, second.id, 0.8)]) == []
    (moved,) = await repositories.matches.get_many([first.id])
    assert (moved.resume_id, moved.score) == (second.id, 0.8)
    # Deleting the resume a match no longer comes from leaves it alone.
    await repositories.resumes.delete(resume.id)
    (page,) = await repositories.matches.by_candidates([candidate.id], None, PageRequest())
    assert [(m.job_id, m.resume_id) for m in page.items] == [(jobs[0].id, second.id)]
    await repositories.matches.delete_for_candidate(candidate.id)
    (page,) = await repositories.matches.by_candidates([candidate.id], None, PageRequest())
    assert (page.items, page.total) == ([], 0)


async def test_matches_are_found_by_candidate_and_job_pairs_in_the_order_asked(repositories):
    candidate, resume, jobs = await _world(repositories)
    stored = [a_match(candidate.id, jobs[0].id, resume.id, 0.6), a_match(candidate.id, jobs[2].id, resume.id, 0.8)]
    await repositories.matches.upsert(stored)
    pairs = [(candidate.id, jobs[2].id), (candidate.id, jobs[1].id), ("nobody", jobs[0].id), (candidate.id, jobs[0].id),
             (candidate.id, jobs[2].id)]
    found = await repositories.matches.of_pairs(pairs)
    assert [m.score if m else None for m in found] == [0.8, None, None, 0.6, 0.8]
    assert await repositories.matches.of_pairs([]) == []
