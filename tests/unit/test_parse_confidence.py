"""Each parsed field carries a confidence; a field the parser is unsure of is left empty."""
from datetime import date

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from domain.resumes import ParsedResume, SkillEntry
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor
from resolvers.types.resume import ParsedResumeType


def _parser() -> RuleBasedResumeParser:
    tax = SkillTaxonomy(["Forklift operation"], {"forklift operation": (0, False), "forklift": (0, False)},
                        [frozenset()], [frozenset()], kinds=[SkillKind.SKILL])
    return RuleBasedResumeParser(TaxonomySkillExtractor(tax), today=lambda: date(2025, 1, 31))


def test_a_clear_resume_gets_high_confidence_on_what_it_states():
    text = ("Oksana Melnyk\nLeeds, UK · 07700 900123 · oksana@example.co.uk\nWORK HISTORY\n"
            "Warehouse Operative, Northgate Depot Ltd — Mar 2019 - Present\nSKILLS\nForklift, Picking")
    parsed = _parser().parse_text(text)
    assert parsed.name == "Oksana Melnyk" and parsed.confidence.name >= 0.8
    assert parsed.confidence.email >= 0.9 and parsed.confidence.experience >= 0.9
    assert 0.5 <= parsed.confidence.skills < 1.0
    assert parsed.confidence.education == 0.0 and parsed.education == []


def test_a_lone_word_far_down_the_header_is_not_reported_as_the_name():
    text = "Curriculum\nVitae\n\n\nPortfolio\nWORK HISTORY\nCleaner, Brightway Ltd — 2020 - 2022"
    parsed = _parser().parse_text(text)
    assert parsed.name is None and parsed.confidence.name < 0.5


def test_the_served_type_gives_each_skill_its_kind_and_level_and_the_confidence():
    parsed = ParsedResume(skills=[SkillEntry(name="Polish", kind=SkillKind.LANGUAGE, level="native")])
    served = ParsedResumeType.from_domain("owner-1", parsed)
    assert (served.skills[0].kind, served.skills[0].level) == (SkillKind.LANGUAGE, "native")
    assert served.confidence.name == 0.0
