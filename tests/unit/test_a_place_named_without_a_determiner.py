"""A skill before a ward, unit or clinic names the place, however the place is written; clinics
held (plural, nothing pointing at one) are the work itself (test_requirements_stated_in_any_form.py)."""
import pytest


@pytest.mark.parametrize("line", ["Staff Nurse, Dementia Care Unit, St Mary's Hospital",
                                  "Delivered meals to dementia care unit residents.",
                                  "Cleaned wound care clinic rooms daily.",
                                  "Porter in Intensive Care Unit.", "Cleaned the phlebotomy clinics daily."])
def test_a_skill_naming_a_ward_or_clinic_without_a_determiner_is_not_stated(line):
    from adapters.embedded.skills.taxonomy import load_taxonomy
    from domain.matching.stated_skills import stated_skills
    from domain.skills import TaxonomySkillExtractor

    assert dict(stated_skills(line, TaxonomySkillExtractor(load_taxonomy()))) == {}
