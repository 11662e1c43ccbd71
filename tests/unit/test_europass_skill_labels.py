"""Europass CVs label each line of their personal skills without a colon ("Mother tongue(s)
Polish", "Job-related skills Wound care, ..."): the label names no skill, its items do.
Fictional lines."""
from adapters.embedded.parsing.skill_items import section_items

EUROPASS = """Mother tongue(s) Polish
Other language(s) English B2, Czech A2
Job-related skills Wound care, Phlebotomy, Patient education
Digital skills Microsoft Word, Medical records systems
"""


def test_the_labels_are_no_items():
    items, _ = section_items(EUROPASS)
    assert not any("tongue" in i.lower() or "language(s)" in i.lower() or "skills" in i.lower() for i in items)
    assert {"Polish", "Wound care", "Phlebotomy", "Patient education", "Microsoft Word"} <= set(items)


def test_a_skill_that_begins_like_a_label_is_kept():
    items, _ = section_items("Communication skills workshops, Conflict resolution\n")
    assert "Conflict resolution" in items
