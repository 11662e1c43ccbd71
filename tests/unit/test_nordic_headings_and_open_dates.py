"""Norwegian and Danish résumés: "d.d." (dags dato) leaves a job's dates open, and the Nordic
words for skills, languages and personal details head their sections."""
import pytest

from adapters.embedded.parsing.dates import find_ranges
from adapters.embedded.parsing.experience import parse_experience
from adapters.embedded.parsing.heading_languages import foreign_meaning
from adapters.reference_data.packaged import packaged_reference_data
from domain.installed_reference_data import install_reference_data


def test_d_d_leaves_the_range_open():
    found = find_ranges("2019 – d.d.")
    assert found and found[0].start.year == 2019 and found[0].end is None


def test_a_job_open_with_d_d_keeps_its_header():
    install_reference_data(packaged_reference_data())
    text = ("2019 – d.d.   Rørlegger, Bergen Rør AS, Bergen\n"
            "              Montering av sanitæranlegg.\n"
            "2015 – 2019   Lærling rørlegger, Vann og Varme AS, Bergen\n")
    entries, _ = parse_experience(text)
    assert [(e.title, e.company) for e in entries] == [
        ("Rørlegger", "Bergen Rør AS"), ("Lærling rørlegger", "Vann og Varme AS")]


@pytest.mark.parametrize("heading, family", [
    ("KOMPETANSE", "skills"), ("Kompetencer", "skills"), ("Kunnskaper", "skills"),
    ("SPRÅK", "languages"), ("Sprog", "languages"), ("Utdannelse", "education"),
    ("Personlige opplysninger", "other"), ("Referanser", "other"),
])
def test_nordic_headings(heading, family):
    assert foreign_meaning(heading) == family
