"""A slash inside a skill's bracket ("First aid (CPR/AED)") lists what the skill covers: it
parts no items, and no item is left with its bracket open (fictional résumés)."""
from adapters.embedded.parsing.skill_items import section_items


def test_a_slash_inside_a_bracket_parts_no_items():
    items, _ = section_items("Inflight safety\nFirst aid (CPR/AED)\nWine service")
    assert "First aid (CPR" not in items and not any(i.count("(") > i.count(")") for i in items)
    assert any(i.startswith("First aid") for i in items)


def test_slashes_outside_brackets_still_part_items():
    items, _ = section_items("Word / Excel, Teaching/Tutoring, TCP/IP")
    assert {"Word", "Excel", "Teaching", "Tutoring", "TCP/IP"} <= set(items)
