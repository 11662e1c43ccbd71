"""Where spans of a job-ad line meet (invented lines): a contracted pronoun ("You'll") is no
part of a duty, a verb cut from its object at a line's end ("studying towards") is no span,
two spans that overlap are one, and two products joined by "and" are two items."""
import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_ad_spans import job_ad_mentions

_SKILLS = EmbeddedSkillExtractor()


def spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in job_ad_mentions(text, _SKILLS)]


@pytest.mark.parametrize("text", ["You'll sort and pack parcels.", "We’re keen that you’ll label and shelve stock."])
def test_a_contracted_pronoun_is_no_part_of_a_duty(text):
    assert not any("'" in s or "’" in s for s in spans(text))


def test_a_verb_cut_from_its_object_is_no_span():
    assert "studying towards" not in spans("- ACCA qualified or studying towards")


def test_overlapping_spans_are_one():
    found = job_ad_mentions("Duties: loading and unloading pallets, sweeping floors.", _SKILLS)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


@pytest.mark.parametrize("text, expected", [
    ("Experience with Trimble and AutoCAD Civil 3D.", ["Trimble", "AutoCAD Civil 3D"]),
    ("Knowledge of MS Excel and Tally.", ["MS Excel", "Tally"]),
])
def test_two_products_joined_by_and_are_two_items(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, duty", [
    ("You'll clean the yard.", "clean the yard"),
    ("You’ll pack orders and load vans.", "pack orders"),
    ("You’ll greet guests, take orders and serve drinks.", "greet guests"),
])
def test_a_duty_after_a_contracted_will_is_read(text, duty):
    assert duty in spans(text)


def test_a_skill_and_a_product_joined_by_and_are_two_items():
    assert spans("Experience in bank reconciliation and Xero.") == ["bank reconciliation", "Xero"]
