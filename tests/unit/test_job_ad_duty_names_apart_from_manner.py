"""A duty kept wide as labelled spans mark it names what it would name without its manner
(invented lines): its closing adverbs, a leading "<verb> with" before activities (each read
apart) and "keep up to date with" are no part of the skill's name."""
import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_ad_spans import job_ad_mentions

_SKILLS = EmbeddedSkillExtractor()


def read(text: str) -> dict[str, tuple[str, ...]]:
    return {text[s.start:s.end]: s.names for s in job_ad_mentions(text, _SKILLS)}


@pytest.mark.parametrize("text, span", [
    ("You must operate forklifts carefully and responsibly.", "operate forklifts carefully and responsibly"),
    ("Drivers will handle cash carefully at each drop.", "handle cash carefully"),
])
def test_the_manner_is_in_the_span_not_in_the_name(text, span):
    names = read(text)[span]
    assert names and all(not n.lower().endswith("ly") for n in names)


def test_each_activity_after_the_verbs_with_is_named_apart():
    names = read("Help out: assist with baking and serving cakes")["assist with baking and serving cakes"]
    assert len(names) == 2 and not any(n.lower().startswith("assist") for n in names)


def test_what_to_keep_up_to_date_with_is_named():
    names = read("Keep up to date with HMRC guidance")["Keep up to date with HMRC guidance"]
    assert names and not names[0].lower().startswith("keep")


@pytest.mark.parametrize("text, span", [
    ("You must drive considerately at all times", "drive considerately"),
    ("Able to work safely, alone or in pairs", "work safely"),
])
def test_a_verb_with_only_its_manner_is_named_as_written(text, span):
    assert read(text)[span] == (span,)
