"""German headings that leave out a compound's shared end ("Aus- und Weiterbildung" for
"Ausbildung und Weiterbildung"): the schooling wins beside training, else the first part."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.heading_languages import foreign_meaning


@pytest.mark.parametrize(("heading", "section"), [
    ("Aus- und Weiterbildung", "education"),
    ("Schul- und Berufsausbildung", "education"),
    ("Berufs- und Praxiserfahrung", "experience"),
    ("Fach- und Sprachkenntnisse", "skills"),
    ("Kunst- und Kulturwissenschaft", None),
])
def test_elided_compounds(heading, section):
    assert foreign_meaning(heading) == section
