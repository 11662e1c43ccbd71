"""Shared steps for the application tests: a parsed resume, an open job, an admin."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from tests.fixtures.documents import RESUME_TEXT
from tests.graphql_client import GraphQLClient, upload_resume, wait_for_resume

APPLY = """mutation($i: ApplyInput!){ applyToJob(input: $i){ id status version coverLetter
  job { id title } candidate { id name } resume { id } history { status note by { id } } } }"""
MOVE = """mutation($id: ID!, $s: ApplicationStatus!, $n: String, $v: Int){
  updateApplicationStatus(id: $id, status: $s, note: $n, expectedVersion: $v){ id status version history { status note by { id } } } }"""


async def parsed_resume(client: GraphQLClient, token: str, text: str = RESUME_TEXT) -> str:
    resume = (await upload_resume(client, token, "cv.txt", text.encode()))["data"]["uploadResume"]
    done = await wait_for_resume(client, token, resume["id"])
    assert done["status"] == "PARSED"
    return resume["id"]


@dataclass(frozen=True)
class ReadyToApply:
    """A candidate with a parsed résumé and an employer with an open job (tokens and ids)."""

    candidate: str
    employer: str
    employer_user: dict
    job: dict
    resume: str

    @property
    def application(self) -> dict:
        """APPLY's variables: this candidate's résumé to this job."""
        return {"i": {"jobId": self.job["id"], "resumeId": self.resume}}


async def ready_to_apply(client: GraphQLClient, **job_fields: Any) -> ReadyToApply:
    """`job_fields` go to the posted job (its title, say) over post_job's defaults."""
    candidate, _ = await client.candidate()
    employer, employer_user = await client.employer()
    job = await client.post_job(employer, **job_fields)
    resume = await parsed_resume(client, candidate)
    return ReadyToApply(candidate=candidate, employer=employer, employer_user=employer_user, job=job, resume=resume)


async def wait_until(predicate, attempts: int = 200, pause: float = 0.05) -> None:
    """Bounded polling for background work (the durable queue)."""
    for _ in range(attempts):
        if await predicate():
            return
        await asyncio.sleep(pause)
    raise AssertionError("background work did not finish in time")
