"""Job-ad skill spans drawn as labelled job-ad spans draw them: a lone -ing word sharing the
object of the next, two single words joined by "and" as two items (a pair the taxonomy names
whole stays one), the readiness in "willing to ...", and no skill in a post's or a firm's
name, while the skills a job lists stay those it listed."""
import pytest

from domain.job_ad_spans import job_ad_mentions
from domain.job_skills import description_skills
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor

_NAMES = ["payroll", "fire safety", "stock rotation", "health and safety", "bookkeeping", "welding"]


def _skills() -> TaxonomySkillExtractor:
    aliases = {name.lower(): (i, False) for i, name in enumerate(_NAMES)}
    n = len(_NAMES)
    return TaxonomySkillExtractor(SkillTaxonomy(_NAMES, aliases, [frozenset()] * n, [frozenset()] * n,
                                                kinds=[SkillKind.SKILL] * n))


def spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in job_ad_mentions(text, _skills())]


def names(text: str) -> list[str]:
    return [n for s in job_ad_mentions(text, _skills()) for n in s.names]


@pytest.mark.parametrize("text, span", [
    ("Duties include weighing and labelling outgoing parcels.", "weighing and labelling outgoing parcels"),
    ("Experience in sanding and varnishing hardwood floors", "sanding and varnishing hardwood floors"),
])
def test_a_lone_ing_word_shares_the_object_of_the_next(text, span):
    assert spans(text) == [span]


def test_the_shared_object_keeps_the_skills_each_part_named():
    text = "You will be ordering and checking stock rotation sheets"
    assert "stock rotation" in names(text)
    assert len(spans(text)) == 1


@pytest.mark.parametrize("text, expected", [
    ("Duties: cleaning and polishing", ["cleaning", "polishing"]),
    ("We value punctuality and reliability.", None),
])
def test_two_single_words_joined_by_and_are_two_spans(text, expected):
    found = spans(text)
    if expected is None:
        assert not any(" and " in s for s in found)
    else:
        assert found == expected


def test_a_pair_the_taxonomy_names_whole_stays_one_span():
    assert "health and safety" in spans("Good knowledge of health and safety")


@pytest.mark.parametrize("text, span", [
    ("Must be willing to travel between depots", "willing to travel between depots"),
    ("Willingness to learn new recipes", "Willingness to learn new recipes"),
])
def test_the_readiness_is_part_of_the_span_but_names_no_skill(text, span):
    assert span in spans(text)
    assert not any("willing" in n.lower() for n in names(text))


@pytest.mark.parametrize("text", [
    "We are recruiting a Payroll Manager for our Leeds office.",
    "The Fire Safety Officer will report to the site lead.",
    "Northgate Payroll Ltd is an equal opportunities employer.",
    "You will report to the Head of Payroll.",
    "Our Welding Systems Engineer leads the cell.",
])
def test_a_field_in_a_post_or_firm_name_is_no_skill(text):
    assert names(text) == []


@pytest.mark.parametrize("text, name", [
    ("Experience as a payroll manager is essential.", "payroll"),
    ("A Fire Safety Officer certificate is a plus.", "fire safety"),
])
def test_a_field_of_the_work_or_a_credential_still_counts(text, name):
    assert any(name in n.lower() for n in names(text))


def test_the_ads_own_title_still_reads_its_field():
    required, _ = description_skills("Payroll Manager", "Full time, Monday to Friday.", _skills(), 20)
    assert [n.lower() for n in required] == ["payroll"]


@pytest.mark.parametrize("text, expected", [
    # a pronoun after a joined item starts the next clause
    ("Background in invoicing and auditing you will join a small team", ["invoicing", "auditing"]),
    # a line break lost before the next duty's capitalised verb
    ("Responsible for welding frames Ensure every weld is inspected", ["welding frames"]),
])
def test_a_span_ends_before_a_pronoun_or_a_run_on_duty(text, expected):
    assert spans(text)[:len(expected)] == expected


@pytest.mark.parametrize("text, span", [
    # "and" before a preposition opens an adjunct, no second object
    ("Focusing on guest comfort and by constantly checking rooms", "Focusing on guest comfort"),
    # a demonstrative after the object starts a clause about it
    ("Answering the calls those tenants make", "Answering the calls"),
    # a word of time or emphasis left at the end is no part of the duty (one of manner is:
    # tests/unit/test_job_ad_unseen_trades.py)
    ("Experience of labelling samples ideally", "labelling samples"),
    ("Experience of ordering medical supply", "ordering medical supply"),
])
def test_a_span_ends_before_an_adjunct_a_clause_or_a_trailing_adverb(text, span):
    assert spans(text)[0] == span


def test_a_credential_named_for_its_post_is_still_read():
    names_ = ["Registered Dental Technician"]
    aliases = {"registered dental technician": (0, False)}
    skills = TaxonomySkillExtractor(SkillTaxonomy(names_, aliases, [frozenset()], [frozenset()],
                                                  kinds=[SkillKind.CERTIFICATION]))
    text = "You will hold Registered Dental Technician status."
    assert [n for s in job_ad_mentions(text, skills) for n in s.names] == ["Registered Dental Technician"]


@pytest.mark.parametrize("text, span", [
    ("Respond to tenant repair requests", "Respond to tenant repair requests"),
    ("Undertake monthly fire alarm tests", "Undertake monthly fire alarm tests"),
])
def test_an_instruction_verb_takes_its_object_after_a_linking_preposition(text, span):
    assert spans(text) == [span]


@pytest.mark.parametrize("text, span", [
    ("Key duties: Preparation of weekly staff rotas.", "Preparation of weekly staff rotas"),
    ("Administration of medication to residents", "Administration of medication"),
    ("Maintenance of site records and permits; liaising with clients", "Maintenance of site records and permits"),
])
def test_a_noun_of_action_with_its_object_opens_a_duty(text, span):
    assert span in spans(text)


@pytest.mark.parametrize("text", ["Experience of night shifts is essential.", "Knowledge of payroll"])
def test_a_knowledge_cue_is_no_noun_of_action(text):
    assert not any(s.startswith(("Experience", "Knowledge")) for s in spans(text))


def test_a_noun_of_action_lists_only_the_skills_read_inside_it():
    assert names("Management of payroll for 40 staff") == ["payroll"]
