"""Where a job ad's skill spans begin and end, as labelled job-ad skill spans mark them: each
duty its own span, a lone verb with the object of its preposition, no pronoun or word about
the post at the end, no how-to-apply, and personal qualities as spans of their own."""
import pytest

from domain.job_ad_spans import job_ad_mentions
from domain.job_skills import description_skills
from domain.personal_qualities import trait_spans
from domain.requirement_phrases import requirement_phrases
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor


def _skills() -> TaxonomySkillExtractor:
    names = ["customer service"]
    return TaxonomySkillExtractor(SkillTaxonomy(names, {"customer service": (0, False)}, [frozenset()],
                                                [frozenset()], kinds=[SkillKind.SKILL]))


def phrases(text: str) -> list[str]:
    return [text[p.start:p.end] for p in requirement_phrases(text)]


def spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in job_ad_mentions(text, _skills())]


@pytest.mark.parametrize("text, expected", [
    # a second verb after the object starts a duty of its own
    ("You will draft tender documents and chase overdue invoices.", ["draft tender documents", "chase overdue invoices"]),
    ("Able to sort parcels and load vans.", ["sort parcels", "load vans"]),
])
def test_two_duties_joined_by_and_are_two_spans(text, expected):
    assert phrases(text) == expected


def test_after_a_plural_object_a_noun_phrase_of_two_words_is_a_second_item():
    assert spans("Experience producing monthly forecasts and board packs") == ["producing monthly forecasts",
                                                                               "board packs"]


@pytest.mark.parametrize("text, phrase", [
    ("Able to restock aisles and refill fridges", "restock aisles"),
    ("You will design and build garden sheds", "design and build garden sheds"),
    ("Ability to clean and inspect tools and ladders", "clean and inspect tools and ladders"),
    ("Experience servicing gas and oil boilers", "servicing gas and oil boilers"),
])
def test_nouns_sharing_a_verb_or_a_head_stay_one_span(text, phrase):
    assert phrase in phrases(text)


@pytest.mark.parametrize("text, phrase", [
    ("Must be able to work to strict timescales.", "work to strict timescales"),
    ("Experience of sticking to agreed budgets", "sticking to agreed budgets"),
    ("You will be reporting via weekly dashboards.", "reporting via weekly dashboards"),
])
def test_a_lone_verb_takes_the_object_of_its_preposition(text, phrase):
    assert phrase in phrases(text)


@pytest.mark.parametrize("text, phrase", [
    ("You will configure it before launch.", "configure"),
    ("Handling the queries they raise", "Handling the queries"),
    ("Experience in a retail role is essential.", "retail"),
    ("Experience in a payroll position", "payroll"),
])
def test_a_span_ends_before_a_pronoun_or_a_word_for_the_post(text, phrase):
    found = phrases(text)
    assert phrase in found or (phrase == "configure" and "configure it" not in found)


@pytest.mark.parametrize("text", [
    "To apply for this vacancy send us your CV.",
    "Interested in applying for this post?",
    "Apply online today.",
    "Working within a small office in Derby.",
])
def test_how_to_apply_and_a_cut_short_gerund_are_no_spans(text):
    assert phrases(text) == []


def test_apply_with_an_object_is_still_a_duty():
    assert "apply strict hygiene standards" in phrases("You must apply strict hygiene standards.")


@pytest.mark.parametrize("text", [
    "Knowledge of lathes, drills, etc and you will train apprentices.",
    "Customer service and more.",
])
def test_a_list_closer_or_a_pronoun_is_no_item(text):
    found = spans(text)
    assert "etc" not in found and "you" not in found and "more" not in found


@pytest.mark.parametrize("text, traits", [
    ("We need a proactive, approachable and resilient receptionist.", ["proactive", "approachable", "resilient"]),
    ("You are numerate, Methodical and self-motivated.", ["numerate", "Methodical", "self-motivated"]),
    ("A dedicated team in a professional setting.", []),
])
def test_personal_qualities_are_spans_of_their_own(text, traits):
    assert [text[a:b] for a, b in trait_spans(text)] == traits
    assert all(t in spans(text) for t in traits)


def test_personal_qualities_become_no_listed_skills():
    required, nice = description_skills("Receptionist", "You are proactive and approachable with customer service.",
                                        _skills(), 20)
    assert required == ["customer service"] and nice == []


@pytest.mark.parametrize("text, phrase", [
    ("Experience of keeping good stock records and good supplier contacts", "keeping good stock records"),
    ("Duties include scheduling and carefully packing fragile orders", "carefully packing fragile orders"),
    ("Tasks include quickly resolving faults", "quickly resolving faults"),
])
def test_a_qualifier_or_an_adverb_after_and_opens_a_new_span(text, phrase):
    assert phrase in phrases(text)


def test_a_frequency_word_opens_no_duty():
    assert "weekly cleaning of the ovens" not in phrases("Tasks include weekly cleaning of the ovens")


def test_a_line_ending_on_and_or_or_is_read_not_refused():
    from domain.requirement_phrases import requirement_phrases

    for text in ("Writing reports and", "Cleaning rooms or", "We need someone for stocking shelves and"):
        requirement_phrases(text)  # must not raise: a job's description is read when it is posted
