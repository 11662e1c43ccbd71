"""Chile's and Peru's CVs head their sections "Antecedentes ..." (background): academic ones are
the schooling, work ones the jobs, personal ones the contact details."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.sections import heading_of


@pytest.mark.parametrize(("line", "section"), [
    ("ANTECEDENTES ACADÉMICOS", "education"),
    ("Antecedentes educacionales", "education"),
    ("ANTECEDENTES LABORALES", "experience"),
    ("Antecedentes profesionales", "experience"),
    ("ANTECEDENTES PERSONALES", "other"),
])
def test_antecedentes_headings(line, section):
    found = heading_of(line)
    assert found is not None and found[0] == section
