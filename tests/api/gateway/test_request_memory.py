"""What a request builds (its loaders, the jobs and organizations they hold) is freed when its
response is sent, by reference counting alone: left to the cyclic collector, every request's
objects lived on until its next pass, and those passes took a tenth of the gateway's time."""
from __future__ import annotations

import gc

from aiodataloader import DataLoader

from domain.jobs import Job
from gateway.http.metrics import GatewayMetrics

REFERENCE_QUERY = "{ searchJobs(first: 20) { edges { node { id title organization { name } requiredSkills } } } }"


def alive(kind: type) -> int:
    return sum(1 for o in gc.get_objects() if issubclass(type(o), kind))


async def test_a_search_leaves_no_loader_or_job_behind_for_the_cyclic_collector(client):
    for n in range(2):
        token, _ = await client.employer(organizationName=f"Org {n}")
        await client.post_job(token, title=f"Job {n}")
    candidate, _ = await client.candidate()
    # First-use caches fill here (Strawberry's own resolver path keeps one value from its second
    # request on); what is measured is what each further request leaves behind.
    for _ in range(2):
        await client.data(REFERENCE_QUERY, token=candidate)
    gc.collect()
    gc.disable()
    try:
        loaders, jobs = alive(DataLoader), alive(Job)
        for _ in range(10):
            data = await client.data(REFERENCE_QUERY, token=candidate)
            assert len(data["searchJobs"]["edges"]) == 2
        # No loader outlives its request. A kept search ranking may be refilled once in between
        # (at most the page's two jobs); a leak would leave jobs behind per request (10+).
        assert alive(DataLoader) == loaders
        assert alive(Job) - jobs <= 2
    finally:
        gc.enable()


async def test_an_instrumented_loader_is_freed_by_reference_counting():
    class Loader(DataLoader):
        async def batch_load_fn(self, keys):
            return keys

    gc.disable()
    try:
        loader = Loader()
        GatewayMetrics().instrument_loader("test", loader)
        before = alive(Loader)
        del loader
        assert alive(Loader) == before - 1
    finally:
        gc.enable()
