"""What OpenSearch and DynamoDB are asked for the names a search widens to: an occupation's
names in other languages and an umlaut's other spelling as phrases any one of which meets the
words, a generic word as itself; a job's graded or noted skill entries ("HACCP Level 2",
"Food hygiene (HACCP)") written under the names inside them, and a skill asked for under
every name of it (the real taxonomy; no server needed)."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from adapters.aws.dynamodb.job_listing import listing_attributes, listing_query
from adapters.aws.opensearch.mapping import DOCUMENT_VERSION, index_body, job_document
from adapters.aws.opensearch.queries import filter_clauses, search_body
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_skill_keys import wanted_spellings
from domain.jobs import Job, JobFilter
from domain.pagination import PageRequest
from domain.query_aliases import query_aliases


@pytest.fixture(scope="module")
def skills():
    return EmbeddedSkillExtractor()


def _phrases(text: str, skills) -> set[str]:
    must = search_body(text, JobFilter(query_aliases=query_aliases(text, skills)), PageRequest())["query"]["bool"]["must"]
    return {c["multi_match"]["query"] for clause in must for c in clause.get("bool", {}).get("should", [])
            if c["multi_match"]["type"] == "phrase"}


@pytest.mark.parametrize(("text", "names"), [
    ("Berufskraftfahrer", {"truck driver", "lkw fahrer", "lastkraftwagenfahrer", "chauffeur poids lourd"}),
    ("LKW-Fahrer", {"berufskraftfahrer", "truck driver", "camionero"}),
    ("Krankenschwester", {"nurse", "infirmière", "enfermera", "pflegefachkraft"}),
    ("comptable", {"accountant", "buchhalter", "contabilista"}),
    ("cuisinière", {"cook", "koch", "köchin", "koechin"}),
    ("Kuechenchef", {"küchenchef", "head chef"}),
    ("Schweisser", {"schweißer", "welder", "soudeur"}),
])
def test_an_occupation_s_names_and_spellings_are_phrases_any_of_which_meets_the_words(skills, text, names):
    assert names <= _phrases(text, skills)


@pytest.mark.parametrize("text", ["driver", "Fahrer", "assistant", "question"])
def test_a_generic_word_or_an_english_word_is_asked_as_typed(skills, text):
    assert _phrases(text, skills) == set()


def _job(skills: list[str]) -> Job:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    return Job(id="j1", organization_id="o1", title="Cook", description="Shifts.", required_skills=skills,
               posted_at=now, updated_at=now)


ENTRIES = ["HACCP Level 2", "Food hygiene (HACCP)", "CSCS card holder"]


def test_graded_and_noted_entries_are_written_under_the_names_inside_them():
    keys = {"haccp level 2", "haccp", "food hygiene haccp", "food hygiene", "cscs card holder", "cscs card", "cscs"}
    assert set(job_document(_job(ENTRIES))["required_skills_folded"]) == keys
    assert set(listing_attributes(_job(ENTRIES))["skills_lc"]) == keys


def test_documents_written_before_these_keys_are_rewritten_by_provision():
    assert DOCUMENT_VERSION >= 5
    assert index_body(8)["mappings"]["_meta"]["document_version"] == DOCUMENT_VERSION


def test_a_skill_is_asked_for_under_the_names_of_both_its_taxonomy_entries(skills):
    job_filter = JobFilter(skills=["HACCP"], skill_spellings=wanted_spellings(["HACCP"], skills))
    (terms,) = [c["terms"]["required_skills_folded"] for c in filter_clauses(job_filter) if "terms" in c
                and "required_skills_folded" in c["terms"]]
    assert {"haccp", "haccp certification", "haccp certified"} <= set(terms)
    where = listing_query(job_filter).where
    assert where is not None
    asked = {value for _, value in _contains(where)}
    assert {"haccp", "haccp certification"} <= asked


def _contains(condition):
    """(attribute, value) of each `contains` inside a boto3 condition."""
    if condition.expression_operator == "contains":
        attribute, value = condition.get_expression()["values"]
        yield attribute.name, value
        return
    for part in condition.get_expression()["values"]:
        if hasattr(part, "expression_operator"):
            yield from _contains(part)
