"""Suggestions for a place typed a little wrong (domain.place_resolution): never a name with no
letters left once folded, and a country by its name once."""
from __future__ import annotations

from domain.place_refusal import obvious_typo_of
from domain.place_resolution import nearest_known_places


def test_no_suggestion_is_a_name_empty_once_folded():
    assert all(not s.startswith(",") for s in nearest_known_places("東京"))
    assert nearest_known_places("東京") == []


def test_a_country_is_suggested_by_its_name_once():
    suggested = nearest_known_places("Kenyw", edits=1)
    assert "Kenya" in suggested and "Kenya, Kenya" not in suggested


def test_only_an_obvious_typo_of_a_known_place_counts():
    assert obvious_typo_of("Manchster")[0] == "Manchester, United Kingdom"
    for real in ("Truro", "Harrogate", "London (Hybrid)", "SW1A 1AA", "Cymru", "Kosovo"):
        assert obvious_typo_of(real) == [], real
