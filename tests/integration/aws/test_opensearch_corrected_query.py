"""OpenSearch's typo tolerance names what it read (`correctedQuery`), as the embedded index does:
the search run again with a few edits allowed asks for its hits' highlights, the marked words
within a typed word's edits are its correction, and the query as typed with them is offered only
once searched exactly and found to find something. Request shapes and invented answers (a
recording client, no server needed)."""
from __future__ import annotations

from adapters.aws.opensearch.corrections import MARK_CLOSE, MARK_OPEN, corrected_query, corrections
from adapters.aws.opensearch.job_index import OpenSearchJobIndex
from adapters.aws.opensearch.queries import search_body
from domain.jobs import Job, JobFilter
from domain.pagination import Page, PageRequest
from domain.services.corrected_search import as_corrected


def _marked(*fragments: str, field: str = "title") -> dict:
    return {"highlight": {field: [f.replace("[", MARK_OPEN).replace("]", MARK_CLOSE) for f in fragments]}}


def test_only_the_search_again_asks_which_words_each_hit_was_met_by():
    exact = search_body("acountant leeds", JobFilter(), PageRequest(first=5))
    assert "highlight" not in exact
    fuzzy = search_body("acountant leeds", JobFilter(), PageRequest(first=5), fuzzy=True)
    asked = fuzzy["highlight"]
    assert set(asked["fields"]) == {"title", "skills_text", "description"}
    assert (asked["pre_tags"], asked["post_tags"]) == ([MARK_OPEN], [MARK_CLOSE])


def test_a_marked_word_within_the_typed_words_edits_is_its_correction():
    hits = [_marked("Senior [Accountant]"), _marked("[accountant] for a [Leeds] firm", field="description")]
    assert corrections("acountant leeds", hits) == {"acountant": "accountant"}
    assert corrected_query("Acountant, Leeds", "Acountant Leeds", hits) == "accountant, Leeds"
    # Compared folded, as the index folds them; offered as the ads write the word, accents kept.
    assert corrections("cuisinere", [_marked("[Cuisinière] de brasserie")]) == {"cuisinere": "cuisinière"}
    assert corrected_query("Cuisinere Paris", "Cuisinere", [_marked("[CUISINIÈRE]")]) == "cuisinière Paris"
    # The way most hits write it; as many each way, the one with its accents.
    assert corrections("elektriker", [_marked("[Elektriker]")]) == {}
    assert corrections("cuisinere", [_marked("[cuisiniere]"), _marked("[Cuisinière]")]) == {"cuisinere": "cuisinière"}
    assert corrections("cuisinere", [_marked("[cuisiniere]"), _marked("[Cuisiniere]"), _marked("[Cuisinière]")]) \
        == {"cuisinere": "cuisiniere"}
    assert corrections("strase", [_marked("[Straße]")]) == {"strase": "straße"}


def test_the_fewest_edits_then_the_word_more_hits_hold():
    hits = [_marked("[Carer]"), _marked("[Caret]"), _marked("[Caret] [Cater]"), _marked("[Carers] [Caret]")]
    assert corrections("carex", hits) == {"carex": "caret"}  # carer, caret, cater at one edit: caret in most hits
    assert corrections("carerss", hits) == {"carerss": "carers"}  # within its one edit


def test_no_correction_for_words_met_as_typed_as_a_prefix_or_too_far():
    assert corrections("nurse", [_marked("[Nurse]")]) == {}
    assert corrections("accountan", [_marked("[Accountant]")]) == {}  # the last word is a prefix
    assert corrections("nrs", [_marked("[nurse]")]) == {}  # under 4 letters: typed as meant
    assert corrections("xurse", [_marked("[nurse]")]) == {}  # the first letter as typed
    assert corrections("warehose ls1", [_marked("[Warehouse]"), _marked("[LS1]")]) == {"warehose": "warehouse"}
    assert corrected_query("nurse", "nurse", [{"_source": {}}]) is None  # no highlight: nothing said


class _Recording:
    """Answers each search with the next answer given (hit sources and their highlights)."""

    def __init__(self, *answers: list[dict]) -> None:
        self.answers, self.bodies = list(answers), []

    async def search(self, index, body):
        self.bodies.append(body)
        hits = [{"_source": _source(i), "sort": [1.0, 1767225600000, f"j{i}"], **marks}
                for i, marks in enumerate(self.answers.pop(0))]
        return {"hits": {"hits": hits[:body["size"]], "total": {"value": len(hits), "relation": "eq"}}}


def _source(i: int) -> dict:
    return {"id": f"j{i}", "organization_id": "o", "title": "Nurse", "description": "d", "status": "OPEN",
            "remote": "ONSITE", "employment_type": "FULL_TIME", "posted_at": "2026-01-01T00:00:00+00:00",
            "updated_at": "2026-01-01T00:00:00+00:00", "required_skills": [], "nice_to_have_skills": []}


async def test_the_page_found_again_names_the_words_its_hits_were_met_by():
    client = _Recording([], [_marked("Staff [Nurse]"), _marked("[Nurse] practitioner")])
    found = await OpenSearchJobIndex(client, "jobs", 3).search("nurce", JobFilter(), PageRequest(first=5))
    assert found.corrected_query == "nurse" and len(found.items) == 2
    assert "highlight" not in client.bodies[0] and "highlight" in client.bodies[1]
    exact = _Recording([{}])
    assert (await OpenSearchJobIndex(exact, "jobs", 3).search("nurse", JobFilter(), PageRequest(first=5))
            ).corrected_query is None


def _page(*ids: str, corrected: str | None = None) -> Page[Job]:
    jobs = [Job.model_validate({**_source(0), "id": i}) for i in ids]
    return Page(jobs, positions=[(1.0, 0, i) for i in ids], total=len(ids), corrected_query=corrected)


async def test_the_correction_is_offered_as_typed_once_searched_exactly_and_finding_something():
    searched: list[str] = []

    async def search(fixed: str) -> Page[Job]:
        searched.append(fixed)
        return _page("j1", "j2") if fixed == "nurse leeds" else _page()

    # The index was asked for the words beside the place ("leeds" went to the filter).
    fuzzy = _page("j1", corrected="nurse")
    page = await as_corrected(fuzzy, "nurce leeds", "nurce", True, search)
    assert (page.corrected_query, [j.id for j in page.items], searched) == ("nurse leeds", ["j1", "j2"], ["nurse leeds"])
    # Searched exactly it finds nothing: the page as found, and no claim.
    nothing = await as_corrected(_page("j1", corrected="nurse"), "nurce", "nurce", True, search)
    assert (nothing.corrected_query, [j.id for j in nothing.items]) == (None, ["j1"])


async def test_a_later_page_or_a_correction_searched_fuzzy_again_makes_no_claim():
    async def fuzzy_again(fixed: str) -> Page[Job]:
        return _page("j3", corrected="something else")

    async def never(fixed: str) -> Page[Job]:
        raise AssertionError("a later page follows its cursor, not a correction worked out afresh")

    assert (await as_corrected(_page("j1", corrected="nurse"), "nurce", "nurce", True, fuzzy_again)).corrected_query is None
    assert (await as_corrected(_page("j1", corrected="nurse"), "nurce", "nurce", False, never)).corrected_query is None


async def test_searched_through_the_job_service_the_typed_query_is_offered_corrected():
    from domain.services.jobs import JobService
    from tests.fakes.accounts import FixedClock, RecordingEventBus
    from tests.fakes.skill_relations import FakeSkillExtractor

    client = _Recording([], [_marked("[Nurse]")], [{}, {}])  # as typed, again fuzzy, the correction exactly
    index = OpenSearchJobIndex(client, "jobs", 3)
    service = JobService(index, FakeSkillExtractor(), RecordingEventBus(), FixedClock())  # type: ignore[arg-type]
    found = await service.search("nurce", JobFilter(), PageRequest(first=5))
    assert (found.corrected_query, len(found.items)) == ("nurse", 2)
    assert "'nurse'" in str(client.bodies[2]) and "nurce" not in str(client.bodies[2])
    assert "fuzziness" not in str(client.bodies[2]) and "highlight" not in client.bodies[2]


async def test_through_the_job_service_an_accented_correction_keeps_its_accents():
    from domain.services.jobs import JobService
    from tests.fakes.accounts import FixedClock, RecordingEventBus
    from tests.fakes.skill_relations import FakeSkillExtractor

    client = _Recording([], [_marked("[Cuisinière] de brasserie")], [{}])
    service = JobService(OpenSearchJobIndex(client, "jobs", 3), FakeSkillExtractor(), RecordingEventBus(),  # type: ignore[arg-type]
                         FixedClock())
    found = await service.search("cuisinere", JobFilter(), PageRequest(first=5))
    assert found.corrected_query == "cuisinière" and "'cuisinière'" in str(client.bodies[2])
