"""The OpenSearch query body lets an alias's names stand for the words it covers, from the
same aliases as the embedded index (the real taxonomy; no server needed)."""
from __future__ import annotations

import pytest

from adapters.aws.opensearch.queries import search_body
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.jobs import JobFilter
from domain.pagination import PageRequest
from domain.query_aliases import query_aliases


@pytest.fixture(scope="module")
def skills():
    return EmbeddedSkillExtractor()


def _must(text: str, skills) -> list[dict]:
    wanted = JobFilter(query_aliases=query_aliases(text, skills))
    return search_body(text, wanted, PageRequest())["query"]["bool"]["must"]


def _phrases(clause: dict) -> set[str]:
    return {c["multi_match"]["query"] for c in clause["bool"]["should"] if c["multi_match"]["type"] == "phrase"}


def test_an_abbreviation_may_be_met_by_the_name_spelled_out_and_other_words_stay_required(skills):
    plain, either = _must("RN icu", skills)
    assert plain["multi_match"] == {"query": "icu", "type": "bool_prefix", "fields": plain["multi_match"]["fields"],
                                    "operator": "and"}
    assert either["bool"]["minimum_should_match"] == 1
    assert either["bool"]["should"][0]["multi_match"]["query"] == "RN"
    assert "registered nurse" in _phrases(either)


def test_a_title_may_be_met_by_its_other_national_names(skills):
    (either,) = _must("HGV driver", skills)
    assert {"truck driver", "lorry driver", "cdl driver"} <= _phrases(either)


def test_words_without_aliases_keep_the_one_clause_they_had(skills):
    (plain,) = _must("night trunking", skills)
    assert plain["multi_match"]["query"] == "night trunking"
