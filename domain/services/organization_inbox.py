"""What a recruiter's inbox holds of their organization, which goes when they stop recruiting
for it: the notifications they were sent as its recruiter (about its applications and its jobs'
new candidates), which are about its candidates. What is about their own account stays.

Notifications kept since they name their organization (Notification.organization_id) are
found by it. Older ones are found by what they reference: an application to one of the
organization's jobs, unless the person is that application's candidate (then it is their own).
A match notification is either the matched candidate's own, or a "New candidates" notice to
the job's team, which names its organization from the start.

The removal runs right after the leaving commits, and is also queued in the leaving's own write
(`forget_work`), so a crash in between leaves it to a worker. Until then the inbox's reads hide
entries naming an organization the person no longer recruits for (domain/ports/inbox.py)."""
from __future__ import annotations

from domain.inbox import Notification
from domain.pagination import PageRequest
from domain.ports.inbox import Inbox
from domain.ports.jobs import JobRepository
from domain.ports.queue import PendingWork
from domain.ports.resumes import ApplicationRepository

_PAGE = 100
FORGET_ORGANIZATION_INBOX = "inbox.forget_organization"


def forget_work(user_id: str, organization_id: str) -> PendingWork:
    """The removal, queued with the leaving that calls for it."""
    return PendingWork(FORGET_ORGANIZATION_INBOX, {"user_id": user_id, "organization_id": organization_id},
                       dedupe_key=f"{FORGET_ORGANIZATION_INBOX}:{user_id}:{organization_id}", after_running=True)


class OrganizationInbox:
    def __init__(self, inbox: Inbox, applications: ApplicationRepository, jobs: JobRepository) -> None:
        self._inbox = inbox
        self._applications = applications
        self._jobs = jobs

    async def forget(self, user_id: str, organization_id: str) -> int:
        """Removes the person's notifications of the organization; how many went."""
        older = await self._kept_before_naming_organizations(user_id)
        ids = await self._about_the_organization(user_id, organization_id, older)
        return await self._inbox.remove_of_organization(user_id, organization_id, ids)

    async def _kept_before_naming_organizations(self, user_id: str) -> list[Notification]:
        found: list[Notification] = []
        page = PageRequest(first=_PAGE, want_total=False)
        while True:
            (listed,) = await self._inbox.pages([user_id], False, page)
            found.extend(n for n in listed.items if n.organization_id is None and n.link("applicationId"))
            if not listed.has_next or not listed.items:
                return found
            page = PageRequest(first=_PAGE, after=listed.positions[-1], want_total=False)

    async def _about_the_organization(self, user_id: str, organization_id: str,
                                      notes: list[Notification]) -> list[str]:
        if not notes:
            return []
        application_ids = list(dict.fromkeys(str(n.link("applicationId")) for n in notes))
        applications = [a for a in await self._applications.get_many(application_ids) if a is not None]
        job_ids = list(dict.fromkeys(a.job_id for a in applications))
        organization_of_job = {j.id: j.organization_id for j in await self._jobs.get_many(job_ids) if j is not None}
        theirs = {a.id for a in applications
                  if a.candidate_id != user_id and organization_of_job.get(a.job_id) == organization_id}
        return [n.id for n in notes if n.link("applicationId") in theirs]
