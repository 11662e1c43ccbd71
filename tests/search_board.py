"""A small job board posted by one employer, and the titles a text search finds on it: what the
search-words tests over GraphQL share (on either backend, through tests.resume_choice_helpers)."""
from __future__ import annotations

SEARCH = "query($q: String){ searchJobs(query: $q, first: 50){ correctedQuery edges { node { title } } } }"


async def post_board(backend, jobs: list[tuple[str, str, list[str]]]):
    """Each (title, description, required skills) posted by one new employer; the backend back."""
    token, _ = await backend.employer()
    for title, description, skills in jobs:
        await backend.post_job(token, title=title, description=description, requiredSkills=skills)
    return backend


async def post_placed_board(client, jobs: list[tuple[str, str, str]]):
    """Each (title, description, location) posted by one new employer, no skills; the client back."""
    token, _ = await client.employer()
    for title, description, place in jobs:
        await client.post_job(token, title=title, description=description, location=place, requiredSkills=[])
    return client


async def titles_found(client, text: str) -> set[str]:
    """The titles `text` finds as typed: none when the search was read as another query
    (`correctedQuery`: spelling corrected or words left out), whose jobs are that query's."""
    body = await client.execute(SEARCH, {"q": text})
    assert "errors" not in body, body
    found = body["data"]["searchJobs"]
    return set() if found["correctedQuery"] else {edge["node"]["title"] for edge in found["edges"]}
