"""The codes, safety trainings and cards of the electrical and construction trades that résumés
and job ads name (NEC, NFPA 70E, OSHA 30, lockout/tagout, ...) are in the shipped taxonomy,
built from certifications.tsv and occupational_skills.tsv by build_taxonomy."""
from datetime import date

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.skills import SkillKind, TaxonomySkillExtractor


@pytest.fixture(scope="module")
def extractor() -> TaxonomySkillExtractor:
    return TaxonomySkillExtractor(load_taxonomy())


@pytest.mark.parametrize("written, canonical, kind", [
    ("National Electrical Code", "National Electrical Code (NEC)", SkillKind.SKILL),
    ("NEC", "National Electrical Code (NEC)", SkillKind.SKILL),
    ("NFPA 70E", "NFPA 70E", SkillKind.CERTIFICATION),
    ("NFPA-70E", "NFPA 70E", SkillKind.CERTIFICATION),
    ("OSHA 30-Hour Construction", "OSHA 30", SkillKind.CERTIFICATION),
    ("lockout/tagout", "Lockout/tagout (LOTO)", SkillKind.SKILL),
    ("Lock-out/tag-out", "Lockout/tagout (LOTO)", SkillKind.SKILL),
    ("LOTO", "Lockout/tagout (LOTO)", SkillKind.SKILL),
    ("HAZWOPER", "HAZWOPER", SkillKind.CERTIFICATION),
    ("arc flash safety", "Arc flash safety", SkillKind.SKILL),
    ("confined space entry", "Confined space entry", SkillKind.SKILL),
    ("fall protection", "Fall protection", SkillKind.SKILL),
])
def test_trade_codes_and_safety_trainings_are_known(extractor, written, canonical, kind):
    assert extractor.canonical(written) == canonical
    assert extractor.kind(canonical) is kind


ELECTRICIAN = """Darnell Brooks
darnell.brooks@example.com | Columbus, OH

SKILLS
NEC, NFPA 70E, Lockout/Tagout, Motor Controls

CERTIFICATIONS
OSHA 30-Hour Construction

EXPERIENCE
Journeyman Electrician, Buckeye Electric, 2016 - Present
"""


def test_an_electricians_listed_skills_are_read(extractor):
    parser = RuleBasedResumeParser(extractor, today=lambda: date(2026, 1, 1))
    skills = {s.name: s.kind for s in parser.parse_text(ELECTRICIAN).skills}
    # named as written where the writing names the skill whole; a slash joins one known name
    assert skills == {"NEC": SkillKind.SKILL, "NFPA 70E": SkillKind.CERTIFICATION, "Lockout/Tagout": SkillKind.SKILL,
                      "Motor controls": SkillKind.SKILL, "OSHA 30-Hour Construction": SkillKind.CERTIFICATION}
