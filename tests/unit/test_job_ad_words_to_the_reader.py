"""What an ad says to its reader in the words of a duty (invented lines): how to apply or to
follow the employer, or how to feel, is no duty; only real verbs of two words share the object
of the verb joined after them."""
import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_ad_spans import job_ad_mentions
from domain.requirement_phrases import requirement_phrases

_SKILLS = EmbeddedSkillExtractor()


def spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in job_ad_mentions(text, _SKILLS)]


def phrases(text: str) -> list[str]:
    return [text[p.start:p.end] for p in requirement_phrases(text)]


@pytest.mark.parametrize("text", [
    "Scan the QR code on the poster to apply today.",
    "Follow the links on our careers page.",
    "Check our website for more details.",
    "Keep reading, this could be the job for you!",
    "Keep in touch via our newsletter.",
    "Keep calm and carry on.",
])
def test_words_to_the_reader_are_no_duty(text):
    assert not any(p.lower().startswith(("scan", "follow", "check", "keep")) for p in phrases(text))


@pytest.mark.parametrize("text, span", [
    ("Keep accurate stock records", "Keep accurate stock records"),
    ("Follow the HACCP plan at all times", "Follow the HACCP plan"),
    ("Scan parcels at the depot", "Scan parcels"),
    ("Check the website for broken links daily", "Check the website"),
])
def test_the_same_verbs_still_open_duties(text, span):
    assert span in phrases(text)


def test_a_real_verb_of_two_words_shares_the_object():
    assert "Strip out and replace old kitchens" in phrases("Strip out and replace old kitchens")


def test_a_verb_and_a_particle_alone_share_no_object():
    assert "check the tills" in phrases("Log off and check the tills")
    assert "Log off and check the tills" not in spans("Log off and check the tills")


@pytest.mark.parametrize("text", [
    "We are always happy to train the right person.",
    "We'd be glad to support your CPD.",
])
def test_what_the_employer_is_ready_to_do_is_no_duty(text):
    assert spans(text) == []


def test_the_candidates_readiness_still_asks():
    assert "drive vans" in spans("We need someone able to drive vans")
    assert "Happy to clean the tills" in spans("Happy to clean the tills")


@pytest.mark.parametrize("text", [
    "Stay in touch with us on Instagram and LinkedIn.",
    "Follow us on Twitter for news of more roles.",
])
def test_where_to_follow_the_employer_names_no_skill(text):
    assert spans(text) == []


def test_a_duty_with_the_same_products_still_names_them():
    assert spans("Post daily updates on Instagram and LinkedIn")
