"""Unexpected failures are masked with a request id; contact data is shown only to whom it may."""
from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from tests.applications_helpers import APPLY, parsed_resume


class BrokenJobs:
    """A job store whose search fails the way a lost disk would (a fake at the port)."""

    def __init__(self, real) -> None:
        self._real = real

    def __getattr__(self, name):
        return getattr(self._real, name)

    async def search(self, *args, **kwargs):
        raise OSError("disk I/O error")


def with_broken_job_search(adapters):
    repositories = replace(adapters.repositories, jobs=BrokenJobs(adapters.repositories.jobs))
    return replace(adapters, repositories=repositories)


@pytest.mark.parametrize("replace_adapters", [with_broken_job_search])
async def test_an_unexpected_error_is_masked_and_logged_with_the_request_id(client, caplog):
    caplog.set_level(logging.ERROR, logger="talentgraph.errors")
    response = await client.http.post("/graphql", json={"query": "{ searchJobs { totalCount } }"},
                                      headers={"X-Request-Id": "req-42"})
    error = response.json()["errors"][0]
    assert error["extensions"] == {"code": "INTERNAL_SERVER_ERROR", "requestId": "req-42"}
    assert "disk" not in error["message"] and "req-42" in error["message"]
    (logged,) = [r for r in caplog.records if getattr(r, "request_id", None) == "req-42"]
    assert isinstance(logged.exc_info[1], OSError) and "disk I/O error" in str(logged.exc_info[1])


PARSED_CONTACT = """query($id: ID!){ node(id: $id){ ... on Application { candidate { email }
  resume { parsed { name email phone skills { name } } } } } }"""


async def test_contact_data_is_visible_to_the_organization_applied_to_and_hidden_from_others(client):
    candidate, candidate_user = await client.candidate()
    resume = await parsed_resume(client, candidate)
    employer, _ = await client.employer()
    job = await client.post_job(employer)
    outsider, _ = await client.employer()
    query = "query($id: ID!){ node(id: $id){ ... on User { name email } } }"
    # Before the candidate applies, the employer cannot look the account up at all.
    assert (await client.data(query, {"id": candidate_user["id"]}, employer))["node"] is None

    application = (await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate))["applyToJob"]
    shown = (await client.data(PARSED_CONTACT, {"id": application["id"]}, employer))["node"]
    assert shown["candidate"]["email"] == candidate_user["email"]
    assert shown["resume"]["parsed"]["email"] == "jordan.quill@example.com"
    assert shown["resume"]["parsed"]["phone"]
    assert (await client.data(query, {"id": candidate_user["id"]}, employer))["node"]["email"] == candidate_user["email"]
    assert (await client.data(query, {"id": candidate_user["id"]}, outsider))["node"] is None
    assert (await client.data(query, {"id": candidate_user["id"]}))["node"] is None
