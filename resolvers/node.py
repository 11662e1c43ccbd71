"""`node(id)`: any object by its global ID, as far as the caller may see it."""
from __future__ import annotations

from domain.users import Role
from resolvers.context import Info
from resolvers.ids import from_global_id
from resolvers.permissions import can_see_contact
from resolvers.types.application import ApplicationType
from resolvers.types.common import Node
from resolvers.types.job import JobType
from resolvers.types.match import MatchType
from resolvers.types.organization import OrganizationType
from resolvers.types.resume import ResumeType
from resolvers.types.user import UserType


async def _organization_member(info: Info, job_id: str) -> bool:
    viewer = info.context.viewer
    if viewer is None:
        return False
    if viewer.role is Role.ADMIN:
        return True
    job = await info.context.loaders.job_by_id.load(job_id)
    return job is not None and job.organization_id == viewer.organization_id


async def resolve_node(info: Info, global_id: str) -> Node | None:
    type_name, raw = from_global_id(global_id)
    loaders = info.context.loaders
    viewer = info.context.viewer
    if type_name == "Job":
        job = await loaders.job_by_id.load(raw)
        return JobType.from_domain(job) if job else None
    if type_name == "Organization":
        organization = await loaders.organization_by_id.load(raw)
        return OrganizationType.from_domain(organization) if organization else None
    if type_name == "User":
        user = await loaders.user_by_id.load(raw)
        return UserType.from_domain(user) if user else None
    if viewer is None:
        return None  # the rest is private: answer as if it did not exist
    if type_name == "Resume":
        resume = await loaders.resume_by_id.load(raw)
        if resume and await can_see_contact(info, resume.owner_id):
            return ResumeType.from_domain(resume)
        return None
    if type_name == "Match":
        match = await loaders.match_by_id.load(raw)
        if match and (match.candidate_id == viewer.id or await _organization_member(info, match.job_id)):
            return MatchType.from_domain(match)
        return None
    application = await loaders.application_by_id.load(raw)
    if application and (
        application.candidate_id == viewer.id or await _organization_member(info, application.job_id)
    ):
        return ApplicationType.from_domain(application)
    return None
