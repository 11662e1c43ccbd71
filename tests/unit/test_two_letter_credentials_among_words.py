"""A credential known by two letters ("EN", Enrolled Nurse; "RN") counts in a list where it is
an item of its own however typed ("rn, bls, acls"), and among other words only in capitals:
"en" inside "Rijbewijzen en certificaten" or "Benelux en Duitsland" is Dutch for "and". The
shipped taxonomy."""
import pytest

from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.skills import TaxonomySkillExtractor


@pytest.fixture(scope="module")
def extractor() -> TaxonomySkillExtractor:
    return TaxonomySkillExtractor(load_taxonomy())


@pytest.mark.parametrize("line", ["Rijbewijzen en certificaten", "Transport Benelux en Duitsland, tankwagen"])
def test_a_two_letter_word_among_words_is_no_credential(extractor, line):
    assert "Enrolled Nurse (EN)" not in extractor.extract(line, skills_context=True)


def test_two_letters_typed_as_an_item_of_their_own_are_the_credential(extractor):
    assert "Registered Nurse (RN)" in extractor.extract("rn, bls, acls", skills_context=True)
    assert "Enrolled Nurse (EN)" in extractor.extract("EN (Enrolled Nurse), AHPRA registered", skills_context=True)
