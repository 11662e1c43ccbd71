"""updateMyName with --backend aws on a local moto server: the name is stored in DynamoDB,
read back on `me`, and an administrator's search finds the person by it (and no longer by
the old one)."""
from __future__ import annotations

from tests.admin_helpers import admin_token
from tests.aws_backend import aws_client, aws_settings  # noqa: F401

RENAME = "mutation($n: String!){ updateMyName(name: $n){ name } }"
FIND = "query($q: String){ adminUsers(query: $q){ edges { node { id } } } }"


async def test_a_name_changed_on_the_aws_backend_is_kept_and_searched(aws_client):
    client, app = aws_client
    token, user = await client.candidate()
    assert (await client.data(RENAME, {"n": "Łucja Żak"}, token))["updateMyName"] == {"name": "Łucja Żak"}
    assert (await client.data("{ me { name } }", token=token))["me"]["name"] == "Łucja Żak"
    admin, _ = await admin_token(app, client)
    assert [e["node"]["id"] for e in (await client.data(FIND, {"q": "lucja"}, admin))["adminUsers"]["edges"]] \
        == [user["id"]]
    assert (await client.data(FIND, {"q": user["email"].split("@")[0]}, admin))["adminUsers"]["edges"] != []
