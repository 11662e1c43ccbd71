"""A newly signed-up address gets no match email until its owner proves it (anyone can sign up
with a stranger's address); the in-app notification is kept all the same, and once the address
is verified match email goes to it."""
from __future__ import annotations

from domain.ports.notifications import Message
from tests.account_helpers import link_token, mailed, outbox_for, raw_id

VERIFY = "mutation($t: String!){ verifyEmail(token: $t) }"
INBOX = "{ me { notifications(first: 10) { edges { node { subject } } } } }"


def _match(user_id: str, title: str) -> Message:
    return Message(user_id=user_id, kind="match", subject=f"New match: {title}", text=f"You match {title}.",
                   data={"jobId": title}, dedupe_key=f"match:{user_id}:{title}")


async def test_match_email_waits_for_the_address_to_be_verified(client, app):
    signed = await client.register("CANDIDATE")
    token, user = signed["accessToken"], signed["user"]
    (verification,) = await mailed(app, user["id"], "Confirm your email address")

    await app.state.services.notifier.send([_match(raw_id(user["id"]), "Line Cook")])
    assert await outbox_for(app, user["id"], "New match: Line Cook", channel="email") == []
    inbox = (await client.data(INBOX, token=token))["me"]["notifications"]["edges"]
    assert [e["node"]["subject"] for e in inbox] == ["New match: Line Cook"]

    assert (await client.data(VERIFY, {"t": link_token(verification)}))["verifyEmail"] is True
    await app.state.services.notifier.send([_match(raw_id(user["id"]), "Pastry Chef")])
    (mail,) = await outbox_for(app, user["id"], "New match: Pastry Chef", channel="email")
    assert mail["recipient"] == user["email"]
