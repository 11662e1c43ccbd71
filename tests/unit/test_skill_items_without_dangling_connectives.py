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
