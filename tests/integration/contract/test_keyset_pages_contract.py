"""Keyset pages on both backends: a page continues after the sort key of the last item
seen, so items inserted or deleted between two page loads neither repeat nor skip one."""
from __future__ import annotations

import pytest

from domain.errors import BadUserInput
from domain.pagination import PageRequest
from tests.integration.contract.repository_backends import (  # noqa: F401
    a_candidate,
    a_job,
    a_match,
    a_resume,
    an_application,
    an_employer,
    repositories,
)


async def _candidate_with_matches(repositories, scores):
    _, acme = await an_employer(repositories)
    candidate = await a_candidate(repositories)
    resume = a_resume(candidate.id)
    await repositories.resumes.add(resume, max_per_owner=5)
    jobs = [a_job(acme.id, minute=i) for i in range(len(scores))]
    for job in jobs:
        await repositories.jobs.add(job)
    matches = [a_match(candidate.id, job.id, resume.id, s) for job, s in zip(jobs, scores)]
    await repositories.matches.upsert(matches)
    return acme, candidate, resume, jobs, matches


async def _walk(fetch, first: int) -> list:
    seen, after = [], None
    while True:
        page = await fetch(PageRequest(first=first, after=after))
        seen += page.items
        if not page.has_next:
            return seen
        after = page.positions[-1]


async def test_a_better_match_stored_between_two_pages_is_not_repeated_on_the_second(repositories):
    acme, candidate, resume, _, matches = await _candidate_with_matches(repositories, [0.9, 0.8, 0.7, 0.6, 0.5])
    (first,) = await repositories.matches.by_candidates([candidate.id], None, PageRequest(first=2))
    assert [m.id for m in first.items] == [matches[0].id, matches[1].id]
    newer = a_job(acme.id, minute=30)
    await repositories.jobs.add(newer)
    await repositories.matches.upsert([a_match(candidate.id, newer.id, resume.id, 0.99)])
    (second,) = await repositories.matches.by_candidates(
        [candidate.id], None, PageRequest(first=2, after=first.positions[-1]))
    assert [m.id for m in second.items] == [matches[2].id, matches[3].id]


async def test_a_match_removed_between_two_pages_does_not_skip_one(repositories):
    _, candidate, _, jobs, matches = await _candidate_with_matches(repositories, [0.9, 0.8, 0.7, 0.6, 0.5])
    (first,) = await repositories.matches.by_candidates([candidate.id], None, PageRequest(first=2))
    await repositories.matches.delete_for_job(jobs[0].id)
    (second,) = await repositories.matches.by_candidates(
        [candidate.id], 0.55, PageRequest(first=2, after=first.positions[-1]))
    assert ([m.id for m in second.items], second.has_next) == ([matches[2].id, matches[3].id], False)


async def test_equal_scores_page_in_id_order_each_once_above_the_floor(repositories):
    _, candidate, _, _, matches = await _candidate_with_matches(repositories, [0.5] * 5 + [0.4])
    seen = await _walk(lambda page: _only(repositories.matches.by_candidates([candidate.id], 0.5, page)), 2)
    assert [m.id for m in seen] == sorted(m.id for m in matches[:5])


async def test_a_job_s_matches_page_by_keyset(repositories):
    _, acme = await an_employer(repositories)
    job = a_job(acme.id)
    await repositories.jobs.add(job)
    stored = []
    for n in range(5):
        candidate = await a_candidate(repositories, minute=n)
        resume = a_resume(candidate.id)
        await repositories.resumes.add(resume, max_per_owner=5)
        stored.append(a_match(candidate.id, job.id, resume.id, 0.5 + n / 10))
    await repositories.matches.upsert(stored)
    seen = await _walk(lambda page: _only(repositories.matches.by_jobs([job.id], None, page)), 2)
    assert [m.id for m in seen] == [m.id for m in reversed(stored)]


async def test_an_application_made_between_two_pages_is_not_repeated(repositories):
    _, acme = await an_employer(repositories)
    job = a_job(acme.id)
    await repositories.jobs.add(job)
    made = []
    for n in range(4):
        candidate = await a_candidate(repositories, minute=n)
        application, event = an_application(job.id, candidate.id, minute=n)
        await repositories.applications.add(application, event)
        made.append(application)
    (first,) = await repositories.applications.by_jobs([job.id], None, PageRequest(first=2))
    late = await a_candidate(repositories, minute=9)
    application, event = an_application(job.id, late.id, minute=9)
    await repositories.applications.add(application, event)
    (second,) = await repositories.applications.by_jobs([job.id], None, PageRequest(first=2, after=first.positions[-1]))
    assert [a.id for a in first.items + second.items] == [a.id for a in reversed(made)]


async def test_totals_are_counted_only_when_asked(repositories):
    _, candidate, _, _, _ = await _candidate_with_matches(repositories, [0.9, 0.8, 0.7])
    (counted,) = await repositories.matches.by_candidates([candidate.id], None, PageRequest(first=1))
    (uncounted,) = await repositories.matches.by_candidates([candidate.id], None, PageRequest(first=1, want_total=False))
    assert (counted.total, counted.total_is_estimate) == (3, False)
    assert (uncounted.total, uncounted.items) == (0, counted.items)


async def test_a_position_of_another_list_s_shape_is_the_callers_mistake(repositories):
    _, candidate, _, _, _ = await _candidate_with_matches(repositories, [0.9])
    with pytest.raises(BadUserInput, match="another list or sort order"):
        await repositories.matches.by_candidates([candidate.id], None, PageRequest(after=("a", "b", "c")))


async def _only(pages):
    (page,) = await pages
    return page


async def test_text_search_follows_a_job_s_changes_and_closing(repositories):
    from adapters.embedded.sqlite.jobs import SqliteJobRepository
    from domain.jobs import JobFilter, JobStatus

    if not isinstance(repositories.jobs, SqliteJobRepository):
        pytest.skip("words go to OpenSearch on AWS; its contract tests run when OPENSEARCH_URL is set")
    _, acme = await an_employer(repositories)
    job = a_job(acme.id, title="Gardener", description="Python in the greenhouse.", location="Lisbon")
    await repositories.jobs.add(job)
    open_in_lisbon = JobFilter(status=JobStatus.OPEN, location="lisbon")
    assert [j.id for j in (await repositories.jobs.search("python", open_in_lisbon, PageRequest())).items] == [job.id]
    moved = job.model_copy(update={"location": "Porto"})
    await repositories.jobs.update(moved)
    assert (await repositories.jobs.search("python", open_in_lisbon, PageRequest())).items == []
    await repositories.jobs.update(moved.model_copy(update={"status": JobStatus.CLOSED}))
    page = await repositories.jobs.search("python", JobFilter(status=JobStatus.OPEN), PageRequest())
    assert (page.items, page.total, page.total_is_estimate) == ([], 0, False)


async def test_a_page_of_none_counts_and_says_whether_items_follow_on_every_list(repositories):
    from domain.jobs import JobFilter, JobStatus

    acme, candidate, resume, jobs, matches = await _candidate_with_matches(repositories, [0.9, 0.8])
    application, event = an_application(jobs[0].id, candidate.id)
    await repositories.applications.add(application, event)
    lists = {
        "candidate matches": lambda page: _only(repositories.matches.by_candidates([candidate.id], None, page)),
        "job matches": lambda page: _only(repositories.matches.by_jobs([jobs[0].id], None, page)),
        "candidate applications": lambda page: _only(
            repositories.applications.by_candidates([candidate.id], None, page)),
        "job applications": lambda page: _only(repositories.applications.by_jobs([jobs[0].id], None, page)),
        "organization jobs": lambda page: _only(repositories.jobs.by_organizations([acme.id], None, page)),
        "resumes": lambda page: _only(repositories.resumes.by_owners([candidate.id], None, page)),
        "open jobs": lambda page: repositories.jobs.search(None, JobFilter(status=JobStatus.OPEN), page),
    }
    for name, fetch in lists.items():
        whole = await fetch(PageRequest(first=10))
        none = await fetch(PageRequest(first=0))
        assert (none.items, none.has_next, none.total) == ([], True, whole.total), name
        # From the last item's position nothing follows: a page of none says so.
        past = await fetch(PageRequest(first=0, after=whole.positions[-1]))
        assert (past.items, past.has_next) == ([], False), name
