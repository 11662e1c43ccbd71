"""An ad's words about the post itself ("Caring role in Leeds", "Exciting opportunity",
"Rotating shifts") ask for no skill, so no candidate is told they lack a "Caring role"; a
field's name before the same words ("a marketing role") and the duties beside them still are
read. Fictional ads, the shipped taxonomy."""
import pytest

from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.job_skills import description_skills
from domain.skills import TaxonomySkillExtractor


@pytest.fixture(scope="module")
def extractor() -> TaxonomySkillExtractor:
    return TaxonomySkillExtractor(load_taxonomy())


@pytest.mark.parametrize("opening", ["Caring role in Leeds.", "Exciting opportunity with a growing team.",
                                     "Rewarding position, rotating shifts."])
def test_words_about_the_post_ask_for_no_skill(extractor, opening):
    required, nice = description_skills(
        "Support Worker", f"{opening} You will be assisting with personal care and medication.", extractor, 10)
    asked = [name.lower() for name in required + nice]
    assert not any(word in " ".join(asked) for word in ("caring role", "exciting", "rewarding", "rotating"))
    assert "personal care" in asked
