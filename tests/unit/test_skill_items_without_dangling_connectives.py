"""A joining word left at a skills item's edge by a wrapped line or a list cut mid-phrase
("Plastering and", "such as Tiling") is no part of the item."""
import pytest

from adapters.embedded.parsing.skill_items import section_items


@pytest.mark.parametrize("text, item", [
    ("Bricklaying, Plastering and\nScreeding", "Plastering"),
    ("Formwork, such as Shuttering, Rebar fixing", "Shuttering"),
    ("Rota planning, Stock rotation &", "Stock rotation"),
    ("• and Pallet wrapping", "Pallet wrapping"),
])
def test_the_item_loses_its_dangling_connective(text, item):
    items, _ = section_items(text)
    assert item in items
    assert not any(i.lower().endswith((" and", " &")) or i.lower().startswith(("and ", "such as ")) for i in items)


@pytest.mark.parametrize("text, expected", [
    ("EN 1090, OR Theatre, OR Recovery", ["EN 1090", "OR Theatre", "OR Recovery"]),
    ("AS 4801, ISO 45001", ["AS 4801", "ISO 45001"]),
    ("Check in, Log in, Opt in", ["Check in", "Log in", "Opt in"]),
])
def test_names_that_begin_or_end_with_a_joining_word_stay_whole(text, expected):
    items, _ = section_items(text)
    assert items == expected
