"""What follows an organization's closing. An organization closes when its last member deletes
their account (domain/services/erasure.py): the store marks it closed in the write that removes
that member (domain/ports/organization_members.py), which also releases its name and revokes
its open invitations, so nobody joins it again. Its open jobs are then closed through the
jobs' own close (their applicants are told, search and matching drop them), and any invitation
the store's write did not reach is revoked. That is queued in the removal's own write
(`closing_work`) and run at once after it as well: both runs are the same idempotent steps,
and for an organization that is not closed they do nothing."""
from __future__ import annotations

from typing import Protocol

from domain.clock import Clock
from domain.jobs import JobStatus
from domain.pagination import PageRequest
from domain.ports.accounts import OrganizationRepository
from domain.ports.invitations import InvitationRepository
from domain.ports.jobs import JobRepository
from domain.ports.queue import PendingWork

FINISH_CLOSING = "organization.finish_closing"
_PAGE = 100


def closing_work(organization_id: str) -> PendingWork:
    """The closing's follow-up, queued with the last member's removal."""
    return PendingWork(FINISH_CLOSING, {"organization_id": organization_id},
                       dedupe_key=f"{FINISH_CLOSING}:{organization_id}", after_running=True)


class ClosesJobs(Protocol):
    async def close_for_its_closed_organization(self, job_id: str) -> None: ...


class OrganizationClosing:
    def __init__(self, organizations: OrganizationRepository, jobs: JobRepository, closer: ClosesJobs,
                 invitations: InvitationRepository, clock: Clock) -> None:
        self._organizations = organizations
        self._jobs = jobs
        self._closer = closer
        self._invitations = invitations
        self._clock = clock

    async def finish(self, organization_id: str) -> None:
        (organization,) = await self._organizations.get_many([organization_id])
        if organization is None or organization.closed_at is None:
            return
        for job_id in await self._open_jobs(organization_id):
            await self._closer.close_for_its_closed_organization(job_id)
        now = self._clock.now()
        for invitation in await self._invitations.open_for(organization_id):
            await self._invitations.revoke(invitation.id, now)

    async def _open_jobs(self, organization_id: str) -> list[str]:
        found: list[str] = []
        page = PageRequest(first=_PAGE, want_total=False)
        while True:
            (listed,) = await self._jobs.by_organizations([organization_id], JobStatus.OPEN, page)
            found.extend(job.id for job in listed.items)
            if not listed.has_next or not listed.items:
                return found
            page = PageRequest(first=_PAGE, after=listed.positions[-1], want_total=False)
