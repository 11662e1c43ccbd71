"""A heading whose first word is a head noun of another language, and no English one, is read
in that language ("Corsi e abilitazioni" lists courses and licences, though "abilitazioni"
looks like English "abilities"); more head nouns of French, Indonesian and Turkish headings."""
import pytest

from adapters.embedded.parsing.heading_languages import meaning_in_its_language


@pytest.mark.parametrize("heading, section", [
    ("CORSI E ABILITAZIONI", "certifications"),
    ("FORMATIONS COMPLÉMENTAIRES", "certifications"),
    ("Formation continue", "certifications"),
    ("RIWAYAT PENDIDIKAN", "education"),
    ("Riwayat Pekerjaan", "experience"),
    ("BİLGİSAYAR", "skills"),
])
def test_a_heading_is_read_in_its_own_language(heading, section):
    assert meaning_in_its_language(heading) == section


@pytest.mark.parametrize("heading, section", [
    ("Technical Skills", "skills"),
    ("Professional Experience", "experience"),
    ("Formation", "education"),
    ("Education and Training", "education"),
    ("Competenze", "skills"),
])
def test_headings_read_before_stay_as_they_were(heading, section):
    assert meaning_in_its_language(heading) == section


def test_a_developers_tech_stack_heading_opens_the_skills():
    from adapters.embedded.parsing.sections import split_sections
    text = ("Ayesha Siddiqui\nayesha@example.com\n\nAbout Me\nFull-stack developer who likes fintech.\n\n"
            "Tech Stack\nGo, React, TypeScript\n")
    header, sections = split_sections(text)
    assert [(s.name, s.heading) for s in sections][-1] == ("skills", "Tech Stack")
