"""Per-request dataloaders, built in the context getter (never at import time)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from resolvers.loaders.application_by_id import ApplicationByIdLoader
from resolvers.loaders.application_counts_by_job import ApplicationCountsByJobLoader
from resolvers.loaders.applications_by_candidate import ApplicationsByCandidateLoader
from resolvers.loaders.applications_by_job import ApplicationsByJobLoader
from resolvers.loaders.applied_organizations_by_candidate import AppliedOrganizationsByCandidateLoader
from resolvers.loaders.history_by_application import HistoryByApplicationLoader
from resolvers.loaders.job_by_id import JobByIdLoader
from resolvers.loaders.jobs_by_organization import JobsByOrganizationLoader
from resolvers.loaders.match_by_id import MatchByIdLoader
from resolvers.loaders.matches_by_candidate import MatchesByCandidateLoader
from resolvers.loaders.matches_by_job import MatchesByJobLoader
from resolvers.loaders.members_by_organization import MembersByOrganizationLoader
from resolvers.loaders.organization_by_id import OrganizationByIdLoader
from resolvers.loaders.resume_by_id import ResumeByIdLoader
from resolvers.loaders.resumes_by_owner import ResumesByOwnerLoader
from resolvers.loaders.user_by_id import UserByIdLoader
from resolvers.loaders.devices_by_user import DevicesByUserLoader
from resolvers.loaders.sessions_by_user import SessionsByUserLoader

if TYPE_CHECKING:
    from gateway.bootstrap import Services


@dataclass
class Loaders:
    user_by_id: UserByIdLoader
    organization_by_id: OrganizationByIdLoader
    members_by_organization: MembersByOrganizationLoader
    job_by_id: JobByIdLoader
    jobs_by_organization: JobsByOrganizationLoader
    resume_by_id: ResumeByIdLoader
    resumes_by_owner: ResumesByOwnerLoader
    match_by_id: MatchByIdLoader
    matches_by_candidate: MatchesByCandidateLoader
    matches_by_job: MatchesByJobLoader
    application_by_id: ApplicationByIdLoader
    applications_by_candidate: ApplicationsByCandidateLoader
    applications_by_job: ApplicationsByJobLoader
    history_by_application: HistoryByApplicationLoader
    applied_organizations_by_candidate: AppliedOrganizationsByCandidateLoader
    application_counts_by_job: ApplicationCountsByJobLoader
    sessions_by_user: SessionsByUserLoader
    devices_by_user: DevicesByUserLoader

    @classmethod
    def create(cls, services: "Services") -> "Loaders":
        repos = services.repositories
        return cls(
            user_by_id=UserByIdLoader(repos.users),
            organization_by_id=OrganizationByIdLoader(repos.organizations),
            members_by_organization=MembersByOrganizationLoader(repos.users),
            job_by_id=JobByIdLoader(repos.jobs),
            jobs_by_organization=JobsByOrganizationLoader(repos.jobs),
            resume_by_id=ResumeByIdLoader(repos.resumes),
            resumes_by_owner=ResumesByOwnerLoader(repos.resumes),
            match_by_id=MatchByIdLoader(repos.matches),
            matches_by_candidate=MatchesByCandidateLoader(repos.matches),
            matches_by_job=MatchesByJobLoader(repos.matches),
            application_by_id=ApplicationByIdLoader(repos.applications),
            applications_by_candidate=ApplicationsByCandidateLoader(repos.applications),
            applications_by_job=ApplicationsByJobLoader(repos.applications),
            history_by_application=HistoryByApplicationLoader(repos.applications),
            applied_organizations_by_candidate=AppliedOrganizationsByCandidateLoader(repos.applications),
            application_counts_by_job=ApplicationCountsByJobLoader(repos.applications),
            sessions_by_user=SessionsByUserLoader(repos.sessions),
            devices_by_user=DevicesByUserLoader(services.ports.get("devices")),
        )
