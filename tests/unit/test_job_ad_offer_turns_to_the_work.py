"""A sentence saying what is given turns to the work where whom it serves or how it is used
follows (invented lines): the needs after it keep their skills; "free of/from" is what the
candidate must be, no gift."""
import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_ad_spans import job_ad_mentions

_SKILLS = EmbeddedSkillExtractor()


def spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in job_ad_mentions(text, _SKILLS)]


@pytest.mark.parametrize("text, skill", [
    ("Helpdesk cover provided to clients using Jira and Confluence.", "Jira"),
    ("Meals provided in line with HACCP rules.", "HACCP"),
    ("Paid training given to applicants who hold an IPAF licence.", "IPAF licence"),
    ("Uniform supplied, CSCS card essential.", "CSCS card"),
    ("Free of county court judgements and hold a forklift licence.", "forklift licence"),
    ("Free from any cautions or warnings, with a valid CSCS card.", "CSCS card"),
])
def test_the_needs_after_what_is_given_keep_their_skills(text, skill):
    assert skill in spans(text)


@pytest.mark.parametrize("text", [
    "Free parking on site.",
    "Van and tools supplied.",
    "Free visa, accommodation and food allowance.",
    "Housing and transport between sites provided.",
])
def test_what_is_given_names_no_skill(text):
    assert spans(text) == []
