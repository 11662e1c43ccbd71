"""A year led by a word of completion, in English or another language ("concluído em 2016",
"terminado en 2011", "obtenu en 2019"), is the year the course ended (fictional résumés)."""
import asyncio

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _education(line):
    text = f"Beatriz Lopes Araújo\n\nEDUCATION\n{line}\n"
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))
    return [(e.institution, e.degree, e.graduation_year) for e in parsed.education]


@pytest.mark.parametrize(("line", "school", "year"), [
    ("Técnico em Enfermagem – Escola Técnica Estadual Paulista, concluído em 2016", "Escola Técnica Estadual Paulista", 2016),
    ("Técnico en Electricidad – Instituto Tecnológico de Oaxaca, terminado en 2011", "Instituto Tecnológico de Oaxaca", 2011),
    ("BTS Hôtellerie – Lycée Hôtelier de Dinard, obtenu en 2019", "Lycée Hôtelier de Dinard", 2019),
    ("Diploma in Horticulture – Kildalton College, completed in 2017", "Kildalton College", 2017),
])
def test_the_year_after_a_word_of_completion_is_the_graduation_year(line, school, year):
    [(institution, _degree, graduation_year)] = _education(line)
    assert institution == school
    assert graduation_year == year
