import pytest


@pytest.mark.parametrize("line", ["Staff Nurse, Dementia Care Unit, St Mary's Hospital",
                                  "Delivered meals to dementia care unit residents.",
                                  "Cleaned wound care clinic rooms daily.",
                                  "Porter in Intensive Care Unit."])
def test_a_skill_naming_a_ward_or_clinic_without_a_determiner_is_not_stated(line):
    from adapters.embedded.skills.taxonomy import load_taxonomy
    from domain.matching.stated_skills import stated_skills
    from domain.skills import TaxonomySkillExtractor

    assert dict(stated_skills(line, TaxonomySkillExtractor(load_taxonomy()))) == {}
