"""A credential named in the education section was earned: it is the person's even beside a
skills section and with no word of holding ("Diplôme d'État ..., 2019"), where the work history's
prose needs one ("Booked CSCS courses for the team" is not theirs). Invented résumés."""
from __future__ import annotations

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor

DEAS = "Diplôme d'État d'aide-soignant (DEAS)"

CARE_WORKER = """Amélie Roussel
Grenoble - amelie.roussel@exemple.example

EXPÉRIENCE
Aide-soignante - Résidence Les Cèdres, Grenoble - 2019 - aujourd'hui
Toilettes, aide aux repas, transmissions.

FORMATION
Diplôme d'État d'aide-soignant, 2019

COMPÉTENCES
Soins d'hygiène, Travail en équipe
"""

SITE_MANAGER = """Dale Hobson
Hull | dale.hobson@mail.example

Experience
Site Manager, Eastgate Build, Hull - 2018 - present
Booked CSCS and IPAF courses for the site team.

Education
BTEC National Diploma in Construction, Hull College, 2010

Skills
Programming works, Subcontractor management
"""


def _skills(text: str) -> list[str]:
    extractor = EmbeddedSkillExtractor()
    return [extractor.canonical(s.name) or s.name for s in RuleBasedResumeParser(extractor).parse_text(text).skills]


def test_a_diploma_in_the_schooling_is_held() -> None:
    assert DEAS in _skills(CARE_WORKER)


def test_credentials_named_in_the_work_prose_still_need_a_word_of_holding() -> None:
    found = _skills(SITE_MANAGER)
    assert not any("CSCS" in s or "IPAF" in s for s in found)
