"""A job title written in the résumé's own language reads as the title and the other half of
the line as the employer, whichever comes first (fictional): "Bäckerei Huber, Verkäufer",
"Clinique du Parc | Aide-soignante", an employer over its title ("Transportes Castores" over
"Chofer de tráiler"); an employer and title parted by dashes beside the dates are the whole
header (the next job's employer below is not taken for this job's)."""
from datetime import date

import pytest

from adapters.embedded.parsing.experience import parse_experience
from adapters.embedded.parsing.job_titles import title_score
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def jobs(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.title, e.company) for e in parse_experience(text)[0]]


@pytest.mark.parametrize("word", ["Verkäufer", "Aide-soignante", "Chofer", "Enfermeira", "Infermiere",
                                  "Berufskraftfahrer", "Verpleegkundige", "Cuisinière"])
def test_a_title_word_of_another_language_reads_as_a_title(word):
    assert title_score(word) > 0


def test_employer_first_lines_with_titles_in_other_languages():
    assert jobs("Bäckerei Huber, Verkäufer, 01/2015 – 02/2018\n"
                "Clinique du Parc | Aide-soignante | 2012 – 2014\n") == [
        ("Verkäufer", "Bäckerei Huber"), ("Aide-soignante", "Clinique du Parc")]


def test_an_employer_over_its_title_in_another_language():
    assert jobs("Transportes Castores, Guadalajara\nChofer de tráiler\n2020 – actual\n") == [
        ("Chofer de tráiler", "Transportes Castores")]


def test_employer_and_title_parted_by_dashes_beside_the_dates_are_the_whole_header():
    parser = RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 1, 1))
    parsed = parser.parse_text("Iris Vela\niris@example.org\n\nEXPERIENCIA\n"
                               "Farmacias Guadalupe — Auxiliar de farmacia — 2013 – 2016\n\n"
                               "Transportes Castores, Guadalajara\nChofer de tráiler\n2016 – actual\n")
    assert [(e.title, e.company) for e in parsed.experience] == [
        ("Auxiliar de farmacia", "Farmacias Guadalupe"), ("Chofer de tráiler", "Transportes Castores")]
