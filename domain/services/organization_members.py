"""Who recruits for an organization, in which role, and how a recruiter stops: leaving, or
removed by an owner of the organization (or an administrator). Only owners remove members and
change roles; the organization keeps at least one owner, which the storage checks in the same
write as the change (domain/ports/organization_members.py). A person who stops is signed out everywhere: what they
could see was their organization's, and their live connections end with their sessions. Their
inbox loses what it holds of the organization (domain/services/organization_inbox.py): after
the membership change commits, so a notification kept a moment before it is found, and one
written after it is refused by the inbox's own check. The removal is queued in the change's own
write as well, so a crash between the two leaves it to a worker (`finish_leaving`); meanwhile
the inbox's reads already hide those entries. Their jobs, notes and pipeline moves
stay with the organization."""
from __future__ import annotations

from domain.clock import Clock
from domain.errors import BadUserInput, Forbidden, NotFound
from domain.events import SessionEnded
from domain.organization_roles import CHANGE_ROLES, REMOVE_MEMBERS, last_owner, only_an_owner
from domain.ports.accounts import OrganizationRepository, UserRepository
from domain.ports.events import EventBus
from domain.ports.notifications import Message, Notifier
from domain.ports.organization_members import MemberRemoval, OrganizationMembers, RoleChange
from domain.services.organization_inbox import OrganizationInbox, forget_work
from domain.users import OrganizationRole, Role, User

REASON_REMOVED = "removed from the organization"
REASON_LEFT = "left the organization"


def _no_such_member() -> NotFound:
    return NotFound("No recruiter of your organization has that id.", argument="userId")


class OrganizationMemberService:
    def __init__(
        self, users: UserRepository, organizations: OrganizationRepository, members: OrganizationMembers,
        notifier: Notifier, events: EventBus, clock: Clock, inbox: OrganizationInbox,
    ) -> None:
        self._users = users
        self._organizations = organizations
        self._members = members
        self._notifier = notifier
        self._events = events
        self._clock = clock
        self._inbox = inbox

    async def members(self, organization_id: str) -> list[User]:
        """Its recruiters, longest-standing account first."""
        (found,) = await self._users.members_of([organization_id])
        return found

    async def remove(self, actor: User, user_id: str) -> str:
        """Removes a recruiter from the actor's organization, which the actor owns (any
        organization's, for an administrator); the organization's id. A colleague who took the
        person out a moment earlier (read in, gone at the write) makes this a success too."""
        person, organization_id = await self._member_for(actor, user_id)
        if person.id == actor.id:
            await self.leave(actor)
            return organization_id
        by_owner = await self._acting_owner(actor, organization_id, REMOVE_MEMBERS)
        outcome = await self._members.remove(organization_id, person.id, self._clock.now(), REASON_REMOVED,
                                             [forget_work(person.id, organization_id)], by_owner=by_owner)
        if outcome is MemberRemoval.LAST_MEMBER:
            raise BadUserInput(
                f"{person.name} is the organization's last recruiter, and an organization keeps at least one to"
                " manage its jobs and applications. Invite someone else first (inviteRecruiter).",
                argument="userId", reason="LAST_MEMBER",
            )
        if outcome is MemberRemoval.LAST_OWNER:
            raise last_owner(person, await self._name(organization_id), themselves=False)
        if outcome is MemberRemoval.NOT_AN_OWNER:
            raise await self._only_an_owner(organization_id, REMOVE_MEMBERS)
        if outcome is MemberRemoval.REMOVED:
            await self._stopped(person, organization_id, REASON_REMOVED)
        return organization_id

    async def set_role(self, actor: User, user_id: str, role: OrganizationRole) -> str:
        """Makes a member of the actor's organization an owner or a recruiter; the
        organization's id. Owners (and administrators) only; the last owner stays one."""
        person, organization_id = await self._member_for(actor, user_id)
        by_owner = await self._acting_owner(actor, organization_id, CHANGE_ROLES)
        outcome = await self._members.set_role(organization_id, person.id, role, by_owner=by_owner)
        if outcome is RoleChange.NOT_A_MEMBER:
            raise _no_such_member()
        if outcome is RoleChange.LAST_OWNER:
            raise last_owner(person, await self._name(organization_id), themselves=person.id == actor.id)
        if outcome is RoleChange.NOT_AN_OWNER:
            raise await self._only_an_owner(organization_id, CHANGE_ROLES)
        return organization_id

    async def leave(self, actor: User) -> None:
        organization_id = actor.organization_id
        if actor.role is not Role.EMPLOYER or organization_id is None:
            raise BadUserInput("Your account belongs to no organization, so there is nothing to leave.",
                               reason="NOT_A_MEMBER")
        outcome = await self._members.remove(organization_id, actor.id, self._clock.now(), REASON_LEFT,
                                             [forget_work(actor.id, organization_id)])
        if outcome is MemberRemoval.LAST_MEMBER:
            raise BadUserInput(
                "You are your organization's last recruiter, and an organization keeps at least one to manage its"
                " jobs and applications. Invite a colleague first (inviteRecruiter), then leave.",
                reason="LAST_MEMBER",
            )
        if outcome is MemberRemoval.LAST_OWNER:
            raise last_owner(actor, await self._name(organization_id), themselves=True, argument=None)
        if outcome is MemberRemoval.REMOVED:
            await self._stopped(actor, organization_id, REASON_LEFT)

    async def owners(self, organization_id: str) -> list[User]:
        return [m for m in await self.members(organization_id) if m.owns(organization_id)]

    async def finish_leaving(self, user_id: str, organization_id: str) -> None:
        """The queued removal of the person's entries of the organization, run by a worker (again,
        when the one right after the leaving ran). Passed over once they recruit for it again: what
        they were sent as its recruiter is theirs to see again, and whatever came since with it."""
        (person,) = await self._users.get_many([user_id])
        # An erased person's inbox went with them.
        if person is None or person.organization_id == organization_id:
            return
        await self._inbox.forget(user_id, organization_id)

    async def _stopped(self, person: User, organization_id: str, reason: str) -> None:
        await self._events.publish(SessionEnded(user_id=person.id, reason=reason))
        await self._inbox.forget(person.id, organization_id)
        (organization,) = await self._organizations.get_many([organization_id])
        name = organization.name if organization is not None else "your organization"
        said = "You left" if reason == REASON_LEFT else "You were removed from"
        await self._notifier.send([Message(
            user_id=person.id, kind="account", subject=f"{said} {name} on TalentGraph",
            text=(f"Hello {person.name},\n\n{said} {name} on TalentGraph: you no longer see or manage its jobs and"
                  " applications, and you were signed out everywhere. Sign in again to use your account; to"
                  " recruit for another organization, accept its invitation.\n\nThe TalentGraph team\n"),
        )])

    async def _member_for(self, actor: User, user_id: str) -> tuple[User, str]:
        """The person, a member of an organization the actor belongs to (any, for an
        administrator); outsiders learn nothing more than of an unknown id."""
        (person,) = await self._users.get_many([user_id])
        organization_id = person.organization_id if person is not None else None
        if person is None or organization_id is None or not self._may_see(actor, organization_id):
            raise _no_such_member()
        return person, organization_id

    async def _acting_owner(self, actor: User, organization_id: str, action: str) -> str | None:
        """Whose ownership the write checks: None for an administrator."""
        if actor.role is Role.ADMIN:
            return None
        if not actor.owns(organization_id):
            raise await self._only_an_owner(organization_id, action)
        return actor.id

    async def _only_an_owner(self, organization_id: str, action: str) -> Forbidden:
        return only_an_owner(action, await self._name(organization_id), await self.owners(organization_id))

    async def _name(self, organization_id: str) -> str:
        (organization,) = await self._organizations.get_many([organization_id])
        return organization.name if organization is not None else "your organization"

    @staticmethod
    def _may_see(actor: User, organization_id: str) -> bool:
        return actor.role is Role.ADMIN or (actor.role is Role.EMPLOYER and actor.organization_id == organization_id)
