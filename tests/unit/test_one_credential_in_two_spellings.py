"""A résumé's skills list a credential once however many of its spellings it is written in
("Class A CDL" in the list, "CDL Class A" in the summary), under the spelling met first; other
skills the taxonomy joins as neighbours ("project planning", "project management") stay two.
Fictional résumé, read with the shipped taxonomy."""
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.skills import TaxonomySkillExtractor

RESUME = """Morgan Reyes
morgan.reyes@example.org | (555) 014-7788

Summary
Regional driver; holds a CDL Class A and current Basic Life Support.

Skills
Class A CDL, BLS, project planning, project management
"""


def test_one_credential_in_two_spellings_is_one_skill_and_neighbouring_skills_stay_two():
    parser = RuleBasedResumeParser(TaxonomySkillExtractor(load_taxonomy()))
    skills = [s.name for s in parser.parse_text(RESUME).skills]
    assert [s for s in skills if "CDL" in s] == ["Class A CDL"], skills
    assert len([s for s in skills if s in ("BLS", "Basic Life Support")]) == 1, skills
    assert {"project planning", "project management"} <= {s.casefold() for s in skills}, skills
