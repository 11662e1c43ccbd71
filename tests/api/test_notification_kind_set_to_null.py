"""`updateNotificationChannels` with a kind set to null turns that kind off, as [] does; a kind
left out keeps its channels. The schema says so."""
from __future__ import annotations

CHOOSE = """mutation($i: NotificationChannelsInput!){ updateNotificationChannels(input: $i){
  notificationChannels { newMatch applicationUpdate account } } }"""


async def test_null_turns_a_kind_off_and_a_kind_left_out_keeps_its_channels(client):
    token, _ = await client.candidate()
    chosen = (await client.data(CHOOSE, {"i": {"newMatch": None, "applicationUpdate": []}}, token))
    assert chosen["updateNotificationChannels"]["notificationChannels"] == {
        "newMatch": [], "applicationUpdate": [], "account": ["EMAIL"]}


async def test_the_schema_says_null_turns_a_kind_off(client):
    body = await client.data('{ __type(name: "NotificationChannelsInput") { description'
                             ' inputFields { name description } } }')
    described = body["__type"]
    assert "null" in described["description"] and "off" in described["description"]
    for field in described["inputFields"]:
        assert "null" in (field["description"] or ""), field
