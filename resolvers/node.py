"""`node(id)`: any object by its global ID. Who may see which kind is declared on the field
(resolvers/node_permissions.py); this only loads."""
from __future__ import annotations

from resolvers.context import Info
from resolvers.ids import from_global_id
from resolvers.types.application import ApplicationType
from resolvers.types.common import Node
from resolvers.types.job import JobType
from resolvers.types.match import MatchType
from resolvers.types.organization import OrganizationType
from resolvers.types.resume import ResumeType
from resolvers.types.user import UserType


async def resolve_node(info: Info, global_id: str) -> Node | None:
    type_name, raw = from_global_id(global_id)
    loaders = info.context.loaders
    if type_name == "Job":
        job = await loaders.job_by_id.load(raw)
        return JobType.from_domain(job) if job else None
    if type_name == "Organization":
        organization = await loaders.organization_by_id.load(raw)
        return OrganizationType.from_domain(organization) if organization else None
    if type_name == "User":
        user = await loaders.user_by_id.load(raw)
        return UserType.from_domain(user) if user else None
    if type_name == "Resume":
        resume = await loaders.resume_by_id.load(raw)
        return ResumeType.from_domain(resume) if resume else None
    if type_name == "Match":
        match = await loaders.match_by_id.load(raw)
        return MatchType.from_domain(match) if match else None
    application = await loaders.application_by_id.load(raw)
    return ApplicationType.from_domain(application) if application else None
