"""A job's place that is an obvious typo of a known one is refused with the places it is
nearest (it would meet no candidate's preferred places and no location search); any real place
the gazetteer does not hold is taken as typed, and a job's stored place may be sent back."""
from __future__ import annotations

from tests.graphql_client import raw_id

POST = "mutation($i: JobInput!){ postJob(input: $i){ id location } }"
UPDATE = "mutation($id: ID!, $i: JobUpdateInput!){ updateJob(id: $id, input: $i){ id location } }"
MINE = "query($f: JobFilter){ searchJobs(filter: $f, first: 50){ edges { node { id location } } } }"
TAKEN_AS_TYPED = ["Truro", "Cornwall", "Offshore, North Sea", "Various sites across Yorkshire", "LS1 4AP",
                  "London (Hybrid)", "Canary Wharf", "Multiple locations", "Harlow", "Tartu", "Nuuk", "Soho, London",
                  "Remote-first"]


async def test_a_misspelt_place_is_refused_naming_the_place_meant_and_nothing_is_posted(client):
    token, employer = await client.employer()
    body = await client.execute(POST, {"i": {"title": "Pastry chef", "description": "Laminated doughs daily.",
                                             "location": "Liverpol"}}, token)
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "location"}
    assert "Did you mean \"Liverpool, United Kingdom\"" in error["message"]
    organization = {"organizationId": employer["organization"]["id"]}
    assert (await client.data(MINE, {"f": organization}))["searchJobs"]["edges"] == []


async def test_real_places_the_gazetteer_does_not_hold_are_posted_as_typed(client):
    token, _ = await client.employer()
    for place in TAKEN_AS_TYPED:
        job = await client.post_job(token, title="Site electrician", description="Second fix and testing.",
                                    location=place)
        assert (await client.data(MINE, {"f": {"organizationId": job["organization"]["id"]}}))["searchJobs"]
    posted = await client.data(MINE, {"f": {"organizationId": job["organization"]["id"]}})
    assert sorted(edge["node"]["location"] for edge in posted["searchJobs"]["edges"]) == sorted(TAKEN_AS_TYPED)


async def test_an_update_to_a_misspelt_place_changes_nothing(client):
    token, _ = await client.employer()
    job = await client.post_job(token, title="Bus driver", description="Town routes, early shifts.",
                                location="Cardiff, United Kingdom")
    body = await client.execute(UPDATE, {"id": job["id"], "i": {"location": "Cardif", "title": "Coach driver"}},
                                token)
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "location"}
    assert "\"Cardiff, United Kingdom\"" in error["message"]
    kept = await client.data(MINE, {"f": {"organizationId": job["organization"]["id"]}})
    assert [edge["node"]["location"] for edge in kept["searchJobs"]["edges"]] == ["Cardiff, United Kingdom"]


async def test_a_place_stored_before_this_check_may_be_sent_back_unchanged(app, client):
    """A job posted before places were checked keeps its place through edits that resend it."""
    token, _ = await client.employer()
    job = await client.post_job(token, title="Care assistant", description="Personal care, night shifts.")
    jobs = app.state.services.repositories.jobs
    (stored,) = await jobs.get_many([raw_id(job["id"])])
    assert stored is not None
    earlier = stored.model_copy(update={"location": "Lndon"})
    assert await jobs.update(earlier, work=[], expected_updated_at=stored.updated_at)
    answer = await client.data(UPDATE, {"id": job["id"], "i": {"location": "Lndon", "title": "Senior carer"}}, token)
    assert answer["updateJob"]["location"] == "Lndon"
    refused = await client.execute(UPDATE, {"id": job["id"], "i": {"location": "Manchster"}}, token)
    assert refused["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
