"""A result written beside a licence or a course (a board exam's rating, a percentage, a grade
point average, a mark out of a whole) is no credential of its own: no body issues "Rating:
84.20%". Invented résumés, read with the shipped taxonomy."""
import re

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.credential_shape import a_score, credential_shaped
from domain.skills import SkillKind, TaxonomySkillExtractor


@pytest.fixture(scope="module")
def parser():
    return RuleBasedResumeParser(TaxonomySkillExtractor(load_taxonomy()))


def _credentials(parser, body: str) -> list[str]:
    text = f"Rosalind Agbaje\nLagos, Nigeria\nrosalind.a@example.org\n\n{body}\n"
    return [s.name for s in parser.parse_text(text).skills if s.kind is SkillKind.CERTIFICATION]


@pytest.mark.parametrize("result", ["Rating: 81.40%", "Board rating 79.55", "Licence exam rating: 88%",
                                    "Certification score: 92%", "Certificate mark 74%", "GPA 3.6/4.0"])
@pytest.mark.parametrize("heading", ["LICENSE", "CERTIFICATIONS", "TRAINING"])
def test_a_result_beside_a_licence_is_no_credential(parser, heading, result):
    credentials = _credentials(parser, f"{heading}\nTeachers Board Examination – Passed, 2018, {result}\n"
                                       "Teaching Licence No. 0812345\nForklift Licence")
    assert "Forklift Licence" in credentials
    assert not [c for c in credentials if re.search(r"\d|%|rating|score|mark|gpa", c, re.IGNORECASE)]


@pytest.mark.parametrize("result", ["Rating: 84.20%", "Board rating 79.5", "GPA 3.7/4.0", "CGPA 8.6",
                                    "Marks: 450/500", "Grade: 88", "First Class (78%)"])
def test_a_result_is_not_shaped_like_a_credential(result):
    assert a_score(result) and not credential_shaped(result)


@pytest.mark.parametrize("credential", ["Instrument rating", "B737 type rating", "Grade 2 boiler licence",
                                        "Level 3 Award in Education", "Class 1 licence"])
def test_a_credential_with_a_rating_or_a_grade_in_its_name_still_is_one(credential):
    assert credential_shaped(credential) and not a_score(credential)


@pytest.mark.parametrize("level", ["Piano Grade 8", "ABRSM Violin Grade 6", "IELTS Band 7.5", "Grade 5 Music Theory"])
def test_a_grade_or_band_given_plainly_is_a_level_not_a_result(level):
    assert not a_score(level)
