"""A recruiter's note on a move reaches the candidate (history and email), so the schema says
so where the note is written: a recruiter who took it for an internal remark would send it."""
from __future__ import annotations

from tests.account_helpers import verified
from tests.applications_helpers import APPLY, MOVE, ready_to_apply, wait_until
from tests.graphql_client import raw_id

NOTE_ARGUMENT = """{ __type(name: "Mutation") { fields { name args { name description } } } }"""


async def test_the_note_argument_says_the_candidate_reads_it_and_they_do(client, app):
    fields = (await client.data(NOTE_ARGUMENT))["__type"]["fields"]
    (move,) = [f for f in fields if f["name"] == "updateApplicationStatus"]
    (note,) = [a for a in move["args"] if a["name"] == "note"]
    assert note["description"] and "candidate sees it" in note["description"]

    world = await ready_to_apply(client)
    await verified(app, (await client.data("{ me { id } }", token=world.candidate))["me"])  # to be mailed the note
    application = (await client.data(APPLY, world.application, world.candidate))["applyToJob"]
    await client.data(MOVE, {"id": application["id"], "s": "REJECTED", "n": "We hired internally."}, world.employer)
    seen = await client.data("query($id: ID!){ node(id: $id){ ... on Application { history { note } } } }",
                             {"id": application["id"]}, world.candidate)
    assert seen["node"]["history"][-1]["note"] == "We hired internally."
    candidate = raw_id((await client.data("{ me { id } }", token=world.candidate))["me"]["id"])

    async def mailed() -> bool:
        return any("We hired internally." in m["body_text"] for m in await app.state.services.notifier.messages_for(candidate)
                   if m["kind"] == "application")

    await wait_until(mailed)
