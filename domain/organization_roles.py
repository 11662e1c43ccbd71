"""What people are told when an organization's roles stand in their way: who to ask, or what
to do first."""
from __future__ import annotations

from collections.abc import Sequence

from domain.errors import Conflict, Forbidden
from domain.users import User

REMOVE_MEMBERS = "remove members"
CHANGE_ROLES = "change members' roles"


def only_an_owner(action: str, organization_name: str, owners: Sequence[User], *, leaving: bool = False) -> Forbidden:
    """Names the owners to ask (an organization stored before roles existed may have none yet:
    then an administrator)."""
    if owners:
        named = ", ".join(f"{o.name} ({o.email})" for o in owners[:3])
        ask = f"ask {'its owner' if len(owners) == 1 else 'one of its owners'}: {named}"
    else:
        ask = "it has no owner yet, so ask a TalentGraph administrator"
    hint = f" To leave {organization_name} yourself, use leaveOrganization." if leaving else ""
    return Forbidden(f"Only an owner of {organization_name} can {action}; {ask}.{hint}", reason="NOT_AN_OWNER")


def last_owner(person: User, organization_name: str, *, themselves: bool, argument: str | None = "userId") -> Conflict:
    """`argument`: the one naming the person in the request (leaveOrganization has none)."""
    who = "You are" if themselves else f"{person.name} is"
    located = {"argument": argument} if argument else {}
    return Conflict(
        f"{who} the last owner of {organization_name}, and an organization keeps at least one owner to manage its"
        " members. Make another member an owner first (setOrganizationMemberRole with role OWNER).",
        reason="LAST_OWNER", **located,
    )
