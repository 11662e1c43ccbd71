"""Waiting for a job's matching pass to reach its hiring team's inboxes, so that a test reading a
recruiter's inbox (or its unread count) reads it after the "New candidates for <title>" entry
that pass gives, never racing it: the entry comes at or above the recruiter's notifyMinScore
only, so the wait reads the match scores and waits for exactly the entries they call for."""
from __future__ import annotations

from tests.applications_helpers import wait_until
from tests.graphql_client import GraphQLClient

JOB_SCORES = "query($id: ID!){ job(id: $id){ matches(first: 50) { totalCount edges { node { score } } } } }"
FLOOR = "{ me { preferences { notifyMinScore } } }"
ENTRIES = "{ me { notifications(first: 50) { edges { node { kind subject jobId newCandidates } } } } }"


async def new_candidates_entries(client: GraphQLClient, token: str, job_id: str | None = None) -> list[dict]:
    """The person's "New candidates" entries (of `job_id` only, when given), newest first."""
    edges = (await client.data(ENTRIES, token=token))["me"]["notifications"]["edges"]
    return [e["node"] for e in edges if e["node"]["kind"] == "MATCH"
            and e["node"]["subject"].startswith("New candidates for ")
            and (job_id is None or e["node"]["jobId"] == job_id)]


async def matching_announced(client: GraphQLClient, job_id: str, matches: int, *tokens: str) -> list[int]:
    """Waits until the job has `matches` matches and each of `tokens` (its hiring team) holds the
    entries their scores call for: one if any reaches the person's notifyMinScore (one pass
    finds them all here), none otherwise. Returns that number per token."""
    async def matched() -> bool:
        return (await client.data(JOB_SCORES, {"id": job_id}, tokens[0]))["job"]["matches"]["totalCount"] == matches

    await wait_until(matched, attempts=1200)
    edges = (await client.data(JOB_SCORES, {"id": job_id}, tokens[0]))["job"]["matches"]["edges"]
    scores = [e["node"]["score"] for e in edges]
    expected = []
    for token in tokens:
        floor = (await client.data(FLOOR, token=token))["me"]["preferences"]["notifyMinScore"]
        expected.append(1 if any(score >= floor for score in scores) else 0)

    async def announced() -> bool:
        counts = [len(await new_candidates_entries(client, t, job_id)) for t in tokens]
        assert all(c <= e for c, e in zip(counts, expected)), f"more entries than one pass gives: {counts}"
        return counts == expected

    await wait_until(announced, attempts=600)
    return expected
