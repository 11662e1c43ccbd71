"""Declared permissions: resolvers list these in `permission_classes=[...]` and never
check roles or ownership by hand."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from strawberry.extensions import FieldExtension
from strawberry.permission import BasePermission

from domain.errors import Unauthenticated
from domain.organization_roles import CHANGE_ROLES, REMOVE_MEMBERS, only_an_owner
from domain.users import Role, User
from resolvers.context import Info
from resolvers.ids import raw_id, to_global_id


def signed_in(info: Info) -> User:
    """The caller, who the permission classes have already required to be signed in."""
    viewer = info.context.viewer
    if viewer is None:
        raise info.context.auth_error or info.context.why_no_viewer \
            or Unauthenticated("Sign in first: send `Authorization: Bearer <token>`.")
    return viewer


class _ForbiddenUnless(BasePermission):
    message = "You are not allowed to do this."
    error_extensions = {"code": "FORBIDDEN"}


class IsAuthenticated(BasePermission):
    message = "Sign in first: send `Authorization: Bearer <token>`."
    error_extensions = {"code": "UNAUTHENTICATED"}

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        return signed_in(info) is not None


class IsCandidate(_ForbiddenUnless):
    message = "Only candidates can do this: sign in with a candidate's account (role CANDIDATE)."

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        return signed_in(info).role is Role.CANDIDATE


class IsEmployer(_ForbiddenUnless):
    message = ("Only employers can do this: sign in with a recruiter's account (role EMPLOYER); a"
               " candidate's account is never turned into one.")

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        return signed_in(info).role is Role.EMPLOYER


class SetsPreferences(_ForbiddenUnless):
    """Candidates (job-search preferences and how good a match must be to be told of) and
    recruiters (only the latter: the service refuses the rest)."""

    message = "Only candidates and recruiters may update preferences; administrators have none to update."

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        return signed_in(info).role in (Role.CANDIDATE, Role.EMPLOYER)


class IsAdmin(_ForbiddenUnless):
    message = "Only administrators can do this: sign in with an administrator's account."

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        return signed_in(info).role is Role.ADMIN


class ManagesRecruiters(_ForbiddenUnless):
    """Recruiters (employers with an organization) manage their organization's invitations;
    admins any organization's. Which organization is the service's to check, per invitation."""

    message = "Only recruiters of an organization (and admins) can manage its recruiters and invitations."

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        viewer = signed_in(info)
        return viewer.role is Role.ADMIN or (viewer.role is Role.EMPLOYER and bool(viewer.organization_id))


class _OwnsTheOrganization(_ForbiddenUnless):
    """Admins, and owners of an organization (which one is the service's to check, per
    member): anyone else is told who owns theirs, to ask."""

    action = ""

    async def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        viewer = signed_in(info)
        if viewer.role is Role.ADMIN:
            return True
        organization_id = viewer.organization_id
        if viewer.role is not Role.EMPLOYER or organization_id is None:
            return False
        if viewer.owns(organization_id):
            return True
        members = await info.context.loaders.members_by_organization.load(organization_id)
        organization = await info.context.loaders.organization_by_id.load(organization_id)
        leaving = self.action == REMOVE_MEMBERS and kwargs.get("user_id") == to_global_id("User", viewer.id)
        raise only_an_owner(self.action, organization.name if organization else "your organization",
                            [m for m in members if m.owns(organization_id)], leaving=leaving)


class RemovesMembers(_OwnsTheOrganization):
    message = "Only owners of an organization (and admins) can remove its members."
    action = REMOVE_MEMBERS


class ChangesRoles(_OwnsTheOrganization):
    message = "Only owners of an organization (and admins) can set an organization member's role."
    action = CHANGE_ROLES


class HasVerifiedEmail(_ForbiddenUnless):
    """Applying (candidates), posting and changing jobs and inviting recruiters (employers) and accepting an
    invitation wait for a verified email address,
    unless TALENTGRAPH_REQUIRE_VERIFIED_EMAIL=false (local development, evaluation runs)."""

    message = (
        "Verify your email address first: open the link we emailed you when you registered (or ask for"
        " a new one with resendVerification). You need a verified email to apply to a job, post a job,"
        " update a job, invite a recruiter or accept an invitation."
    )
    error_extensions = {"code": "FORBIDDEN", "reason": "EMAIL_NOT_VERIFIED"}

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        return _verified_or_not_required(info, signed_in(info))


def _verified_or_not_required(info: Info, viewer: User) -> bool:
    return viewer.email_verified or not info.context.services.settings.require_verified_email


class HiringTeamHasVerifiedEmail(HasVerifiedEmail):
    """A recruiter acts on candidates (moves their applications, writes them notes the candidate is
    emailed) only from a verified address, as for posting: an account anyone could have opened with
    a typed-in address must not run a hiring pipeline. Candidates pass: withdrawing needs no proof."""

    message = (
        "Verify your email address first: open the link we emailed you when you registered (or ask for"
        " a new one with resendVerification). A recruiter needs a verified email to update an application's"
        " status (and write the candidate a note), as to post a job."
    )

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        viewer = signed_in(info)
        return viewer.role is not Role.EMPLOYER or _verified_or_not_required(info, viewer)


class IsOrganizationMember(_ForbiddenUnless):
    """The job in question (the field's parent Job, or the `id` argument) belongs to the
    caller's organization; admins pass too."""

    message = "Only members of the organization that posted this job (and admins) may see or change this."

    async def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        viewer = signed_in(info)
        if viewer.role is Role.ADMIN:
            return True
        organization_id = getattr(source, "organization_id", None)
        if organization_id is None and "id" in kwargs:
            job = await info.context.loaders.job_by_id.load(raw_id(kwargs["id"], "Job"))
            if job is None:
                return True  # the resolver answers NOT_FOUND, which leaks nothing more
            organization_id = job.organization_id
        return organization_id is not None and organization_id == viewer.organization_id


class MaySeeTakedownReason(IsOrganizationMember):
    message = "Only members of the organization that posted this job (and admins) may see the reason for its takedown."


class MaySeeNotifyFloor(IsOrganizationMember):
    message = (
        "Only members of the organization that posted this job (and admins) may see its notifyMinScore: the minimum"
        " score of new candidates its hiring team is told of.")


class IsMemberOfThisOrganization(IsOrganizationMember):
    """The parent Organization is the caller's; admins pass too. Each field it guards has a
    subclass of its own, whose message names what that field shows."""

    message = "Only this organization's recruiters (and admins) may see this."


class MaySeePendingInvitations(IsMemberOfThisOrganization):
    message = "Only this organization's recruiters (and admins) may see its pending invitations."


class MaySeePipeline(IsMemberOfThisOrganization):
    message = "Only this organization's recruiters (and admins) may see the applications to its jobs."


class MaySeeMembers(IsMemberOfThisOrganization):
    message = "Only this organization's recruiters (and admins) may see its members (who recruits for it)."


class IsOwner(_ForbiddenUnless):
    """The parent User is the caller (or the caller is an admin)."""

    message = "Only this person (and admins) may see this."

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        viewer = signed_in(info)
        return viewer.role is Role.ADMIN or getattr(source, "user_id", None) == viewer.id


async def knows_of(info: Info, person_id: str | None) -> bool:
    """Whether the caller is that person, an admin, or an employer of an organization the person
    has applied to: who may see that the person's account and résumés exist."""
    viewer = info.context.viewer
    if viewer is None or person_id is None:
        return False
    if viewer.role is Role.ADMIN or viewer.id == person_id:
        return True
    if viewer.role is Role.EMPLOYER and viewer.organization_id:
        applied = await info.context.loaders.applied_organizations_by_candidate.load(person_id)
        return viewer.organization_id in applied
    return False


async def can_see_contact(info: Info, person_id: str | None) -> bool:
    """A person's contact data is for that person, admins, and employers of an organization the
    person has applied to whose own address is verified (where verified addresses are required):
    a recruiter's account opened with a typed-in address reads no candidate's email, résumé file
    or places, as it may not move their applications."""
    if not await knows_of(info, person_id):
        return False
    viewer = info.context.viewer
    assert viewer is not None  # knows_of is False without one
    return viewer.role is not Role.EMPLOYER or viewer.id == person_id or _verified_or_not_required(info, viewer)


class ContactData(FieldExtension):
    """Declares a field as contact data: others than those `can_see_contact` allows get
    null (or "" where the contract makes the field non-null), not an error."""

    def __init__(self, person_id_of: Callable[[Any], str | None], hidden: Any = None) -> None:
        self._person_id_of = person_id_of
        self._hidden = hidden

    async def resolve_async(self, next_: Callable[..., Awaitable[Any]], source: Any, info: Info, **kwargs: Any) -> Any:
        if await can_see_contact(info, self._person_id_of(source)):
            result = next_(source, info, **kwargs)
            return await result if hasattr(result, "__await__") else result
        return self._hidden
