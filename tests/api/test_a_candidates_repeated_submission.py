"""A candidate's move to SUBMITTED of an application they submitted and that is still SUBMITTED
(a retry, a second tab) is the idempotent success the schema promises a move to where it is
already: nothing recorded, no new version, nothing announced or mailed, as for the recruiter's
same move. It was refused ("cannot move to SUBMITTED") although the submission is the
candidate's own move. A same-status move outside the actor's own moves stays refused. Both
backends."""
from __future__ import annotations

from tests.applications_helpers import APPLY, MOVE, ready_to_apply, wait_until
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

# The in-app inbox (on both backends; mail would need proven addresses and the embedded outbox).
INBOX = "{ me { notifications(first: 20) { edges { node { kind subject } } } } }"


async def test_a_candidate_sending_their_submission_again_changes_nothing_and_mails_nothing(served):
    client, _ = served
    world = await ready_to_apply(client)
    application = (await client.data(APPLY, world.application, world.candidate))["applyToJob"]
    tokens = {"candidate": world.candidate, "employer": world.employer}

    async def notices(role: str) -> list[str]:
        edges = (await client.data(INBOX, token=tokens[role]))["me"]["notifications"]["edges"]
        return [e["node"]["subject"] for e in edges if e["node"]["kind"] == "APPLICATION"]

    for asked in ({"id": application["id"], "s": "SUBMITTED"}, {"id": application["id"], "s": "SUBMITTED", "n": "again"}):
        body = await client.execute(MOVE, asked, world.candidate)
        assert not body.get("errors"), body
        moved = body["data"]["updateApplicationStatus"]
        assert (moved["status"], moved["version"]) == ("SUBMITTED", 1)
        assert [(e["status"], e["note"]) for e in moved["history"]] == [("SUBMITTED", None)]

    # A later real move is announced after anything the repeats could have queued (changes are
    # processed in version order): once its notice is there, the repeats' would be too.
    await client.data(MOVE, {"id": application["id"], "s": "SCREENING"}, world.employer)

    async def screening_announced() -> bool:
        return any("screening" in subject for subject in await notices("candidate"))

    await wait_until(screening_announced, attempts=600)
    assert len(await notices("candidate")) == 2  # the receipt of applying and the screening
    assert len(await notices("employer")) == 1  # the submission alone
    # Now in SCREENING, which only the hiring team moves it to: the candidate's SCREENING and
    # SUBMITTED are refused, as before.
    for status in ("SCREENING", "SUBMITTED"):
        assert await client.error_code(MOVE, {"id": application["id"], "s": status},
                                       world.candidate) == "BAD_USER_INPUT"
