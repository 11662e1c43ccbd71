"""Invitations on DynamoDB carry pointers from the people they name (the inviter's id, the id of
the one who accepted, the invitee's address), written in the very transactions that name them,
so that an account's erasure finds the invitations by Query alone: it issues no Scan, reads no
invitation that does not name the person, and leaves no pointer naming them."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable
from adapters.aws.dynamodb.account_store import DynamoAccountStore
from adapters.aws.dynamodb.invitations import DynamoInvitationRepository
from adapters.aws.dynamodb.repositories import dynamodb_repositories
from domain.errors import Forbidden
from domain.invitations import FORMER_MEMBER
from domain.users import Role
from tests.integration.contract.invitation_backends import a_recruiter_named_by_invitations, an_invitation
from tests.integration.contract.repository_backends import a_user, an_employer, at

_OTHERS = 40  # invitations naming other people, which an erasure must not read


class _RecordingClient:
    """The real DynamoDB client, noting each operation called, the transactions written and the
    items each Query read before any filter (a recorder at the edge)."""

    def __init__(self, client) -> None:
        self._client = client
        self.operations: list[str] = []
        self.transactions: list[list[dict]] = []
        self.queried: dict[str, int] = {}

    async def transact_write_items(self, **request):
        self.transactions.append(request["TransactItems"])
        return await self._client.transact_write_items(**request)

    async def query(self, **request):
        response = await self._client.query(**request)
        partition = request.get("ExpressionAttributeValues", {}).get(":pk", {}).get("S", "")
        self.queried[partition] = self.queried.get(partition, 0) + response["ScannedCount"]
        return response

    def __getattr__(self, name):
        self.operations.append(name)
        return getattr(self._client, name)


def _stores(client, table_name: str) -> SimpleNamespace:
    table = DynamoTable(client, table_name)
    return SimpleNamespace(**dynamodb_repositories(client, table_name), table=table,
                           invitations=DynamoInvitationRepository(table), account_store=DynamoAccountStore(table))


def _put_keys(transaction: list[dict]) -> set[tuple[str, str]]:
    return {(a["Put"]["Item"]["PK"]["S"], a["Put"]["Item"]["SK"]["S"]) for a in transaction if "Put" in a}


def _pair(key: dict) -> tuple[str, str]:
    return key["PK"]["S"], key["SK"]["S"]


async def test_adding_and_accepting_write_the_pointers_in_their_own_transactions(aws_clients, dynamo_table):
    recording = _RecordingClient(dynamo_table.client)
    stores = _stores(recording, dynamo_table.name)
    owner, organization = await an_employer(stores)
    recruiter = a_user(Role.EMPLOYER, email="Deputy.Recruiter@Harbour.example", minute=1)
    await stores.users.add(recruiter)

    invitation = an_invitation(organization.id, recruiter.email.lower(), owner.id)
    recording.transactions.clear()
    await stores.invitations.add(invitation)
    (added,) = recording.transactions
    assert {_pair(keys.invitation(invitation.id)), _pair(keys.invitation_sent_by(owner.id, invitation.id)),
            _pair(keys.invitation_to("deputy.recruiter@harbour.example", invitation.id))} <= _put_keys(added)

    recording.transactions.clear()
    assert await stores.invitations.accept(invitation.id, recruiter.id, at(5))
    (accepted,) = recording.transactions
    assert _pair(keys.invitation_accepted_by(recruiter.id, invitation.id)) in _put_keys(accepted)
    assert any(a.get("Update", {}).get("Key") == keys.invitation(invitation.id) for a in accepted)

    signing_up = an_invitation(organization.id, "new.recruiter@harbour.example", owner.id, minute=6)
    await stores.invitations.add(signing_up)
    newcomer = a_user(Role.EMPLOYER, email=signing_up.email, minute=7)
    recording.transactions.clear()
    assert await stores.invitations.accept_with_new_account(signing_up.id, newcomer, at(8))
    (signed_up,) = recording.transactions
    assert _pair(keys.invitation_accepted_by(newcomer.id, signing_up.id)) in _put_keys(signed_up)

    for key, pointed in ((keys.invitation_sent_by(owner.id, invitation.id), invitation.id),
                         (keys.invitation_accepted_by(recruiter.id, invitation.id), invitation.id),
                         (keys.invitation_to(recruiter.email, invitation.id), invitation.id),
                         (keys.invitation_accepted_by(newcomer.id, signing_up.id), signing_up.id)):
        assert (await dynamo_table.get(key) or {}).get("invitation_id") == {"S": pointed}


async def test_an_erasure_finds_the_invitations_by_query_alone_and_leaves_no_pointer_naming_the_person(
        aws_clients, dynamo_table):
    stores = _stores(dynamo_table.client, dynamo_table.name)
    named = await a_recruiter_named_by_invitations(stores)
    owner, organization, recruiter = named.owner, named.organization, named.recruiter
    accepted, sent_by_them, revoked_to_them, open_to_them = (
        named.accepted, named.sent_by_them, named.revoked_to_them, named.open_to_them)
    for minute in range(_OTHERS):  # the table holds many more invitations than the person's
        await stores.invitations.add(an_invitation(organization.id, f"other{minute}@example.com", owner.id, minute))

    recording = _RecordingClient(dynamo_table.client)
    await _stores(recording, dynamo_table.name).account_store.erase(recruiter.id)

    assert "scan" not in recording.operations
    assert recording.queried[keys.invitations_of_user(recruiter.id)] == 2  # sent one, accepted one
    assert recording.queried[keys.invitations_to(recruiter.email)] == 3  # accepted, revoked, open
    found = dict(zip([i.id for i in (accepted, sent_by_them, revoked_to_them, open_to_them)],
                     await stores.invitations.get_many([accepted.id, sent_by_them.id, revoked_to_them.id,
                                                        open_to_them.id])))
    assert (found[accepted.id].email, found[accepted.id].accepted_by) == ("", None)
    assert found[sent_by_them.id].invited_by == FORMER_MEMBER
    assert found[revoked_to_them.id].email == ""
    assert found[open_to_them.id].email == recruiter.email.lower()
    assert await _partition(dynamo_table, keys.invitations_of_user(recruiter.id)) == []
    # The open invitation is the organization's offer to the address: its pointer stays with it.
    assert await _partition(dynamo_table, keys.invitations_to(recruiter.email)) == [
        _pair(keys.invitation_to(recruiter.email, open_to_them.id))]
    # The inviter's pointers are theirs: only the one to the erased person's accepted one was
    # of an invitation that no longer names them, and it stays (it names the owner).
    assert _pair(keys.invitation_sent_by(owner.id, accepted.id)) in await _partition(
        dynamo_table, keys.invitations_of_user(owner.id))

    again = _RecordingClient(dynamo_table.client)
    await _stores(again, dynamo_table.name).account_store.erase(recruiter.id)  # gone: nothing to do
    assert "scan" not in again.operations


async def _partition(table: DynamoTable, partition: str) -> list[tuple[str, str]]:
    response = await table.client.query(
        TableName=table.name, KeyConditionExpression="PK = :pk", ConsistentRead=True,
        ExpressionAttributeValues={":pk": {"S": partition}})
    return [_pair(item) for item in response["Items"]]


async def test_a_person_under_erasure_neither_invites_nor_accepts(aws_clients, dynamo_table):
    """Erasure marks the account before it reads the pointers: an invitation sent, or one
    accepted, by the person after that mark would name them behind the reads, so both are
    refused as an account being deleted (FORBIDDEN, ACCOUNT_DELETED)."""
    stores = _stores(dynamo_table.client, dynamo_table.name)
    owner, organization = await an_employer(stores)
    leaving = a_user(Role.EMPLOYER, email="leaving@harbour.example", minute=1)
    await stores.users.add(leaving)
    to_them = an_invitation(organization.id, leaving.email, owner.id, minute=2)
    await stores.invitations.add(to_them)
    await stores.table.update(keys.user(leaving.id), "SET erasing = :yes",
                              ExpressionAttributeValues={":yes": {"BOOL": True}})

    with pytest.raises(Forbidden) as refused:
        await stores.invitations.add(an_invitation(organization.id, "friend@harbour.example", leaving.id, minute=3))
    assert refused.value.extensions["reason"] == "ACCOUNT_DELETED"
    with pytest.raises(Forbidden) as not_joined:
        await stores.invitations.accept(to_them.id, leaving.id, at(4))
    assert not_joined.value.extensions["reason"] == "ACCOUNT_DELETED"
    named = await dynamo_table.client.query(
        TableName=dynamo_table.name, ConsistentRead=True, KeyConditionExpression="PK = :pk",
        ExpressionAttributeValues={":pk": {"S": keys.invitations_of_user(leaving.id)}})
    assert named["Items"] == []  # neither a sent invitation's pointer nor an acceptance's
    (still_open,) = await stores.invitations.get_many([to_them.id])
    assert still_open is not None and still_open.accepted_at is None
