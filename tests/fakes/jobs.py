"""JobRepository in memory, for the domain's unit tests; run through the same contract as
the real adapters (tests/integration/contract/test_job_repository_contract.py). Listings
and filters follow the same domain rules the SQLite adapter calls (domain.locations,
domain.job_skills); text search (BM25 ranking) is only the real adapters'."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from domain.clock import Clock
from domain.errors import no_longer_a_member_to_change_job, no_longer_a_member_to_post
from domain.job_post_keys import EarlierPost, PostKey
from domain.job_skill_keys import filter_spellings, skill_keys
from domain.jobs import Job, JobFilter, JobStatus
from domain.locations import location_matches
from domain.pagination import Page, PageRequest, Position
from domain.ports.queue import PendingWork
from tests.fakes.accounts import FakeUsers


def _newest_first(job: Job) -> Position:
    return job.posted_at.isoformat(), job.id


class FakeJobs:
    def __init__(self, jobs: Sequence[Job] = (), members: FakeUsers | None = None) -> None:
        self.jobs = {j.id: j for j in jobs}
        self._members = members  # whose organization a `member_of` post is checked against
        self.updates = 0
        self.post_keys: dict[tuple[str, str], EarlierPost] = {}
        self.work: list[PendingWork] = []  # work handed with the changes, as a real repository stores it

    async def add(
        self, job: Job, work: Sequence[PendingWork] = (), *, key: PostKey | None = None,
        member_of: str | None = None,
    ) -> EarlierPost | None:
        if member_of is not None and self._members is not None:
            poster = self._members.users.get(job.posted_by or "")
            if poster is None or poster.organization_id != member_of:
                raise no_longer_a_member_to_post()
        if key is not None:
            earlier = self.post_keys.get((key.poster_id, key.key))
            if earlier is not None:
                return earlier
            self.post_keys[(key.poster_id, key.key)] = EarlierPost(job_id=job.id, fingerprint=key.fingerprint)
        self.jobs[job.id] = job
        self.work.extend(work)
        return None

    async def get_many(self, ids: Sequence[str]) -> list[Job | None]:
        return [self.jobs.get(i) for i in ids]

    async def update(self, job: Job, work: Sequence[PendingWork] = (), *,
                     expected_updated_at: datetime | None = None, open_as_of: Clock | None = None,
                     member: str | None = None) -> bool:
        if member is not None and self._members is not None:
            person = self._members.users.get(member)
            if person is None or person.organization_id != job.organization_id:
                raise no_longer_a_member_to_change_job()
        stored = self.jobs.get(job.id)
        # As an UPDATE: a job never stored is not created.
        if stored is None or (expected_updated_at is not None and stored.updated_at != expected_updated_at):
            return False
        if open_as_of is not None and (stored.status is not JobStatus.OPEN or stored.past_closing(open_as_of.now())):
            return False
        self.updates += 1
        self.work.extend(work)
        self.jobs[job.id] = job
        return True

    async def by_organizations(self, organization_ids: Sequence[str], status: JobStatus | None,
                               page: PageRequest) -> list[Page[Job]]:
        return [_page([j for j in self.jobs.values() if j.organization_id == organization_id
                       and (status is None or j.status is status)], page) for organization_id in organization_ids]

    async def due_to_close(self, now: datetime, limit: int) -> list[Job]:
        due = [j for j in self.jobs.values() if j.status is JobStatus.OPEN and j.past_closing(now)]
        return sorted(due, key=lambda j: (j.closes_at, j.id))[:limit]

    async def search(self, query: str | None, job_filter: JobFilter, page: PageRequest) -> Page[Job]:
        if query:
            raise NotImplementedError("the fake lists and filters; text search runs on the real adapters")
        return _page([j for j in self.jobs.values() if _kept(j, job_filter)], page)


def _kept(job: Job, wanted: JobFilter) -> bool:
    held = set(skill_keys(job.required_skills))
    return all((
        wanted.status is None or job.status is wanted.status,
        not wanted.remote or job.remote in wanted.remote,
        not wanted.employment_types or job.employment_type in wanted.employment_types,
        not wanted.seniority or job.seniority in wanted.seniority,
        not wanted.location or location_matches(job.location, wanted.location.strip()),
        _pays_at_least(job, wanted.yearly_min_salary()),
        not wanted.organization_id or job.organization_id == wanted.organization_id,
        all(held & spellings for spellings in filter_spellings(wanted)),
        wanted.open_as_of is None or not job.past_closing(wanted.open_as_of),
    ))


def _pays_at_least(job: Job, yearly: int | None) -> bool:
    """The top of the range (its bottom when open-ended), as a year's pay, reaches `yearly`."""
    if yearly is None:
        return True
    top = job.salary.yearly_top() if job.salary is not None else None
    return top is not None and top >= yearly


def _page(jobs: list[Job], page: PageRequest) -> Page[Job]:
    ordered = sorted(jobs, key=_newest_first, reverse=True)
    after = page.after_as(str, str)
    rest = [j for j in ordered if after is None or _newest_first(j) < after]
    kept = rest[:page.first]
    return Page(kept, [_newest_first(j) for j in kept], len(rest) > page.first, len(ordered) if page.want_total else 0)
