"""A title's synonym and family groups are found once per title, not again for every title
it is compared with; the answers are those of looking both titles up each time."""
from __future__ import annotations

import itertools
import random

import pytest

from domain import occupation_families
from domain.occupation_families import OCCUPATION_FAMILIES, same_family, same_job
from domain.skills import normalise, tokens
from domain.title_synonyms import TITLE_SYNONYMS

WORDS = ["Head", "Chef", "Line", "Cook", "Staff", "Nurse", "RN", "Registered", "Truck", "Driver", "HGV", "Lorry",
         "Senior", "Accountant", "Bookkeeper", "Software", "Engineer", "Developer", "Cleaner", "(Nights)", "- London",
         ", Ward 3", "2", "C", "Sales", "Assistant", "Barman", "Security", "Officer"]


def _looked_up_each_time(a: str, b: str, groups: tuple[tuple[str, ...], ...]) -> bool:
    def groups_of(title: str) -> frozenset[int]:
        words = tuple(tokens(occupation_families._QUALIFIERS.sub(" ", title)))
        return frozenset(g for g, group in enumerate(groups)
                         if any(occupation_families._holds(words, tuple(normalise(p).split())) for p in group))
    return bool(groups_of(a) & groups_of(b))


def test_the_answers_are_those_of_looking_both_titles_up_each_time() -> None:
    rng = random.Random(7)
    titles = list(dict.fromkeys(" ".join(rng.sample(WORDS, rng.randint(1, 3))) for _ in range(120)))
    for a, b in itertools.product(titles[:15], titles[:60]):
        assert same_family(a, b) == _looked_up_each_time(a, b, OCCUPATION_FAMILIES), (a, b)
        assert same_job(a, b) == _looked_up_each_time(a, b, TITLE_SYNONYMS), (a, b)


def test_a_title_compared_with_many_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counted(text: str) -> list[str]:
        calls.append(text)
        return tokens(text)

    monkeypatch.setattr(occupation_families, "tokens", counted)
    jobs = [f"Grill Cook {n} (Days)" for n in range(30)]
    for job in jobs:
        same_family("Commis Chef of the Sea", job)
        same_job("Commis Chef of the Sea", job)
    # Each distinct title once per kind of group (synonyms, families), however many pairs.
    assert sum("Commis Chef of the Sea" in text for text in calls) == 2
    assert len(calls) == 2 * (len(jobs) + 1)
