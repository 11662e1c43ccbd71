"""Every parsed resume counts: a candidate's match with a job comes from the resume that fits
it best (or the one marked primary), a weaker upload never costs a better match, and deleting
a resume recomputes the candidate's matches from the ones left. Over GraphQL, on both
backends, with the real parser, embedder and queue workers."""
from __future__ import annotations

from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.resume_choice_helpers import (  # noqa: F401
    BETTER,
    DELETE,
    GOOD,
    PASTRY,
    backend,
    matches_of,
    settings,
    settled,
    two_jobs,
    with_resume,
)


async def test_a_second_weaker_resume_keeps_the_better_match(backend):
    client = backend
    token, _ = await client.candidate()
    backend_job, pastry_job = await two_jobs(client)
    good = await with_resume(client, token, GOOD)
    before = await settled(client, token, lambda m: backend_job in m)
    assert before[backend_job][0] == good

    wrong = await with_resume(client, token, PASTRY)
    # The wrong file's own fit shows its recomputation ran; the backend match is untouched.
    after = await settled(client, token, lambda m: pastry_job in m)
    assert after[pastry_job][0] == wrong
    # (Its score may move: the job's hubness correction changed with a second resume indexed.)
    assert after[backend_job][0] == good


async def test_deleting_the_wrong_resume_keeps_the_match_of_the_first(backend):
    client = backend
    token, _ = await client.candidate()
    backend_job, pastry_job = await two_jobs(client)
    good = await with_resume(client, token, GOOD)
    wrong = await with_resume(client, token, PASTRY)
    both = await settled(client, token, lambda m: backend_job in m and pastry_job in m)
    assert (both[backend_job][0], both[pastry_job][0]) == (good, wrong)
    assert await client.data(DELETE, {"id": wrong}, token) == {"deleteResume": True}
    left = await settled(client, token, lambda m: all(resume == good for resume, _ in m.values()))
    assert left[backend_job][0] == good


async def test_deleting_the_better_resume_recomputes_the_match_from_the_other(backend):
    client = backend
    token, _ = await client.candidate()
    backend_job, _ = await two_jobs(client)
    good = await with_resume(client, token, GOOD)
    from_good = (await settled(client, token, lambda m: backend_job in m))[backend_job]
    assert from_good[0] == good
    better = await with_resume(client, token, BETTER)
    await settled(client, token, lambda m: m.get(backend_job, ("",))[0] == better)

    await client.data(DELETE, {"id": better}, token)
    await settled(client, token, lambda m: m.get(backend_job, ("",))[0] == good)


async def test_deleting_every_resume_leaves_no_match(backend):
    client = backend
    token, _ = await client.candidate()
    backend_job, pastry_job = await two_jobs(client)
    good = await with_resume(client, token, GOOD)
    wrong = await with_resume(client, token, PASTRY)
    await settled(client, token, lambda m: backend_job in m and pastry_job in m)
    await client.data(DELETE, {"id": good}, token)
    await settled(client, token, lambda m: backend_job not in m or m[backend_job][0] == wrong)
    await client.data(DELETE, {"id": wrong}, token)
    assert await matches_of(client, token) == {}
