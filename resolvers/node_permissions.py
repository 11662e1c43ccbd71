"""Who may see which node: declared on `node(id:)` as a permission, so its resolver only loads.

A node the caller may not see reads as null, exactly like an id that names nothing: a
FORBIDDEN here would tell a stranger that the id exists (a candidate's account, an
application)."""
from __future__ import annotations

from typing import Any

from strawberry.permission import BasePermission, PermissionExtension

from domain.users import Role, User
from resolvers.context import Info
from resolvers.ids import from_global_id
from resolvers.permissions import knows_of

# Anyone may read these by id, signed in or not: they are what job seekers browse.
_PUBLIC_TYPES = frozenset({"Job", "Organization"})


async def can_see_person(info: Info, person: User) -> bool:
    """A person's account is for that person and admins; employers see their own
    organization's members and the candidates who applied to it (the rule for a candidate's
    contact data, less its need of a verified address: those fields hide themselves), never
    other candidates or other organizations' people."""
    viewer = info.context.viewer
    if viewer is None:
        return False
    if viewer.role is Role.EMPLOYER and viewer.organization_id and person.organization_id == viewer.organization_id:
        return True
    return await knows_of(info, person.id)


async def _organization_member(info: Info, viewer: User, job_id: str) -> bool:
    if viewer.role is Role.ADMIN:
        return True
    job = await info.context.loaders.job_by_id.load(job_id)
    return job is not None and job.organization_id == viewer.organization_id


async def may_see_node(info: Info, type_name: str, raw: str) -> bool:
    """False hides the node; True for an id that names nothing too (the resolver answers null)."""
    if type_name in _PUBLIC_TYPES:
        return True
    viewer = info.context.viewer
    if viewer is None:
        return False
    loaders = info.context.loaders
    if type_name == "User":
        person = await loaders.user_by_id.load(raw)
        return person is None or await can_see_person(info, person)
    if type_name == "Resume":
        resume = await loaders.resume_by_id.load(raw)
        return resume is None or await knows_of(info, resume.owner_id)
    if type_name == "Match":
        match = await loaders.match_by_id.load(raw)
        return (
            match is None or match.candidate_id == viewer.id or await _organization_member(info, viewer, match.job_id)
        )
    application = await loaders.application_by_id.load(raw)
    return (
        application is None
        or application.candidate_id == viewer.id
        or await _organization_member(info, viewer, application.job_id)
    )


class MaySeeNode(BasePermission):
    message = "No object has that id."
    error_extensions = {"code": "NOT_FOUND"}

    async def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        type_name, raw = from_global_id(kwargs["id"])  # a malformed id is BAD_USER_INPUT, not hidden
        return await may_see_node(info, type_name, raw)


def node_visibility() -> PermissionExtension:
    """`MaySeeNode`, failing silently: a hidden node is null, as one that does not exist."""
    return PermissionExtension(permissions=[MaySeeNode()], use_directives=False, fail_silently=True)
