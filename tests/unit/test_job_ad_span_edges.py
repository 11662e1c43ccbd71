"""Where a job-ad span starts and ends when the words at its edge belong to what is asked:
"self" written apart from the quality it makes ("self motivated"), the level of a language
("fluent Welsh"), readiness before a duty ("comfortable driving at night"), and adjectives
listed with commas before the noun they share ("inspect gas, oil and solid-fuel boilers").
Invented lines only."""
import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_ad_spans import job_ad_mentions

_SKILLS = EmbeddedSkillExtractor()


def spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in job_ad_mentions(text, _SKILLS)]


@pytest.mark.parametrize("text, expected", [
    ("Applicants must be punctual and self motivated.", ["punctual", "self motivated"]),
    ("A Self Disciplined attitude to lone working", ["Self Disciplined"]),
    ("Grooms here are self starting and hardworking.", ["self starting", "hardworking"]),
])
def test_self_written_apart_is_part_of_the_quality(text, expected):
    assert spans(text) == expected


def test_self_before_a_word_that_is_no_quality_stays_apart():
    assert spans("Staff rent a self catering flat and must be motivated.") == ["motivated"]


@pytest.mark.parametrize("text, expected", [
    ("Drivers need conversational Welsh and a clean licence.", ["conversational Welsh", "clean licence"]),
    ("Requirements: fluent Polish, forklift licence.", ["fluent Polish", "forklift licence"]),
    ("Intermediate Spanish is an advantage.", ["Intermediate Spanish"]),
])
def test_the_level_of_a_language_is_part_of_what_is_asked(text, expected):
    assert spans(text) == expected


def test_a_word_of_praise_before_a_language_stays_out():
    assert spans("You will need excellent Portuguese.") == ["Portuguese"]


@pytest.mark.parametrize("text, expected", [
    ("Must be comfortable climbing ladders.", ["comfortable climbing ladders"]),
    ("Pickers should be comfortable with lifting heavy boxes.", ["comfortable with lifting heavy boxes"]),
])
def test_readiness_before_a_duty_is_part_of_it(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("You will be constantly checking stock levels.", ["checking stock levels"]),
    ("Potentially supervising two apprentices.", ["supervising two apprentices"]),
    ("Regularly cleaning the fryers and ovens", ["cleaning the fryers and ovens"]),
])
def test_how_often_or_how_sure_opens_no_duty(text, expected):
    assert spans(text) == expected


def test_how_a_duty_is_done_still_opens_it():
    assert spans("Carefully labelling blood samples") == ["Carefully labelling blood samples"]


@pytest.mark.parametrize("text, expected", [
    ("Tickets: CSCS, IPAF, PASMA, etc.", ["CSCS", "IPAF", "PASMA"]),
    ("Tickets: CSCS, IPAF and so on.", ["CSCS", "IPAF"]),
    ("Apply at www.plumbright.com or call us.", []),
    ("Apply at www . plumbright . com / careers", []),
])
def test_list_closers_and_web_addresses_name_no_skill(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Skills: Java, Python, ASP.NET, Node.js", ["Java", "Python", "ASP.NET", "Node.js"]),
    ("Proficient in Salesforce.com and Excel", ["Salesforce.com", "Excel"]),
])
def test_a_product_named_by_its_address_stays(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("You will be responsible for looking after guest laundry.", ["looking after guest laundry"]),
    ("Duties include looking after two toddlers.", ["looking after two toddlers"]),
])
def test_looking_after_is_a_duty(text, expected):
    assert spans(text) == expected


def test_looking_for_is_still_no_duty():
    assert spans("We are looking for a cheerful barista.") == ["cheerful"]


@pytest.mark.parametrize("text, expected", [
    ("Working autonomously is essential.", ["Working autonomously"]),
    ("Comfortable working unsupervised on remote sites", ["Comfortable working unsupervised on remote sites"]),
])
def test_working_without_others_is_a_duty(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Skills: MS SharePoint, MS Teams, MS Visio", ["MS SharePoint", "MS Teams", "MS Visio"]),
    ("You will use MS Dynamics CRM daily.", ["MS Dynamics CRM"]),
])
def test_the_makers_initials_before_a_product_are_part_of_its_name(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("You will inspect domestic, commercial and industrial boilers.", ["inspect domestic, commercial and industrial boilers"]),
    ("You will repair hydraulic, pneumatic or electrical actuators on site",
     ["repair hydraulic, pneumatic or electrical actuators on site"]),
])
def test_adjectives_listed_before_the_noun_they_share_are_one_duty(text, expected):
    assert spans(text) == expected


def test_nouns_listed_after_a_duty_stay_apart():
    assert spans("You will clean toilets, showers and changing rooms.") == [
        "clean toilets", "showers", "changing rooms"]


@pytest.mark.parametrize("text, expected", [
    ("You are a strong team player and a clear communicator.", ["team player", "communicator"]),
    ("We want a self-starter who is punctual.", ["self-starter", "punctual"]),
])
def test_a_person_named_by_a_quality_is_a_span(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Able to lift heavy boxes Good knowledge of stock rotation", ["lift heavy boxes", "stock rotation"]),
    ("Must follow strict hygiene rules Excellent baking skills", ["follow strict hygiene rules", "baking"]),
])
def test_a_capitalised_word_of_praise_after_a_duty_starts_the_next_line(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Willing to undergo further training.", ["Willing to undergo further training"]),
    ("You will attend refresher training.", ["attend refresher training"]),
])
def test_an_ing_noun_after_a_word_of_extent_is_the_object(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Applicants must be registered with the SCWC.", ["SCWC"]),
    ("Requirements: registration with Opticians Board Malta, a driving licence.",
     ["Opticians Board Malta", "driving licence"]),
])
def test_the_body_a_post_is_registered_with_is_what_is_asked(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("An analyst is needed for our accounting and control team.", ["accounting", "control"]),
    ("You will liaise with the marketing and logistics teams.", ["liaise with the marketing and logistics teams"]),
])
def test_the_field_a_team_works_in_is_the_span_not_the_team(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Must be able to stand for long periods.", ["stand for long periods"]),
    ("Able to sit for extended periods of time at a console", ["sit for extended periods of time"]),
])
def test_how_long_a_physical_demand_lasts_is_part_of_it(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("You will provide individual and group counselling.", ["provide individual and group counselling"]),
])
def test_an_ing_word_closing_a_clause_after_a_noun_heads_its_compound(text, expected):
    assert spans(text) == expected


def test_an_ing_word_after_a_preposition_stays_apart():
    assert spans("Support the manager with filing.") == ["Support the manager", "filing"]


@pytest.mark.parametrize("text, expected", [
    ("You will pick / pack orders and load vans.", ["pick / pack orders", "load vans"]),
    ("Skills: cost / budget control, forecasting.", ["cost / budget control", "forecasting"]),
    ("Experience with Sage / Xero", ["Sage", "Xero"]),
])
def test_words_in_lower_case_joined_by_a_slash_share_what_follows(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Calm, patient and punctual.", ["Calm", "patient", "punctual"]),
    ("You are physically fit and alert.", ["physically fit", "alert"]),
    ("Warm, calm and professional.", ["Warm", "calm", "professional"]),
])
def test_a_quality_that_is_also_a_noun_or_a_sense_is_one_where_no_noun_follows(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text", [
    "Deliver patient care on a busy ward.",
    "Bring warm clothing for site visits.",
    "Professional development is funded.",
])
def test_the_same_words_before_a_noun_are_no_quality(text):
    assert not {"patient", "warm", "professional"} & {s.lower() for s in spans(text)}


@pytest.mark.parametrize("text, expected", [
    ("- Calibrate torque wrenches", ["Calibrate torque wrenches"]),
    ("You will lay paving slabs and grout wall tiles.", ["lay paving slabs", "grout wall tiles"]),
    ("- Recover broken-down vehicles", ["Recover broken-down vehicles"]),
])
def test_trade_verbs_open_a_duty(text, expected):
    assert spans(text) == expected


def test_following_after_a_duty_opens_an_adjunct():
    assert spans("- Label samples following the lab's procedures") == ["Label samples"]
