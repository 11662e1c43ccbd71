"""Requirements and duties written as what a person does, read as skills."""
import pytest

from domain.job_ad_spans import job_ad_mentions
from domain.job_skills import description_skills
from domain.requirement_phrases import requirement_phrases
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor


def _skills() -> TaxonomySkillExtractor:
    names = ["forklift operation", "administer medication", "customer service", "Python"]
    aliases = {"forklift operation": (0, False), "operate forklift": (0, False),
               "administer medication": (1, False), "customer service": (2, False), "python": (3, False)}
    n = len(names)
    return TaxonomySkillExtractor(SkillTaxonomy(names, aliases, [frozenset()] * n, [frozenset()] * n,
                                                kinds=[SkillKind.SKILL] * 3 + [SkillKind.TOOL]))


def phrases(text: str) -> list[str]:
    return [text[p.start:p.end] for p in requirement_phrases(text)]


@pytest.mark.parametrize("text, phrase", [
    ("Must be able to lift 50 lbs", "lift 50 lbs"),
    ("Experience administering medications", "administering medications"),
    ("Ability to operate a forklift.", "operate a forklift"),
    ("You will be responsible for managing the stock room during night shifts.", "managing the stock room"),
    ("Duties include cleaning equipment, restocking shelves and greeting customers.", "cleaning equipment"),
    ("Duties include cleaning equipment, restocking shelves and greeting customers.", "restocking shelves"),
    ("Duties include cleaning equipment, restocking shelves and greeting customers.", "greeting customers"),
    ("Previous experience in bookkeeping is essential.", "bookkeeping"),
    ("Good communication and negotiation skills", "communication"),
    ("Good communication and negotiation skills", "negotiation"),
    ("Capable of supervising a team of six to ensure deadlines are met", "supervising a team of six"),
    ("Liaise with suppliers and prepare weekly reports.", "Liaise with suppliers"),
    ("Liaise with suppliers and prepare weekly reports.", "prepare weekly reports"),
    ("Experience of working with children", "working with children"),
    ("Greet visitors and answer phones.", "Greet visitors"),
    ("Greet visitors and answer phones.", "answer phones"),
    ("Review labour costs to ensure the accuracy of rates.", "ensure the accuracy of rates"),
    ("You will lead a team of four.", "lead a team of four"),
    ("Experience in a busy kitchen preferred.", "busy kitchen"),
])
def test_a_requirement_written_as_an_action_is_a_phrase(text, phrase):
    assert phrase in phrases(text)


@pytest.mark.parametrize("text", [
    "We are an exciting and growing company based in Leeds.",
    "The role is based in our head office during the week.",
    "Support is available around the clock.",
    "Care Assistant",
    "Working hours are 9 to 5.",
])
def test_sentences_that_require_nothing_give_no_phrase(text):
    assert phrases(text) == []


def test_a_job_requires_the_skills_its_requirement_phrases_name():
    required, _ = description_skills(
        "Care Assistant",
        "Ability to operate a forklift. Experience administering medications. Must be able to lift 50 lbs.",
        _skills(), 50)
    # "lift 50 lbs" is a duty with a number, no skill a résumé could name
    assert required == ["forklift operation", "administer medication"]


def test_a_phrase_holding_a_taxonomy_skill_is_one_span_in_a_job_ad():
    text = "Experience providing excellent customer service and writing Python"
    spans = [text[m.start:m.end] for m in job_ad_mentions(text, _skills())]
    assert spans == ["providing excellent customer service", "writing Python"]


def test_items_joined_to_a_skill_are_skills_too():
    text = "Strong customer service, cash handling and merchandising for a busy store"
    spans = [text[m.start:m.end] for m in job_ad_mentions(text, _skills())]
    assert spans == ["customer service", "cash handling", "merchandising"]


def test_a_verb_without_its_object_is_no_phrase():
    assert "order" not in phrases("Duties include cooking to order.")
