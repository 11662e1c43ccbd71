"""OpenSearch's correctedQuery is read from the hits' highlights: a job closed in all but name (past
its closing time, the sweep not run yet) must not lend its word. JobService asks the index to
leave such jobs out of every search it sends (as typed, fuzzy, corrected), in the query itself;
the recording client answers as the index would, from the `closes_at` range of each body. Uses
the recording client of test_opensearch_corrected_query.py."""
from __future__ import annotations

from adapters.aws.opensearch.job_index import OpenSearchJobIndex
from domain.jobs import JobFilter
from domain.pagination import PageRequest
from tests.integration.aws.test_opensearch_corrected_query import _marked, _source


class _Recording:
    def __init__(self, *answers: list[dict]) -> None:
        self.answers, self.bodies = list(answers), []

    async def search(self, index, body):
        self.bodies.append(body)
        if _past_closing_left_out(body):
            return {"hits": {"hits": [], "total": {"value": 0, "relation": "eq"}}}
        hits = [{"_source": {**_source(i), "title": "Python zookeeper", "closes_at": "2025-01-01T00:00:00+00:00"},
                 "sort": [1.0, 1767225600000, f"j{i}"], **marks} for i, marks in enumerate(self.answers.pop(0))]
        return {"hits": {"hits": hits[:body["size"]], "total": {"value": len(hits), "relation": "eq"}}}


def _past_closing_left_out(body: dict) -> bool:
    """Whether the body leaves out a job whose closing time (2025-01-01) has come."""
    for clause in body["query"]["bool"]["filter"]:
        for excluded in clause.get("bool", {}).get("must_not", []):
            if excluded.get("range", {}).get("closes_at", {}).get("lte", "") >= "2025-01-01":
                return True
    return False


async def test_no_correction_is_offered_from_a_job_past_its_closing_time():
    from domain.services.jobs import JobService
    from tests.fakes.accounts import FixedClock, RecordingEventBus
    from tests.fakes.skill_relations import FakeSkillExtractor

    # as typed: nothing; again fuzzy: the job past closing; the correction exactly: the same job
    client = _Recording([], [_marked("[Python] [zookeeper]")], [{}])
    service = JobService(OpenSearchJobIndex(client, "jobs", 3), FakeSkillExtractor(), RecordingEventBus(),
                         FixedClock())  # type: ignore[arg-type]
    found = await service.search("python zookeepr", JobFilter(), PageRequest(first=5, want_total=True))
    assert found.items == []
    assert found.corrected_query is None, f"offered {found.corrected_query!r} from a job past its closing time"
    assert client.bodies and all(_past_closing_left_out(body) for body in client.bodies)
