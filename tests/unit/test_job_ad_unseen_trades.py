"""Job-ad lines of trades and countries the invented sets a-d lack (invented lines): a duty's
closing adverb of manner is part of it, a clean driving record is asked for as a licence is."""
import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_ad_spans import job_ad_mentions
from domain.requirement_phrases import requirement_phrases

_SKILLS = EmbeddedSkillExtractor()


def spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in job_ad_mentions(text, _SKILLS)]


def phrases(text: str) -> list[str]:
    return [text[p.start:p.end] for p in requirement_phrases(text)]


@pytest.mark.parametrize("text, span", [
    ("You will drive the tanker slowly.", "drive the tanker slowly"),
    ("Drivers must be able to load pallets evenly and sign delivery notes.", "load pallets evenly"),
    ("Able to work safely, alone or in pairs", "work safely"),
    ("Experience of weighing ingredients precisely", "weighing ingredients precisely"),
])
def test_an_adverb_of_manner_closing_a_duty_is_part_of_it(text, span):
    assert span in phrases(text)


@pytest.mark.parametrize("text, span", [
    ("Experience of stocktaking ideally", "stocktaking"),  # when or how sure, not how
    ("Responsible for reporting weekly", "reporting"),
    ("Able to lay paving slabs neatly and quickly", "lay paving slabs neatly and quickly"),
    ("You must drive considerately at all times", "drive considerately"),
])
def test_a_word_of_time_or_emphasis_is_no_manner_and_two_manners_stay_joined(text, span):
    assert phrases(text)[0] == span


@pytest.mark.parametrize("text, span", [
    ("A clean driving record is essential.", "clean driving record"),
    ("You need a forklift ticket and a clean driving history.", "clean driving history"),
    ("Good timekeeping and a clean driving record are required.", "clean driving record"),
])
def test_a_clean_driving_record_is_asked_for(text, span):
    assert span in spans(text)


def test_clean_opening_a_duty_is_still_the_verb():
    assert "clean delivery vans" in spans("You will clean delivery vans and check tyre pressures.")


@pytest.mark.parametrize("text, span", [
    ("Reliable and happy to work alone on night patrols.", "happy to work alone"),
    ("You should be comfortable to work unsupervised.", "comfortable to work unsupervised"),
    ("Keen to work on your own in remote farms", "Keen to work on your own"),
])
def test_readiness_to_work_alone_is_asked_for_with_its_readiness(text, span):
    assert span in spans(text)


@pytest.mark.parametrize("text", [
    "We are happy to discuss part-time hours.",
    "Happy to chat about the role before you apply.",
])
def test_happy_to_before_other_verbs_names_no_duty(text):
    assert not any(s.lower().startswith("happy") or "discuss" in s or "chat" in s for s in spans(text))


@pytest.mark.parametrize("text, span", [
    ("You will monitor CCTV and radio checks.", "monitor CCTV and radio checks"),
    ("Duties: maintain UPS units, log readings", "maintain UPS units"),
])
def test_a_verb_in_lower_case_takes_an_acronym_as_its_object(text, span):
    assert span in phrases(text)


@pytest.mark.parametrize("text", ["Support Worker vacancies in Leeds", "Manage IT"])
def test_a_capitalised_verb_before_a_capital_is_still_a_title(text):
    assert phrases(text) == []


@pytest.mark.parametrize("text, span", [
    ("- Set up and install PLC test rigs", "Set up and install PLC test rigs"),
    ("You will fill out and file delivery paperwork", "fill out and file delivery paperwork"),
])
def test_a_verb_of_two_words_shares_the_object_of_the_next(text, span):
    assert span in phrases(text)


@pytest.mark.parametrize("text, expected", [
    ("Duties: patrol the car park, check doors and report faults.", ["patrol the car park", "check doors", "report faults"]),
    ("You will follow cold-chain procedures and escort visitors.", ["follow cold-chain procedures", "escort visitors"]),
    ("- Weigh and wrap cheese orders", ["Weigh and wrap cheese orders"]),
])
def test_common_verbs_of_work_open_duties(text, expected):
    assert phrases(text) == expected


@pytest.mark.parametrize("text", ["You will report to the Estates Manager.", "Report directly to the owner."])
def test_whom_the_post_reports_to_is_no_duty(text):
    assert phrases(text) == []


@pytest.mark.parametrize("text, expected", [
    ("You'll help with bathing and feeding and record fluid intake.", ["help with bathing and feeding", "record fluid intake"]),
    ("Support tenants with weekly budgeting", ["Support tenants with weekly budgeting"]),
    ("You will assist with loading vans and checking manifests", ["assist with loading vans", "checking manifests"]),
])
def test_an_activity_after_the_verbs_with_is_its_object(text, expected):
    assert phrases(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ihr Profil: Teamfähigkeit, Belastbarkeit und Erfahrung mit Gabelstaplern", ["Teamfähigkeit", "Belastbarkeit"]),
    ("Requisitos: manejo de montacargas, trabajo en equipo", ["manejo de montacargas", "trabajo en equipo"]),
    ("Missions : cueillette et tri des fruits, taille des haies", ["cueillette", "tri des fruits", "taille des haies"]),
])
def test_items_under_a_label_of_another_language_are_asked_for(text, expected):
    found = spans(text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, item", [
    ("Essential: pre- and post-operative care", "pre- and post-operative care"),
    ("Ihre Aufgaben: Ein- und Auslagerung", "Ein- und Auslagerung"),
])
def test_a_word_cut_at_its_hyphen_shares_the_next_ones_end(text, item):
    assert item in spans(text)


def test_an_item_after_a_comma_is_asked_for_as_the_one_before_it():
    text = "Must hold a PASMA card, hand tools and a full clean driving licence."
    assert "full clean driving licence" in spans(text)


@pytest.mark.parametrize("text, span", [
    ("You must be able to carry up to 25 kg.", "carry up to 25 kg"),
    ("- Keep up to date with allergen rules", "Keep up to date with allergen rules"),
    ("- Keep tidy delivery logs", "Keep tidy delivery logs"),
])
def test_an_amount_or_up_to_date_stays_in_the_duty(text, span):
    assert span in phrases(text)


@pytest.mark.parametrize("text", ["Free first aid course after probation.", "Free CSCS card training for new starters."])
def test_a_sentence_opening_with_free_is_the_offer(text):
    assert spans(text) == []


@pytest.mark.parametrize("text", [
    "Requirements: CIMA or ACCA, strong knowledge of IFRS.",
    "You hold a CSCS card and excellent understanding of RAMS.",
])
def test_a_qualifier_cut_off_by_what_it_qualifies_is_no_item(text):
    found = spans(text)
    assert not any(s.lower() in ("strong", "excellent") for s in found), found
