"""A heading followed by its translation in brackets ("DOŚWIADCZENIE (EXPERIENCE)"), as
bilingual CVs write them: the section is named by either part."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.sections import heading_of


@pytest.mark.parametrize(("line", "section"), [
    ("RIWAYAT PEKERJAAN (WORK HISTORY)", "experience"),
    ("PENDIDIKAN FORMAL (EDUCATION)", "education"),
    ("KASANAYAN (SKILLS)", "skills"),
])
def test_a_heading_with_its_translation(line: str, section: str) -> None:
    found = heading_of(line)
    assert found is not None and found[0] == section


def test_a_title_with_a_bracketed_note_is_no_heading() -> None:
    assert heading_of("Warehouse Operative (Nights)") is None
