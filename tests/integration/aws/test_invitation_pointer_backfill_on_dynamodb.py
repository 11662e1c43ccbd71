"""Invitations a DynamoDB table held before invitations carried pointers (written, accepted and
revoked as an older release did) get them from `talentgraph provision`, so an erasure, which
looks for pointers only, forgets the person in them as in those written today; the id of a
person erased before the backfill ran is forgotten by the backfill itself; one naming a person
whose erasure is under way is left for a later run. Running it again changes nothing."""
from __future__ import annotations

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, put_new
from adapters.aws.dynamodb.codec import keyed, plain, stored_moment, to_attributes
from adapters.aws.dynamodb.invitation_pointer_backfill import backfill_invitation_pointers
from adapters.aws.dynamodb.invitations import DynamoInvitationRepository
from domain.invitations import FORMER_MEMBER, Invitation, InvitationStatus
from domain.users import Role
from gateway.provision_aws import provision_aws
from tests.aws_backend import aws_settings  # noqa: F401
from tests.integration.contract.account_port_backends import ports_on
from tests.integration.contract.invitation_backends import an_invitation
from tests.integration.contract.repository_backends import a_user, an_employer, at


async def _added_the_old_way(table: DynamoTable, invitation: Invitation) -> None:
    """As the release before pointers added an invitation: the item and its secret claim only."""
    await table.transact([
        put_new(keyed(keys.invitation(invitation.id), {
            **plain(invitation), "entity": "invitation", "expires_key": keys.moment(invitation.expires_at),
            "GSI1PK": keys.organization_invitations(invitation.organization_id),
            "GSI1SK": keys.ordered(invitation.created_at, invitation.id)})),
        put_new(keyed(keys.invitation_secret(invitation.token_hash), {"invitation_id": invitation.id})),
    ])


async def _closed_the_old_way(table: DynamoTable, invitation: Invitation, minute: float,
                              accepted_by: str | None = None) -> None:
    """Accepted (without the user's joining, which is not what is tested) or revoked, as then."""
    if accepted_by is None:
        expression, values = "SET revoked_at = :at REMOVE GSI1PK, GSI1SK", {":at": stored_moment(at(minute))}
    else:
        expression = "SET accepted_at = :at, accepted_by = :by REMOVE GSI1PK, GSI1SK"
        values = {":at": stored_moment(at(minute)), ":by": accepted_by}
    assert await table.update(keys.invitation(invitation.id), expression, "attribute_exists(PK)",
                              ExpressionAttributeValues=to_attributes(values))


async def _pointers_of(table: DynamoTable, partition: str) -> list[str]:
    response = await table.client.query(
        TableName=table.name, KeyConditionExpression="PK = :pk", ConsistentRead=True,
        ExpressionAttributeValues={":pk": {"S": partition}})
    return [item["invitation_id"]["S"] for item in response["Items"]]


async def test_invitations_stored_before_pointers_are_forgotten_by_an_erasure_after_the_backfill(
        dynamo_table, aws_clients, aws_names):
    stores = await ports_on("aws", None, aws_clients, aws_names)
    invitations = DynamoInvitationRepository(dynamo_table)
    owner, organization = await an_employer(stores)
    recruiter = a_user(Role.EMPLOYER, minute=1)
    await stores.users.add(recruiter)
    accepted = an_invitation(organization.id, recruiter.email, owner.id)
    sent_by_them = an_invitation(organization.id, "colleague@example.com", recruiter.id, minute=6)
    revoked_to_them = an_invitation(organization.id, recruiter.email, owner.id, minute=7)
    open_to_them = an_invitation(organization.id, recruiter.email, owner.id, minute=8)
    others = an_invitation(organization.id, "someone.else@example.com", owner.id, minute=9)
    for invitation in (accepted, sent_by_them, revoked_to_them, open_to_them, others):
        await _added_the_old_way(dynamo_table, invitation)
    await _closed_the_old_way(dynamo_table, accepted, 5, accepted_by=recruiter.id)
    await _closed_the_old_way(dynamo_table, revoked_to_them, 9)
    assert await _pointers_of(dynamo_table, keys.invitations_of_user(recruiter.id)) == []

    done = await backfill_invitation_pointers(dynamo_table)
    assert (done.invitations_pointed, done.invitations_left) == (5, 0)
    assert sorted(await _pointers_of(dynamo_table, keys.invitations_of_user(recruiter.id))) == sorted(
        [accepted.id, sent_by_them.id])
    before = await _table_items(dynamo_table)
    again = await backfill_invitation_pointers(dynamo_table)
    assert (again.invitations_pointed, again.invitations_left) == (0, 0)
    assert await _table_items(dynamo_table) == before  # running it again changes nothing

    await stores.account_store.erase(recruiter.id)

    stored = dict(zip([i.id for i in (accepted, sent_by_them, revoked_to_them, open_to_them, others)],
                      await invitations.get_many([accepted.id, sent_by_them.id, revoked_to_them.id,
                                                  open_to_them.id, others.id])))
    assert (stored[accepted.id].email, stored[accepted.id].accepted_by) == ("", None)
    assert stored[accepted.id].status(at(10)) is InvitationStatus.ACCEPTED
    assert (stored[sent_by_them.id].email, stored[sent_by_them.id].invited_by) == ("colleague@example.com",
                                                                                 FORMER_MEMBER)
    assert (stored[revoked_to_them.id].email, stored[revoked_to_them.id].status(at(10))) == (
        "", InvitationStatus.REVOKED)
    assert stored[open_to_them.id].email == recruiter.email.lower()
    assert stored[others.id] == others
    assert await _pointers_of(dynamo_table, keys.invitations_of_user(recruiter.id)) == []
    assert await _pointers_of(dynamo_table, keys.invitations_to(recruiter.email)) == [open_to_them.id]


async def test_the_backfill_forgets_a_person_erased_before_it_and_waits_for_an_erasure_under_way(
        dynamo_table, aws_clients, aws_names):
    stores = await ports_on("aws", None, aws_clients, aws_names)
    invitations = DynamoInvitationRepository(dynamo_table)
    owner, organization = await an_employer(stores)
    erased, erasing = a_user(Role.EMPLOYER, minute=1), a_user(Role.EMPLOYER, minute=2)
    for person in (erased, erasing):
        await stores.users.add(person)
    sent_by_erased = an_invitation(organization.id, "colleague@example.com", erased.id, minute=3)
    accepted_by_erased = an_invitation(organization.id, erased.email, owner.id, minute=4)
    sent_by_erasing = an_invitation(organization.id, "friend@example.com", erasing.id, minute=5)
    for invitation in (sent_by_erased, accepted_by_erased, sent_by_erasing):
        await _added_the_old_way(dynamo_table, invitation)
    await _closed_the_old_way(dynamo_table, accepted_by_erased, 5, accepted_by=erased.id)
    # Erased by a release that looks for pointers only, before the backfill gave these theirs.
    await stores.account_store.erase(erased.id)
    await dynamo_table.update(keys.user(erasing.id), "SET erasing = :yes",
                              ExpressionAttributeValues={":yes": {"BOOL": True}})

    done = await backfill_invitation_pointers(dynamo_table)
    assert (done.invitations_pointed, done.invitations_left) == (2, 1)
    theirs, accepted = await invitations.get_many([sent_by_erased.id, accepted_by_erased.id])
    assert theirs is not None and theirs.invited_by == FORMER_MEMBER
    assert accepted is not None and (accepted.email, accepted.accepted_by, accepted.invited_by) == (
        "", None, owner.id)
    assert await _pointers_of(dynamo_table, keys.invitations_of_user(erased.id)) == []
    assert await _pointers_of(dynamo_table, keys.invitations_to(erased.email)) == []
    assert await _pointers_of(dynamo_table, keys.invitations_of_user(erasing.id)) == []

    await stores.account_store.erase(erasing.id)  # the erasure run again, to its end
    done = await backfill_invitation_pointers(dynamo_table)
    assert (done.invitations_pointed, done.invitations_left) == (1, 0)
    (forgotten,) = await invitations.get_many([sent_by_erasing.id])
    assert forgotten is not None and forgotten.invited_by == FORMER_MEMBER
    assert await _pointers_of(dynamo_table, keys.invitations_of_user(erasing.id)) == []


async def test_provisioning_runs_it_and_reports_it(aws_settings):  # noqa: F811
    done = await provision_aws(aws_settings)
    assert (done["invitations_pointed"], done["invitations_left_for_the_next_run"]) == ("0", "0")


async def _table_items(table: DynamoTable) -> list[dict]:
    items: list[dict] = []
    request: dict = {"TableName": table.name, "ConsistentRead": True}
    while True:
        response = await table.client.scan(**request)
        items += response["Items"]
        if "LastEvaluatedKey" not in response:
            return sorted(items, key=lambda i: (i["PK"]["S"], i["SK"]["S"]))
        request["ExclusiveStartKey"] = response["LastEvaluatedKey"]
