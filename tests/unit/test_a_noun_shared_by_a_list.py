"""A list's lone words share the noun its last item ends with ("provide antenatal, intrapartum
and postnatal care"): each is read as the skill it names with that noun when the taxonomy knows
it, where the span reader listed "antenatal" alone, which no résumé writes. Lists of products,
and words naming no known skill with the noun, stay as they were."""
from __future__ import annotations

import time

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_ad_shared_heads import with_shared_heads
from domain.job_skills import description_skills


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


@pytest.mark.parametrize(("title", "ad", "required"), [
    ("Community Midwife", "You will provide antenatal, intrapartum and postnatal care to women.",
     ["Antenatal care", "Intrapartum care", "postnatal care"]),
    ("Midwife", "Antenatal and postnatal care.", ["Antenatal care", "postnatal care"]),
])
def test_lone_words_take_the_shared_noun(skills, title, ad, required):
    assert description_skills(title, ad, skills, 50)[0] == required


@pytest.mark.parametrize(("title", "ad", "required"), [
    ("Developer", "Python, Java and SQL databases.", ["Python", "Java", "SQL"]),
])
def test_other_lists_stay_as_they_were(skills, title, ad, required):
    assert description_skills(title, ad, skills, 50)[0] == required


def test_many_items_and_spaces_do_not_hang(skills):
    words = ["antenatal"] * 3000
    text = " ,  ".join(words) + " and postnatal care" + " " * 100_000
    spans, at = [], 0
    for w in words:
        at = text.index(w, at)
        spans.append((at, at + len(w)))
        at += len(w)
    spans.append((text.index("postnatal"), text.index("postnatal") + len("postnatal care")))
    start = time.perf_counter()
    out = with_shared_heads(text, spans, lambda s: s, lambda s, n: n, skills)
    assert time.perf_counter() - start < 5.0
    assert out[0] == "Antenatal care"
