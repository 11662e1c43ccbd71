"""Words of a job ad that only qualify ("Full and clean driving licence", "and no more than 3
points") or a verb cut from its object ("lift up" of "lift up to 20 kilos") are no skills."""
from __future__ import annotations

from tests.job_ad_reading import read_ad as _read


def test_a_word_that_only_qualifies_the_licence_is_no_skill() -> None:
    assert [n.lower() for n in _read("Van Driver", "Full and clean driving licence.")] == ["driving licence"]


def test_no_more_after_a_class_list_is_no_skill() -> None:
    assert _read("Courier", "Needs licence categories C1, C and no more than 3 points.") == [
        "licence category C1", "licence category C"]


def test_a_verb_cut_from_its_object_is_no_skill() -> None:
    assert _read("Stores Assistant", "Able to lift up to 20 kilos.") == []
