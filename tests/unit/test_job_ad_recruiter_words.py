"""What a recruiter says about hiring, the client or how to apply is no requirement (invented
ads): "we are looking to recruit a …", "our client is a friendly …", "apply in person"; the
same verbs and words stay duties and qualities where the candidate is asked for them."""
import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_ad_spans import job_ad_mentions
from domain.job_skills import description_skills

_SKILLS = EmbeddedSkillExtractor()


def spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in job_ad_mentions(text, _SKILLS)]


@pytest.mark.parametrize("text", [
    "We are looking to recruit a Kennel Assistant to join our rescue centre.",
    "The trust is seeking to recruit an experienced Ward Clerk on a fixed term basis.",
    "We would like to hire a Groundsperson for the summer season.",
    "Our client is a friendly independent garden centre near Harrogate.",
    "The company is an ambitious, growing logistics business.",
    "Apply in person at reception.",
    "Please apply with an up to date CV.",
])
def test_recruiter_words_name_no_requirement(text):
    assert spans(text) == []


@pytest.mark.parametrize("text, span", [
    ("You will recruit seasonal volunteers.", "recruit seasonal volunteers"),
    ("Our client is looking for a reliable driver.", "reliable"),
    ("You should be friendly and punctual.", "friendly"),
])
def test_the_same_words_asked_of_the_candidate_stay(text, span):
    assert span in spans(text)


def test_a_recruiting_sentence_gives_the_job_no_skill():
    required, _ = description_skills("Kennel Assistant", "We are looking to recruit a Kennel Assistant to walk dogs.",
                                     _SKILLS, 20)
    assert not any("recruit" in name.lower() for name in required)
