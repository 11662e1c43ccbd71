"""Applying to a job already applied to names the existing application and its status. A
candidate who withdrew may apply again while the job is open: the same application goes back
to SUBMITTED, its history kept and the hiring team told as of a new application. A rejected or
hired application is final: applying again is a CONFLICT saying so."""
from __future__ import annotations

import asyncio

from tests.account_helpers import verified
from tests.api.test_applications_over_http import application_messages
from tests.applications_helpers import APPLY, MOVE, parsed_resume, ready_to_apply, wait_until

PIPELINES = """query($j: ID!, $s: ApplicationStatus){
  job(id: $j){ applications(status: $s){ totalCount edges { node { id status } } } applicationCounts { status count } }
  me { organization { applications(status: $s){ totalCount edges { node { id status } } } } } }"""


async def test_applying_again_names_the_existing_applications_status(client):
    world = await ready_to_apply(client)
    first = (await client.data(APPLY, world.application, world.candidate))["applyToJob"]
    await client.data(MOVE, {"id": first["id"], "s": "SCREENING"}, world.employer)

    (again,) = (await client.execute(APPLY, world.application, world.candidate))["errors"]
    assert again["extensions"]["code"] == "CONFLICT"
    assert again["extensions"]["existingApplicationId"] == first["id"]
    assert again["extensions"]["existingStatus"] == "SCREENING" and "SCREENING" in again["message"]


async def test_applying_again_after_withdrawing_reopens_the_same_application(client, app):
    world = await ready_to_apply(client, title="Night Nurse")
    await verified(app, world.employer_user)  # the team is mailed
    first = (await client.data(APPLY, world.application, world.candidate))["applyToJob"]
    await client.data(MOVE, {"id": first["id"], "s": "WITHDRAWN"}, world.candidate)

    again = (await client.data(APPLY, world.application, world.candidate))["applyToJob"]
    assert again["id"] == first["id"] and again["status"] == "SUBMITTED" and again["version"] == 3
    me = first["candidate"]["id"]
    assert [(h["status"], h["by"]["id"]) for h in again["history"]] == [
        ("SUBMITTED", me), ("WITHDRAWN", me), ("SUBMITTED", me)]

    # The employer's views show it under way again, nothing left under WITHDRAWN.
    submitted = await client.data(PIPELINES, {"j": world.job["id"], "s": "SUBMITTED"}, world.employer)
    assert [e["node"]["id"] for e in submitted["job"]["applications"]["edges"]] == [first["id"]]
    assert [e["node"]["id"] for e in submitted["me"]["organization"]["applications"]["edges"]] == [first["id"]]
    assert {c["status"]: c["count"] for c in submitted["job"]["applicationCounts"] if c["count"]} == {"SUBMITTED": 1}
    withdrawn = await client.data(PIPELINES, {"j": world.job["id"], "s": "WITHDRAWN"}, world.employer)
    assert withdrawn["job"]["applications"]["totalCount"] == 0
    assert withdrawn["me"]["organization"]["applications"]["totalCount"] == 0

    # The team hears of it as of a new application (after the first one and the withdrawal).
    outbox = app.state.services.notifier

    async def team_told_thrice() -> bool:
        return len(await application_messages(outbox, world.employer_user)) == 3
    await wait_until(team_told_thrice)
    told = await application_messages(outbox, world.employer_user)
    assert any("sent again" in m["subject"] and "Night Nurse" in m["subject"] for m in told), told


async def test_a_rejected_application_cannot_be_sent_again(client):
    world = await ready_to_apply(client)
    first = (await client.data(APPLY, world.application, world.candidate))["applyToJob"]
    await client.data(MOVE, {"id": first["id"], "s": "REJECTED"}, world.employer)
    (again,) = (await client.execute(APPLY, world.application, world.candidate))["errors"]
    assert again["extensions"]["code"] == "CONFLICT" and again["extensions"]["existingStatus"] == "REJECTED"
    assert "rejected" in again["message"] and "cannot be sent again" in again["message"]


async def test_two_tabs_applying_again_reopen_it_once(client):
    world = await ready_to_apply(client)
    first = (await client.data(APPLY, world.application, world.candidate))["applyToJob"]
    await client.data(MOVE, {"id": first["id"], "s": "WITHDRAWN"}, world.candidate)
    answers = await asyncio.gather(*(client.execute(APPLY, world.application, world.candidate) for _ in range(4)))
    reopened = [a["data"]["applyToJob"] for a in answers if a.get("data")]
    refused = [a["errors"][0]["extensions"] for a in answers if a.get("errors")]
    assert len(reopened) == 1 and len(refused) == 3, answers
    assert reopened[0]["id"] == first["id"] and reopened[0]["version"] == 3
    assert all(r["code"] == "CONFLICT" and r["existingStatus"] == "SUBMITTED" for r in refused), refused
    history = (await client.data(MOVE, {"id": first["id"], "s": "WITHDRAWN"}, world.candidate))
    assert [h["status"] for h in history["updateApplicationStatus"]["history"]] == [
        "SUBMITTED", "WITHDRAWN", "SUBMITTED", "WITHDRAWN"]


async def test_two_tabs_applying_at_once_store_one_and_tell_the_other_it_exists(client):
    world = await ready_to_apply(client)
    answers = await asyncio.gather(*(client.execute(APPLY, world.application, world.candidate) for _ in range(4)))
    stored = [a["data"]["applyToJob"]["id"] for a in answers if a.get("data")]
    refused = [a["errors"][0]["extensions"] for a in answers if a.get("errors")]
    assert len(stored) == 1 and len(refused) == 3
    assert all(r["code"] == "CONFLICT" and r["existingApplicationId"] == stored[0] and r["existingStatus"] == "SUBMITTED"
               for r in refused)


SENT_AGAIN = """mutation($i: ApplyInput!){ applyToJob(input: $i){ id version coverLetter resume { id }
  history { status coverLetter resume { id } } } }"""


async def test_applying_again_with_another_resume_and_letter_uses_them_and_keeps_the_first_in_history(client):
    world = await ready_to_apply(client)
    first = (await client.data(APPLY, {"i": {**world.application["i"], "coverLetter": "First letter."}},
                               world.candidate))["applyToJob"]
    await client.data(MOVE, {"id": first["id"], "s": "WITHDRAWN"}, world.candidate)
    second = await parsed_resume(client, world.candidate, "Ada Example\nStaff nurse\nSkills: wound care, triage\n")

    again = (await client.data(SENT_AGAIN, {"i": {"jobId": world.job["id"], "resumeId": second,
                                                  "coverLetter": "Second letter."}}, world.candidate))["applyToJob"]
    assert (again["id"], again["version"]) == (first["id"], 3)
    assert (again["resume"]["id"], again["coverLetter"]) == (second, "Second letter.")
    assert [(h["status"], h["coverLetter"], (h["resume"] or {}).get("id")) for h in again["history"]] == [
        ("SUBMITTED", "First letter.", world.resume), ("WITHDRAWN", None, None), ("SUBMITTED", "Second letter.", second)]


async def test_applying_again_with_someone_elses_resume_is_refused(client):
    world = await ready_to_apply(client)
    first = (await client.data(APPLY, world.application, world.candidate))["applyToJob"]
    await client.data(MOVE, {"id": first["id"], "s": "WITHDRAWN"}, world.candidate)
    other, _ = await client.candidate()
    theirs = await parsed_resume(client, other)
    (refused,) = (await client.execute(APPLY, {"i": {"jobId": world.job["id"], "resumeId": theirs}},
                                       world.candidate))["errors"]
    assert refused["extensions"]["code"] == "NOT_FOUND" and refused["extensions"]["field"] == "resumeId"


async def test_the_description_says_what_sending_again_sends_and_so_it_does(client):
    described = await client.data('{ __type(name: "Mutation") { fields { name description } } }')
    (apply,) = [f for f in described["__type"]["fields"] if f["name"] == "applyToJob"]
    assert "first sent" not in apply["description"]
    assert "cover letter of this call" in apply["description"]

    world = await ready_to_apply(client)
    first = (await client.data(APPLY, {"i": {**world.application["i"], "coverLetter": "The first letter."}},
                               world.candidate))["applyToJob"]
    await client.data(MOVE, {"id": first["id"], "s": "WITHDRAWN"}, world.candidate)
    again = (await client.data(APPLY, {"i": {**world.application["i"], "coverLetter": "A better letter."}},
                               world.candidate))["applyToJob"]
    assert again["coverLetter"] == "A better letter."
