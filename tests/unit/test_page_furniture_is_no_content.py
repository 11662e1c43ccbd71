"""Page numbers, "references on request" and a photo's placeholder text are no part of a
skills list or a job."""
from datetime import date

import pytest

from adapters.embedded.parsing.page_furniture import without_page_furniture
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


@pytest.mark.parametrize("line", ["Page 1 of 2", "page 3", "- 2 -", "Seite 2 von 3", "Página 1 de 2",
                                  "References available on request.", "Referees: available upon request",
                                  "[Photo: head and shoulders]", "<image>"])
def test_the_line_is_blanked(line):
    assert without_page_furniture(f"Skills\n{line}\n") == "Skills\n\n"


@pytest.mark.parametrize("line", ["Paged 2 nurses nightly", "Reference checks on new starters",
                                  "Photo editing, Lightroom"])
def test_a_line_of_content_is_kept(line):
    assert without_page_furniture(line) == line


@pytest.mark.parametrize("line", ["(Picture editing)", "(Bild- und Videoschnitt)", "[Image segmentation]"])
def test_a_bracketed_skill_that_opens_with_a_photo_word_is_kept(line):
    assert without_page_furniture(f"Skills\n{line}\n") == f"Skills\n{line}\n"


@pytest.mark.parametrize("line", ["[Insert photo here]", "(passport size photo)", "<img>"])
def test_a_photo_placeholder_is_blanked(line):
    assert without_page_furniture(f"Skills\n{line}\n") == "Skills\n\n"


def test_a_skills_list_ending_on_a_page_footer_names_no_page():
    text = ("Rosa Delgado\nrosa@example.org\n\nSkills\nrigging, scaffolding, abseiling\n\nPage 1 of 2\n"
            "References available upon request\n")
    parsed = RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 1, 1)).parse_text(text)
    names = [s.name.lower() for s in parsed.skills]
    assert not any("page" in n or "request" in n for n in names)
    assert "scaffolding" in names
