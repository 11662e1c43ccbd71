"""Per-request dataloaders, built in the context getter (never at import time)."""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from aiodataloader import DataLoader

from domain.jobs import Job
from domain.services.sent_resume_scores import SentResumeScores
from domain.users import Organization
from resolvers.loaders.application_by_id import ApplicationByIdLoader
from resolvers.loaders.application_counts_by_job import ApplicationCountsByJobLoader
from resolvers.loaders.applications_by_candidate import ApplicationsByCandidateLoader
from resolvers.loaders.applications_by_job import ApplicationsByJobLoader
from resolvers.loaders.applications_by_organization import ApplicationsByOrganizationLoader
from resolvers.loaders.applied_organizations_by_candidate import AppliedOrganizationsByCandidateLoader
from resolvers.loaders.devices_by_user import DevicesByUserLoader
from resolvers.loaders.history_by_application import HistoryByApplicationLoader
from resolvers.loaders.inbox import NotificationsByUserLoader, UnreadNotificationsByUserLoader
from resolvers.loaders.job_by_id import JobByIdLoader
from resolvers.loaders.jobs_by_organization import JobsByOrganizationLoader
from resolvers.loaders.match_by_id import MatchByIdLoader
from resolvers.loaders.match_facts import MatchFactsLoader
from resolvers.loaders.match_score_by_sent_resume import MatchScoreBySentResumeLoader
from resolvers.loaders.matches_by_candidate import MatchesByCandidateLoader
from resolvers.loaders.matches_by_job import MatchesByJobLoader
from resolvers.loaders.members_by_organization import MembersByOrganizationLoader
from resolvers.loaders.organization_by_id import OrganizationByIdLoader
from resolvers.loaders.pending_email_change_by_user import PendingEmailChangeByUserLoader
from resolvers.loaders.prefetch import prefetch
from resolvers.loaders.resume_by_id import ResumeByIdLoader
from resolvers.loaders.resumes_by_owner import ResumesByOwnerLoader
from resolvers.loaders.sessions_by_user import SessionsByUserLoader
from resolvers.loaders.user_by_id import UserByIdLoader

if TYPE_CHECKING:
    from resolvers.services import ResolverServices

L = TypeVar("L", bound=DataLoader)
B = TypeVar("B")


class _OneBatch:
    """A batch function made outside any loader, given to `instrument` as a loader would be (it
    wraps `batch_load_fn`), so the batch metric counts it the same."""

    def __init__(self, batch_load_fn: Callable[[Sequence[Any]], Awaitable[Sequence[Any]]]) -> None:
        self.batch_load_fn = batch_load_fn


class Loaders:
    """This request's dataloaders, each built when first used: a request needs a few of them,
    and building all of them for every request costs more than most requests' own work.
    `instrument(name, loader)`, when given, sees each loader as it is built (batch metrics)."""

    def __init__(self, services: ResolverServices, instrument: Callable[[str, Any], None] | None = None) -> None:
        self._services = services
        self._repos = services.repositories
        self._instrument = instrument
        self._remembered_jobs: list[Job] = []
        # The names of the loaders built so far: `release` forgets these without looking at
        # every attribute (a few microseconds of every request).
        self._built_names: list[str] = []
        self._shown_organizations: dict[str, Organization | None] = {}

    @classmethod
    def create(
        cls, services: ResolverServices, instrument: Callable[[str, Any], None] | None = None
    ) -> Loaders:
        return cls(services, instrument)

    def release(self) -> None:
        """Forgets the loaders built so far (and everything they cached)."""
        for name in self._built_names:
            self.__dict__.pop(name, None)
        self._built_names = []
        self._remembered_jobs = []
        self._shown_organizations = {}

    def _instrumented(self, name: str, thing: B) -> B:
        if self._instrument is not None:
            self._instrument(name, thing)
        return thing

    def _built(self, name: str, loader: L) -> L:
        self._built_names.append(name)
        return self._instrumented(name, loader)

    @cached_property
    def user_by_id(self) -> UserByIdLoader:
        return self._built("user_by_id", UserByIdLoader(self._repos.users))

    @cached_property
    def organization_by_id(self) -> OrganizationByIdLoader:
        loader = self._built("organization_by_id", OrganizationByIdLoader(self._repos.organizations))
        for key, organization in self._shown_organizations.items():
            loader.prime(key, organization)
        return loader

    async def organizations_shown(self, ids: Iterable[str]) -> dict[str, Organization | None]:
        """The organizations a resolver will hand to the objects it returns (a search page's
        jobs), read in one batch before any field asks. The organization loader (and a primed
        future per organization) is built only if something else in this request asks for
        one, and then starts from these: most requests never do."""
        wanted = list(dict.fromkeys(ids))
        if "organization_by_id" in self.__dict__:
            return await prefetch(self.organization_by_id, wanted)
        shown = self._shown_organizations
        missing = [key for key in wanted if key not in shown]
        if missing:
            batch = self._instrumented("organization_by_id", _OneBatch(self._repos.organizations.get_many))
            for key, organization in zip(missing, await batch.batch_load_fn(missing), strict=True):
                shown[key] = organization
        return {key: shown[key] for key in wanted}

    @cached_property
    def members_by_organization(self) -> MembersByOrganizationLoader:
        return self._built("members_by_organization", MembersByOrganizationLoader(self._repos.users))

    @cached_property
    def job_by_id(self) -> JobByIdLoader:
        loader = self._built("job_by_id", JobByIdLoader(self._repos.jobs))
        loader.remember(self._remembered_jobs)
        return loader

    def remember_jobs(self, jobs: Iterable[Job]) -> None:
        """Jobs this request already read (a search page), for `job_by_id` to answer from if
        anything asks for one again; most requests never do, and build no loader for it."""
        if "job_by_id" in vars(self):
            self.job_by_id.remember(jobs)
        else:
            self._remembered_jobs.extend(jobs)

    @cached_property
    def jobs_by_organization(self) -> JobsByOrganizationLoader:
        return self._built("jobs_by_organization", JobsByOrganizationLoader(self._repos.jobs))

    @cached_property
    def resume_by_id(self) -> ResumeByIdLoader:
        return self._built("resume_by_id", ResumeByIdLoader(self._repos.resumes))

    @cached_property
    def resumes_by_owner(self) -> ResumesByOwnerLoader:
        return self._built("resumes_by_owner", ResumesByOwnerLoader(self._repos.resumes))

    @cached_property
    def match_by_id(self) -> MatchByIdLoader:
        return self._built("match_by_id", MatchByIdLoader(self._repos.matches))

    @cached_property
    def match_score_by_sent_resume(self) -> MatchScoreBySentResumeLoader:
        matching = self._services.matching
        scores = matching.sent_resume_scores if matching else SentResumeScores(
            parts=None, matches=self._repos.matches, resumes=self._repos.resumes, users=self._repos.users)
        return self._built("match_score_by_sent_resume", MatchScoreBySentResumeLoader(scores))

    @cached_property
    def match_facts(self) -> MatchFactsLoader:
        matching = self._services.matching
        return self._built("match_facts", MatchFactsLoader(matching.explanations if matching else None))

    @cached_property
    def matches_by_candidate(self) -> MatchesByCandidateLoader:
        return self._built("matches_by_candidate", MatchesByCandidateLoader(self._repos.matches))

    @cached_property
    def matches_by_job(self) -> MatchesByJobLoader:
        return self._built("matches_by_job", MatchesByJobLoader(self._repos.matches))

    @cached_property
    def application_by_id(self) -> ApplicationByIdLoader:
        return self._built("application_by_id", ApplicationByIdLoader(self._repos.applications))

    @cached_property
    def applications_by_candidate(self) -> ApplicationsByCandidateLoader:
        return self._built("applications_by_candidate", ApplicationsByCandidateLoader(self._repos.applications))

    @cached_property
    def applications_by_job(self) -> ApplicationsByJobLoader:
        return self._built("applications_by_job", ApplicationsByJobLoader(self._repos.applications))

    @cached_property
    def applications_by_organization(self) -> ApplicationsByOrganizationLoader:
        loader = ApplicationsByOrganizationLoader(self._repos.applications)
        return self._built("applications_by_organization", loader)

    @cached_property
    def history_by_application(self) -> HistoryByApplicationLoader:
        return self._built("history_by_application", HistoryByApplicationLoader(self._repos.applications))

    @cached_property
    def applied_organizations_by_candidate(self) -> AppliedOrganizationsByCandidateLoader:
        loader = AppliedOrganizationsByCandidateLoader(self._repos.applications)
        return self._built("applied_organizations_by_candidate", loader)

    @cached_property
    def application_counts_by_job(self) -> ApplicationCountsByJobLoader:
        return self._built("application_counts_by_job", ApplicationCountsByJobLoader(self._repos.applications))

    @cached_property
    def sessions_by_user(self) -> SessionsByUserLoader:
        return self._built("sessions_by_user", SessionsByUserLoader(self._repos.sessions))

    @cached_property
    def pending_email_change_by_user(self) -> PendingEmailChangeByUserLoader:
        loader = PendingEmailChangeByUserLoader(self._services.lifecycle.email_change)
        return self._built("pending_email_change_by_user", loader)

    @cached_property
    def devices_by_user(self) -> DevicesByUserLoader:
        return self._built("devices_by_user", DevicesByUserLoader(self._services.lifecycle.devices))

    @cached_property
    def notifications_by_user(self) -> NotificationsByUserLoader:
        return self._built("notifications_by_user", NotificationsByUserLoader(self._services.inbox))

    @cached_property
    def unread_notifications_by_user(self) -> UnreadNotificationsByUserLoader:
        return self._built("unread_notifications_by_user", UnreadNotificationsByUserLoader(self._services.inbox))
