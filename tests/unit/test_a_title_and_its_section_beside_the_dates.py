"""Dates on the left, then "Title, Section" beside them over the employer's line ("Bauzeichnerin,
Tiefbau" over "Hochtief Infrastructure GmbH, Essen"): the section is where the job was done, the
line below is the employer (fictional résumé)."""
import asyncio

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor

RESUME = """Lebenslauf

Miriam Albers
Essen

Berufserfahrung
seit 03/2020          Bauzeichnerin, Tiefbau
                      Hochtief Infrastructure GmbH, Essen
                      - Ausführungspläne in Allplan
04/2016 – 02/2020     Technische Zeichnerin
                      Thyssenkrupp Steel Europe AG, Duisburg
"""


def test_the_line_below_is_the_employer_and_the_section_stays_with_the_title():
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(RESUME))
    jobs = [(e.title, e.company) for e in parsed.experience]
    assert jobs[0][1] == "Hochtief Infrastructure GmbH"
    assert jobs[0][0].startswith("Bauzeichnerin")
    assert jobs[1] == ("Technische Zeichnerin", "Thyssenkrupp Steel Europe AG")
