"""How a hiring team's notices name a candidate (domain/candidate_names.py)."""
from __future__ import annotations

from domain.applications import FORMER_CANDIDATE_NAME
from domain.candidate_names import NAMELESS_CANDIDATE, as_erased, candidate_called


def test_the_display_name_first_then_the_name_on_the_resume_then_a_plain_word():
    assert candidate_called("Zoë  Ng", "Zoe Ng", erased=False) == "Zoë Ng"
    assert candidate_called("   ", "Chidi Okafor", erased=False) == "Chidi Okafor"
    assert candidate_called(None, None, erased=False) == NAMELESS_CANDIDATE
    assert candidate_called("Chidi", "Chidi Okafor", erased=True) == FORMER_CANDIDATE_NAME


def test_an_address_typed_as_a_name_is_not_sent_and_a_long_name_is_cut_at_a_word():
    assert candidate_called("chidi@example.com", "Chidi Okafor", erased=False) == "Chidi Okafor"
    assert candidate_called("chidi@example.com", None, erased=False) == NAMELESS_CANDIDATE
    long = " ".join(["Wolfeschlegelsteinhausen"] * 6)
    shown = candidate_called(long, None, erased=False)
    assert shown.endswith("…") and len(shown) <= 81 and shown[:-1] in long


def test_an_erased_candidates_name_is_replaced_where_it_was_sent():
    said = "Application from Chidi Okafor for Night Porter: submitted"
    assert as_erased(said, "Chidi Okafor") == "Application from Former candidate for Night Porter: submitted"
    assert as_erased(said, None) == said
    assert as_erased("Application from Former candidate for X", FORMER_CANDIDATE_NAME).count("Former") == 1
