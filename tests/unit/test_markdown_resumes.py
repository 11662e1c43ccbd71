"""Résumés written in Markdown: "#" headings open the sections, and no name, title, employer,
school or skill keeps the markup ("**", "#", "[..](..)") (fictional résumés)."""
import pytest

from adapters.embedded.parsing.markdown_text import plain_of_markdown
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor

ELECTRICIAN = """# Tomás Herrera

**Electrician** · [tomas.herrera@example.com](mailto:tomas.herrera@example.com) · +44 7700 900456 · Bristol

## Experience

### Approved Electrician — Spark & Co Electrical Ltd
*Mar 2017 – Present*

- Installed **3-phase** distribution boards
* Fault-finding with **AutoCAD** drawings

### Electrical Improver, Bristol Wiring Services
2014 – 2017

## Education

- **Level 3 Diploma in Electrical Installation**, City of Bristol College, 2014

## Skills

- **PAT testing**
- AutoCAD
"""

NURSE = """Adaeze Okafor
=============
adaeze.okafor@example.ng | +234 803 123 4567 | Lagos

Work history
------------

**Staff Nurse** | Lagos University Teaching Hospital | __2016 – 2021__
* Triage in the emergency unit

Education
---------

* _BSc Nursing_, University of Ibadan, 2015

Skills
------

* `PAT testing`, AutoCAD
"""


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    tax = SkillTaxonomy(["AutoCAD", "PAT testing"], {"autocad": (0, False), "pat testing": (1, False)},
                        [frozenset()] * 2, [frozenset()] * 2, kinds=[SkillKind.TOOL] * 2)
    return RuleBasedResumeParser(TaxonomySkillExtractor(tax))


def _values(parsed) -> list[str]:
    values = [parsed.name or "", *(s.name for s in parsed.skills)]
    for e in parsed.experience:
        values += [e.title or "", e.company or ""]
    for d in parsed.education:
        values += [d.degree or "", d.institution or ""]
    return values


@pytest.mark.parametrize("text, name, jobs, school", [
    (ELECTRICIAN, "Tomás Herrera", [("Approved Electrician", "Spark & Co Electrical Ltd"),
                                    ("Electrical Improver", "Bristol Wiring Services")], "City of Bristol College"),
    (NURSE, "Adaeze Okafor", [("Staff Nurse", "Lagos University Teaching Hospital")], "University of Ibadan"),
])
def test_a_markdown_resume_reads_as_its_plain_text(parser, text, name, jobs, school):
    parsed = parser.parse_text(text)
    assert parsed.name == name
    assert [(e.title, e.company) for e in parsed.experience] == jobs
    assert [d.institution for d in parsed.education] == [school]
    assert {"experience", "education", "skills"} <= set(parsed.sections)
    assert {s.name for s in parsed.skills} >= {"AutoCAD", "PAT testing"}
    assert not any(mark in value for value in _values(parsed) for mark in ("*", "#", "__", "`", "]("))


def test_plain_text_with_a_stray_asterisk_or_hash_is_left_as_it_is():
    text = "Jane Doe\n# of patients: 30\nC# and F*, 5* hotel\njane_doe@example.com\n"
    assert plain_of_markdown(text) == text
