"""A credential with a two-word dated note in brackets ("(valid to 2027)", "(expires on
2026)"): the credential as written, the note left off."""
import pytest

from adapters.embedded.parsing.skills import listed_skills
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.skills import SkillKind


@pytest.mark.parametrize("line", ["Class 2 Medical Certificate (valid to 2027)",
                                  "Class 2 Medical Certificate (expires on 2026)"])
def test_the_note_is_left_off(line):
    found = listed_skills([line], EmbeddedSkillExtractor(), keep_unknown=False, only=SkillKind.CERTIFICATION,
                          credentials_as_written=True)
    assert [s.name for s in found] == ["Class 2 Medical Certificate"]
