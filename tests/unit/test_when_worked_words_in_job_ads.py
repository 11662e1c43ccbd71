"""A word of when a post is worked opening a requirement ("Weekend barista", "Night porter") names
the post, whose skill is the rest where the taxonomy knows it; never a product the rest happens to
name ("Temporary works" is a construction discipline, not Microsoft Works)."""
import pytest

from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.job_skills import description_skills
from domain.requirement_names import named_skill
from domain.skills import TaxonomySkillExtractor


@pytest.fixture(scope="module")
def skills():
    return TaxonomySkillExtractor(load_taxonomy())


@pytest.mark.parametrize("written, named", [
    ("Weekend barista", "Barista"),
    ("Night porter", None),
    ("Temporary works", "Temporary works"),
    ("Overnight shipping", "Overnight shipping"),
])
def test_the_post_and_its_hours_name_the_rest_unless_the_rest_is_a_product(skills, written, named):
    assert named_skill(written, skills) == named


def test_a_site_supervisors_temporary_works_stay_as_written(skills):
    required, _ = description_skills("Site Supervisor", "You will need knowledge of temporary works and a valid SMSTS.",
                                     skills, 20)
    assert "Microsoft Works" not in required and "temporary works" in [r.lower() for r in required]
