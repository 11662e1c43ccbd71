"""An ad asking for a scheme's card in either of its colours ("CSCS Blue or Gold card") asks for
the scheme's card: "Gold card" read apart was a gate of its own (another scheme's name) that no
candidate met. A card named with its scheme ("JIB Gold card") stays as written."""
from __future__ import annotations

import time

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.card_colours import with_card_colours
from domain.job_skills import description_skills


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


@pytest.mark.parametrize(("title", "ad", "required"), [
    ("Site Carpenter", "You must have a CSCS Blue or Gold card for carpentry.", ["CSCS"]),
    ("Groundworker", "CSCS Green, Blue or Gold card.", ["CSCS"]),
    ("Plant Operator", "CPCS Red or Blue card required.", ["CPCS"]),
])
def test_a_schemes_colours_ask_for_its_card(skills, title, ad, required):
    assert description_skills(title, ad, skills, 50)[0] == required


def test_a_card_named_with_its_scheme_stays(skills):
    assert description_skills("Electrician", "JIB Gold card required.", skills, 50)[0] == ["JIB Gold card"]


def test_long_gaps_do_not_hang():
    text = "CSCS" + " Blue," * 50_000 + " " * 100_000 + "or Gold card"
    spans = [(0, 4), (len(text) - len("Gold card"), len(text))]
    start = time.perf_counter()
    out = with_card_colours(text, spans, lambda s: s, lambda s, end: (s[0], end))
    assert time.perf_counter() - start < 5.0
    assert out == [(0, len(text))]
