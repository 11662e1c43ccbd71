"""A text's skill mentions are read once per text and reading (domain/skills.py, _mentions):
what is handed back, warm or cold, in any order, is what reading the text afresh gives."""
from __future__ import annotations

import random

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor

WORDS = ("Python", "SQL", "Excel", "and", "or", "forklift", "licence", "HACCP", "menu planning", "stock control",
         "first aid", "CSCS", "Sage", "Word", "customer service", "the", "weekly", "payroll", "ran", "Java",
         "welding", "manual handling", "care", "PHP", "R", "Go", "Épée", "électricien", "São Paulo", "NVQ Level 2")
JOINS = (", ", " ", " and ", "; ", ". ", "\n", " - ", " & ", " (", ") ", ": ", " / ")


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(WORDS) + rng.choice(JOINS) for _ in range(rng.randint(1, 14))).strip()
            for _ in range(count)]


def test_mentions_warm_or_cold_are_those_read_afresh():
    extractor = EmbeddedSkillExtractor()
    texts = _texts(17, 150)
    afresh = {(t, c): extractor._read_mentions(t, c) for t in texts for c in (False, True)}
    for round_ in range(3):  # cold, then warm, then warm in another order
        order = list(afresh)
        random.Random(round_).shuffle(order)
        for text, context in order:
            assert extractor._mentions(text, context) == afresh[(text, context)]
    for text in texts:  # and the public readings on top of it
        assert extractor.extract(text) == list(dict.fromkeys(m.name for m in extractor.mentions(text)))


def test_a_list_handed_back_may_be_changed_by_its_caller():
    extractor = EmbeddedSkillExtractor()
    first = extractor.mentions("Python, SQL and Excel", skills_context=True)
    assert first
    first.clear()
    assert extractor.mentions("Python, SQL and Excel", skills_context=True)


def test_another_taxonomy_reads_the_text_afresh():
    def taxonomy(names: list[str]) -> SkillTaxonomy:
        return SkillTaxonomy(names, {n.lower(): (i, False) for i, n in enumerate(names)},
                             [frozenset()] * len(names), [frozenset()] * len(names), kinds=[SkillKind.SKILL] * len(names))

    extractor = TaxonomySkillExtractor(taxonomy(["Python"]))
    assert extractor.extract("Python and Kotlin") == ["Python"]
    extractor.taxonomy = taxonomy(["Kotlin"])
    assert extractor.extract("Python and Kotlin") == ["Kotlin"]


def test_the_kept_texts_stay_bounded():
    from domain import skills

    extractor = EmbeddedSkillExtractor()
    for n in range(skills._MEMO_TEXTS + 10):
        extractor.extract(f"Python {n}")
    assert extractor._memo_state is not None and len(extractor._memo_state[1]) <= skills._MEMO_TEXTS
