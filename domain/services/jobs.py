"""Posting, changing, closing and searching jobs."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from domain.clock import Clock, moment_after, new_id
from domain.employer_spelling import employer_spelling
from domain.errors import BadUserInput, Conflict, Forbidden, NotFound
from domain.events import JobClosed, JobPosted, JobUpdated
from domain.job_post_keys import key_job_gone, key_reused, post_key
from domain.job_skill_edits import reread_skills, typed_after
from domain.job_skill_keys import wanted_spellings
from domain.job_skills import description_skills
from domain.jobs import Job, JobFilter, JobStatus, SalaryChange, salary_filter_in_one_currency
from domain.money import checked_places
from domain.narrower_queries import narrower_queries
from domain.pagination import Page, PageRequest
from domain.place_refusal import refuse_a_searched_typo, refuse_unknown_places
from domain.ports.documents import SkillExtractor
from domain.ports.events import EventBus
from domain.ports.jobs import JobRepository
from domain.ports.queue import PendingWork
from domain.postal_codes import town_without_postal_code
from domain.query_aliases import query_aliases
from domain.query_location import location_and_words_from_words
from domain.salary_checks import checked_salary
from domain.score_floor import checked_score_floor
from domain.search_text import wordy_query
from domain.services.corrected_search import as_corrected, correction_of, found_nothing
from domain.services.job_closure_notices import closure_notice_work
from domain.services.matching_triggers import MatchingWork
from domain.skills import normalise
from domain.users import Role, User
from domain.validation import optional_line, optional_text, required_line, required_text, with_words

MAX_SKILLS = 50
# Writes retried from a fresh read when someone changed the job in between; then given up.
_WRITE_ATTEMPTS = 5

# How far ahead a closing time may be: beyond it, a typo or a placeholder (9999-12-31).
FURTHEST_CLOSING = timedelta(days=2 * 365)


def _busy(job_id: str) -> Conflict:
    # The job's id travels with every conflict, so a client knows what to read again.
    return Conflict("Someone else is changing this job right now; read it again and retry.", field="id",
                    jobId=job_id)


_EDITABLE = ("title", "description", "location", "remote", "employment_type", "seniority", "salary",
             "notify_min_score", "closes_at")
# What an update may set to null (clearing it).
_NULLABLE = ("location", "seniority", "salary", "notify_min_score", "closes_at")
# Changes that leave every match as it is: who is told of new ones, not who matches.
_NOT_MATCHED_ON = {"notify_min_score", "closes_at"}
# Jobs the closing sweep closes per pass; a pass that closes this many goes on at once.
CLOSING_BATCH = 100
# What an update may not set to null (location, seniority and salary may be cleared).
_NEVER_NULL = ("title", "description", "remote", "employment_type", "required_skills", "nice_to_have_skills")
_GRAPHQL_NAMES = {"title": "title", "description": "description", "remote": "remote",
                  "employment_type": "employmentType", "required_skills": "requiredSkills",
                  "nice_to_have_skills": "niceToHaveSkills"}


class JobService:
    def __init__(
        self, jobs: JobRepository, skills: SkillExtractor, events: EventBus, clock: Clock,
        matching: MatchingWork | None = None,
    ) -> None:
        self._jobs = jobs
        self._matching = matching
        self._skills = skills
        self._events = events
        self._clock = clock

    async def post(self, actor: User, fields: dict[str, Any], idempotency_key: str | None = None) -> Job:
        organization_id = self._organization_of(actor)
        now = self._clock.now()
        job = Job(
            id=new_id(),
            organization_id=organization_id,
            posted_at=now,
            updated_at=now,
            posted_by=actor.id,
            **self._clean(fields, partial=False),
        )
        job = self._fill_skills(job, fields, refill_empty=True)
        job = job.model_copy(update={"typed_skills": typed_after(None, job, fields, self._skill_identity)})
        key = post_key(actor.id, idempotency_key, job)
        # Stored only while the poster still recruits there: a removal landing between the
        # request's sign-in check and this write posts nothing (as an application move).
        earlier = await self._jobs.add(job, work=self._matching_work(job), key=key,
                                       member_of=organization_id if actor.role is Role.EMPLOYER else None)
        if earlier is not None and key is not None:
            if earlier.fingerprint != key.fingerprint:
                raise key_reused(earlier)
            (first,) = await self._jobs.get_many([earlier.job_id])
            if first is None:
                raise key_job_gone(earlier)
            job = first
        # Announced again by every repeat: the first post's process may have died before its
        # announcement. The event is the same each time (dated when the job was posted), so
        # analytics keeps one fact for it and search mirrors re-read the same job; matching
        # is not driven by it (its work was stored with the job).
        await self._events.publish(JobPosted(job_id=job.id, organization_id=job.organization_id,
                                             occurred_at=job.posted_at))
        return job

    async def update(self, actor: User, job_id: str, changes: dict[str, Any]) -> Job:
        # The input's fields are all nullable (only those given change), but a job always has
        # these: a null would clear nothing, so it is refused rather than silently ignored.
        for key in _NEVER_NULL:
            if key in changes and changes[key] is None:
                raise BadUserInput(
                    f"`{_GRAPHQL_NAMES[key]}` cannot be null: every job has one; leave the field out"
                    " to keep it, or send a new value.", field=_GRAPHQL_NAMES[key])
        # Written only over the state it was made from: a close (or another edit) landing in
        # between is read again, never overwritten; a closed job is not reopened by an edit.
        for _ in range(_WRITE_ATTEMPTS):
            job = await self._own_job(actor, job_id)
            if job.status is JobStatus.CLOSED or job.past_closing(self._clock.now()):
                # Closing is final (nothing reopens a job, a takedown closes it too): changes to
                # a closed job would reach no one, or undo a moderator's decision. A job past its
                # closing time is closed already, the sweep only records it: a later closing
                # time sent before the sweep ran must not reopen it.
                raise Conflict("This job is closed and can no longer be changed; post a new job instead.", field="id",
                               jobId=job.id, reason="JOB_CLOSED")
            given = changes
            if isinstance(changes.get("salary"), SalaryChange):
                given = {**changes, "salary": changes["salary"].applied_to(job.salary)}
            cleaned = self._clean(given, partial=True, stored_location=job.location)
            updated = job.model_copy(update={**cleaned, "updated_at": self._moment_after(job)})
            if not {"required_skills", "nice_to_have_skills"} & given.keys():
                updated = updated.model_copy(
                    update=reread_skills(job, updated, self._skills, MAX_SKILLS, self._skill_identity))
            updated = self._fill_skills(updated, given, refill_empty=False)
            updated = updated.model_copy(
                update={"typed_skills": typed_after(job, updated, given, self._skill_identity)})
            if updated.model_copy(update={"updated_at": job.updated_at}) == job:
                # Nothing changes: no write, so `updatedAt` still says when something last did,
                # and no one is told of a change or re-matched for one.
                return job
            work = [] if given.keys() <= _NOT_MATCHED_ON else self._matching_work(updated)
            # The closing check again, in the write and at its time: one made just before the
            # closing time and written just after is refused there, then here on the re-read.
            if await self._jobs.update(updated, work=work, expected_updated_at=job.updated_at,
                                       open_as_of=self._clock, member=_recruiter(actor)):
                await self._events.publish(JobUpdated(job_id=job.id, organization_id=job.organization_id))
                return updated
        raise _busy(job_id)

    async def close(self, actor: User, job_id: str) -> Job:
        for _ in range(_WRITE_ATTEMPTS):
            closed = await self._close_once(await self._own_job(actor, job_id), member=_recruiter(actor))
            if closed is not None:
                return closed
        raise _busy(job_id)

    async def close_due(self, limit: int = CLOSING_BATCH) -> int:
        """The worker's sweep: closes the open jobs whose closing time has come, as their team's
        close does (the same notices, events and matching work), `closed_at` their closing time.
        A job whose team moved or cleared its closing time meanwhile is left open. Returns how
        many it closed."""
        now = self._clock.now()
        closed = 0
        for due in await self._jobs.due_to_close(now, limit):
            job: Job | None = due
            for _ in range(_WRITE_ATTEMPTS):
                if job is None or job.status is JobStatus.CLOSED or not job.past_closing(now):
                    break
                if await self._close_once(job, closed_at=job.closes_at) is not None:
                    closed += 1
                    break
                (job,) = await self._jobs.get_many([due.id])
        return closed

    async def close_for_its_closed_organization(self, job_id: str) -> None:
        """Closed as its team's close does (the same notices, events and matching work: its
        applicants are told), by no member: the organization closed with its last one."""
        for _ in range(_WRITE_ATTEMPTS):
            (job,) = await self._jobs.get_many([job_id])
            if job is None or await self._close_once(job) is not None:
                return
        raise _busy(job_id)

    async def _close_once(self, job: Job, closed_at: datetime | None = None, member: str | None = None) -> Job | None:
        """The job closed, written over the state read (None when it changed meanwhile); by
        `member`, only while they still recruit for it."""
        if job.status is JobStatus.CLOSED:
            return job
        moment = self._moment_after(job)
        closed = job.model_copy(update={"status": JobStatus.CLOSED, "updated_at": moment,
                                        "closed_at": closed_at or moment})
        work = [*self._matching_work(closed), closure_notice_work(closed)]
        if not await self._jobs.update(closed, work=work, expected_updated_at=job.updated_at, member=member):
            return None
        await self._events.publish(JobClosed(job_id=job.id, organization_id=job.organization_id))
        return closed

    def _moment_after(self, job: Job) -> datetime:
        return moment_after(self._clock, job.updated_at)

    def _matching_work(self, job: Job) -> list[PendingWork]:
        return self._matching.job_changed(job) if self._matching else []

    async def search(
        self, query: str | None, job_filter: JobFilter, page: PageRequest, corrected: str | None = None,
    ) -> Page[Job]:
        """`corrected`: a later page of a search whose first page was read as that query
        (its cursor says so), searched as that query again."""
        if corrected is not None:
            found, _ = await self._searched(corrected, job_filter, page)
            return replace(found, corrected_query=corrected)
        found, text = await self._searched(query, job_filter, page)
        if text and query and page.after is None and found_nothing(found):
            fixed = await correction_of(self._jobs, query, text)
            if fixed is not None:
                again, _ = await self._searched(fixed, job_filter, page)
                if again.items or again.total:  # else the page as typed: nothing, and no claim
                    found = replace(again, corrected_query=fixed)
            if found_nothing(found):
                places = frozenset(w.casefold() for w in query.split()) - frozenset(w.casefold() for w in text.split())
                found = await self._narrower(query, places, job_filter, page) or found
        elif found.corrected_query is not None:  # read with a few edits by the index itself
            found = await as_corrected(found, query, text, page.after is None,
                                       lambda fixed: self._searched_page(fixed, job_filter, page))
        if job_filter.location and page.after is None and found_nothing(found):
            refuse_a_searched_typo(job_filter.location, "filter.location")
        return found

    async def _narrower(self, query: str, places: frozenset[str], job_filter: JobFilter,
                        page: PageRequest) -> Page[Job] | None:
        """The first page of the first narrower query that lists jobs (domain.narrower_queries), as
        corrected to it; None when none does."""
        for narrower, _ in narrower_queries(query, places):
            again, _ = await self._searched(narrower, job_filter, page)
            if again.items:
                return replace(again, corrected_query=narrower)
        return None

    async def _searched_page(self, query: str, job_filter: JobFilter, page: PageRequest) -> Page[Job]:
        return (await self._searched(query, job_filter, page))[0]

    async def _searched(self, query: str | None, job_filter: JobFilter, page: PageRequest) -> tuple[Page[Job], str | None]:
        text, location, place_words = location_and_words_from_words(
            wordy_query(optional_line(query, "query", 500)), job_filter.location, self._skills)
        text = optional_text(text, "query", 500)
        if text and location != job_filter.location and not any(ch.isalnum() for ch in text):
            text = None  # its words named the place; the symbols left beside them search nothing
        if location and not any(c.isalnum() for c in location):
            # Read as no place at all it would list every job, the opposite of a filter.
            raise BadUserInput(
                f"`filter.location` must name a place, such as Leeds, Bavaria or Germany; {location!r} has no"
                " letters or digits. Leave it out to search everywhere.",
                field="filter.location",
            )
        if location:
            location = town_without_postal_code(location)  # "Dublin 15" is asked of Dublin's jobs
        if location != job_filter.location:
            job_filter = job_filter.model_copy(update={
                "location": location, "location_or_words": place_words,
                "location_or_words_aliases": query_aliases(place_words, self._skills) if place_words else None})
        for skill in job_filter.skills or []:
            if not normalise(skill):
                raise BadUserInput(
                    f"Each of `filter.skills` must name a skill, such as Wound care; {skill!r} has no letters or digits.",
                    field="filter.skills",
                )
        if job_filter.skills:
            job_filter = job_filter.model_copy(
                update={"skill_spellings": wanted_spellings(job_filter.skills, self._skills)}
            )
        if job_filter.min_salary is not None and job_filter.min_salary < 0:
            raise BadUserInput("`filter.minSalary` must be zero or more.", field="filter.minSalary")
        job_filter = salary_filter_in_one_currency(job_filter)
        if job_filter.salary_currency is not None:
            checked_places(job_filter.min_salary, job_filter.salary_currency, "filter.minSalaryAmount",
                           "filter.minSalaryAmount")
        if text:
            job_filter = job_filter.model_copy(update={"query_aliases": query_aliases(text, self._skills)})
        if job_filter.status is JobStatus.OPEN:
            # No job past its closing time, though the sweep (every `job_closing_sweep_seconds`)
            # may not have closed it yet: the store leaves it out where it ranks, pages and counts.
            job_filter = job_filter.model_copy(update={"open_as_of": self._clock.now()})
        return await self._jobs.search(text, job_filter, page), text

    async def _own_job(self, actor: User, job_id: str) -> Job:
        (job,) = await self._jobs.get_many([job_id])
        if job is None:
            raise NotFound("No job has that id.")
        if actor.role is not Role.ADMIN and job.organization_id != actor.organization_id:
            raise Forbidden("Only members of the organization that posted this job may change it.")
        return job

    @staticmethod
    def _organization_of(actor: User) -> str:
        if actor.role is not Role.EMPLOYER or not actor.organization_id:
            raise Forbidden("Only employers with an organization can post jobs.")
        return actor.organization_id

    def _clean(self, fields: dict[str, Any], *, partial: bool, stored_location: str | None = None) -> dict[str, Any]:
        cleaned: dict[str, Any] = {}
        for key in _EDITABLE:
            if key in fields and (fields[key] is not None or key in _NULLABLE):
                cleaned[key] = fields[key]
        if not partial or "title" in cleaned:
            cleaned["title"] = with_words(required_line(fields.get("title"), "title", 200), "title", "Staff Nurse")
        if not partial or "description" in cleaned:
            cleaned["description"] = required_text(fields.get("description"), "description", 20_000)
        if "location" in cleaned:
            location = optional_line(cleaned["location"], "location", 200)
            cleaned["location"] = location and with_words(location, "location", "Leeds, UK")
            # A misspelt place meets no candidate's preferred places and no location search:
            # refused with the places it is nearest. The job's own place may be sent back.
            refuse_unknown_places([location] if location else None, [stored_location or ""], field="location")
        if cleaned.get("salary") is not None:
            cleaned["salary"] = checked_salary(cleaned["salary"])
        if cleaned.get("notify_min_score") is not None:
            cleaned["notify_min_score"] = checked_score_floor(cleaned["notify_min_score"], "notifyMinScore")
        if cleaned.get("closes_at") is not None:
            cleaned["closes_at"] = self._checked_closing(cleaned["closes_at"])
        return cleaned

    def _checked_closing(self, closes_at: datetime) -> datetime:
        if closes_at.tzinfo is None:
            raise BadUserInput("`closesAt` needs a time zone, such as 2027-03-31T17:00:00Z or"
                               " 2027-03-31T17:00:00+01:00.", field="closesAt")
        now = self._clock.now()
        if closes_at <= now:
            raise BadUserInput(
                f"`closesAt` must be in the future (it is {now:%Y-%m-%dT%H:%M:%SZ} now); send a later moment,"
                " or null for a job open until you close it.", field="closesAt")
        if closes_at > now + FURTHEST_CLOSING:
            # Year 9999 is a typo or a placeholder, not a plan: a job is closed, or its time
            # moved (updateJob), long before two years are out.
            raise BadUserInput(
                f"`closesAt` may be at most {FURTHEST_CLOSING.days // 365} years ahead (until"
                f" {now + FURTHEST_CLOSING:%Y-%m-%d}); send an earlier moment, or null for a job open until you"
                " close it.", field="closesAt")
        return closes_at

    def _fill_skills(self, job: Job, fields: dict[str, Any], *, refill_empty: bool) -> Job:
        update: dict[str, Any] = {}
        for key in ("required_skills", "nice_to_have_skills"):
            given = fields.get(key)
            if given is None and not refill_empty:
                continue
            update[key] = self._canonical_list(given or [], key)
        if "required_skills" in update and not update["required_skills"]:
            # The same extractor as résumés reads the job's own words; nothing it does not name.
            required, nice = description_skills(job.title, job.description, self._skills, MAX_SKILLS)
            update["required_skills"] = required
            if "nice_to_have_skills" in update and not update["nice_to_have_skills"]:
                update["nice_to_have_skills"] = nice
        if "nice_to_have_skills" in update and "required_skills" in update:
            taken = {self._skill_identity(s) for s in update["required_skills"]}
            update["nice_to_have_skills"] = [
                s for s in update["nice_to_have_skills"] if self._skill_identity(s) not in taken]
        return job.model_copy(update=update)

    def _canonical_list(self, names: list[str], key: str) -> list[str]:
        if len(names) > MAX_SKILLS:
            raise BadUserInput(f"A job may list at most {MAX_SKILLS} skills.", field=_GRAPHQL_NAMES[key])
        out: list[str] = []
        seen: set[str] = set()
        for raw in names:
            text = raw.strip()
            if not text:
                raise BadUserInput(
                    f"`{_GRAPHQL_NAMES[key]}` holds an empty skill name; remove it, or send [] to have"
                    " the skills read from the description.", field=_GRAPHQL_NAMES[key])
            if len(text) > 100:
                raise BadUserInput("A skill name may be at most 100 characters long.", field=_GRAPHQL_NAMES[key])
            name = employer_spelling(text, self._skills)
            identity = self._skill_identity(name)
            if identity not in seen:
                seen.add(identity)
                out.append(name)
        return out

    def _skill_identity(self, name: str) -> str:
        """One skill however it is capitalised or spelled ("Food Safety", "food hygiene")."""
        return normalise(self._skills.canonical(name) or name)


def _recruiter(actor: User) -> str | None:
    """Whose membership a recruiter's change is written under (checked in the write, so a
    removal landing meanwhile refuses it); an administrator's is not a member's."""
    return actor.id if actor.role is Role.EMPLOYER else None
