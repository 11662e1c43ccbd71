"""A job's skill is indexed as written (an ampersand is no token of its key), while the taxonomy
reads "&" as "and": a search for a skill written either way finds a job listing it either way.
The shipped taxonomy."""
import pytest

from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.job_skill_keys import skill_keys, wanted_spellings
from domain.skills import TaxonomySkillExtractor


@pytest.fixture(scope="module")
def extractor() -> TaxonomySkillExtractor:
    return TaxonomySkillExtractor(load_taxonomy())


@pytest.mark.parametrize("listed", ["Moving & Handling", "Moving and Handling", "Manual handling"])
@pytest.mark.parametrize("asked", ["Moving & Handling", "moving and handling", "Manual Handling"])
def test_a_search_finds_the_job_whichever_way_either_wrote_the_skill(extractor, listed, asked):
    [spellings] = wanted_spellings([asked], extractor)
    assert spellings & set(skill_keys([listed]))


def test_a_skill_the_taxonomy_does_not_know_is_found_as_written_with_an_ampersand(extractor):
    [spellings] = wanted_spellings(["Quarry & Kiln Safety"], extractor)
    assert spellings & set(skill_keys(["Quarry & Kiln Safety"]))
