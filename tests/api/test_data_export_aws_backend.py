"""The data export with --backend aws on a local moto server: the same journey and the same
document as on the embedded backend (the service reads through the ports alone); and every
kind of DynamoDB item that names the person is exported or its omission explained."""
from __future__ import annotations

import re

import boto3

from adapters.aws.dynamodb.personal_items import PERSONAL_ITEMS, item_kind
from domain.data_export import LEFT_OUT, SECTIONS
from tests.api.test_data_export import a_candidate_exports_all_of_theirs_and_nobody_elses
from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.graphql_client import raw_id


def _items_naming(endpoint: str, table: str, person_id: str) -> list[dict]:
    client = boto3.client("dynamodb", endpoint_url=endpoint, region_name="us-east-1",
                          aws_access_key_id="testing", aws_secret_access_key="testing")
    items, start = [], None
    while True:
        page = client.scan(TableName=table, **({"ExclusiveStartKey": start} if start else {}))
        items += [i for i in page["Items"] if re.search(re.escape(person_id), str(i))]
        start = page.get("LastEvaluatedKey")
        if not start:
            return items


async def test_a_candidate_gets_all_of_theirs_and_nobody_elses_on_the_aws_backend(aws_client, moto_endpoint,
                                                                                  aws_names):
    client, _ = aws_client
    document = await a_candidate_exports_all_of_theirs_and_nobody_elses(client, download=False)
    kinds = {item_kind(i["PK"]["S"], i["SK"]["S"]) for i in _items_naming(
        moto_endpoint, aws_names["table"], raw_id(document["account"]["id"]))}
    missing = sorted(kinds - set(PERSONAL_ITEMS))
    assert not missing, f"add these item kinds to PERSONAL_ITEMS (and the export): {missing}"
    assert {"USER:USER", "RESUME:RESUME", "USER:SESSION"} <= kinds  # the scan does find them
    assert {where for where in PERSONAL_ITEMS.values() if where not in SECTIONS and where not in LEFT_OUT} == set()


POST = "mutation($i: JobInput!, $k: String){ postJob(input: $i, idempotencyKey: $k){ id } }"
INVITE = "mutation($e: String!){ inviteRecruiter(email: $e){ token } }"
EXPORT = "mutation { exportMyData { document } }"


async def test_a_recruiters_items_are_all_exported_or_explained_on_the_aws_backend(aws_client, moto_endpoint,
                                                                                     aws_names):
    # A recruiter's journey writes kinds a candidate's never does (a post's key claim,
    # invitations, the organization's members): each must be mapped too.
    client, _ = aws_client
    recruiter, _ = await client.employer(organizationName="Harbour Dental Practice")
    post = {"i": {"title": "Dental nurse", "description": "Chairside support, sterilisation, patient care."},
            "k": "9d2e1c7a-recruiter-export"}
    first = (await client.data(POST, post, recruiter))["postJob"]
    assert (await client.data(POST, post, recruiter))["postJob"] == first
    token = (await client.data(INVITE, {"e": "deputy@harbour.example"}, recruiter))["inviteRecruiter"]["token"]
    await client.register("EMPLOYER", email="deputy@harbour.example", organizationName=None, invitationToken=token)
    await client.data(INVITE, {"e": "still.pending@harbour.example"}, recruiter)

    document = (await client.data(EXPORT, token=recruiter))["exportMyData"]["document"]
    kinds = {item_kind(i["PK"]["S"], i["SK"]["S"]) for i in _items_naming(
        moto_endpoint, aws_names["table"], raw_id(document["account"]["id"]))}
    missing = sorted(kinds - set(PERSONAL_ITEMS))
    assert not missing, f"add these item kinds to PERSONAL_ITEMS (and the export): {missing}"
    assert {"USER:USER", "JOB:JOB", "USER:POSTKEY"} <= kinds  # the scan does find them
