"""The pointer items that let one consistent Query find every invitation naming a person
(docs/dynamodb.md, "Invitations"): by the inviter's id, by the id of the one who accepted, and
by the invitee's address. The account erasure reads them instead of scanning the table.

Each holds the invitation's id and nothing else of it. They are written in the transactions
that put the names on the invitation (add, accept), so a pointer exists whenever the invitation
names the person; invitations stored before pointers get theirs from `talentgraph provision`
(invitation_pointer_backfill.py), which marks each it has done with POINTED."""
from __future__ import annotations

from typing import Any

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import Key
from adapters.aws.dynamodb.codec import keyed
from domain.invitations import FORMER_MEMBER, Invitation

# On an invitation item whose pointers are written (every one added since pointers exist): the
# backfill's Scan passes over those, so a run after the first writes nothing.
POINTED = "pointers_written"


def pointer_keys(invitation: Invitation) -> list[Key]:
    """The keys of the pointers to the invitation from each name it holds now."""
    found = []
    if invitation.invited_by != FORMER_MEMBER:
        found.append(keys.invitation_sent_by(invitation.invited_by, invitation.id))
    if invitation.accepted_by:
        found.append(keys.invitation_accepted_by(invitation.accepted_by, invitation.id))
    if invitation.email:
        found.append(keys.invitation_to(invitation.email, invitation.id))
    return found


def pointer_put(key: Key, invitation_id: str) -> dict[str, Any]:
    """A transaction action writing one pointer. Unconditional: a pointer holds only the id its
    key already names, so writing it again (an acceptance of an invitation the backfill has
    just pointed) changes nothing, and no condition on it can cancel the transaction."""
    return {"Put": {"Item": keyed(key, {"invitation_id": invitation_id})}}


def pointer_puts(invitation: Invitation) -> list[dict[str, Any]]:
    return [pointer_put(k, invitation.id) for k in pointer_keys(invitation)]


def pointed_id(item: dict[str, Any]) -> str:
    return str(item["invitation_id"]["S"])
