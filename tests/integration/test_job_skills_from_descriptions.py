"""The skills a job gets from its description, with the shipped taxonomy, as an employer who
leaves the skills lists empty sees them on the posting and in every match's reasons."""
from __future__ import annotations

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_skills import description_skills

SKILLS = EmbeddedSkillExtractor()


def test_packing_parcels_is_not_packaging_engineering():
    required, _ = description_skills("Packer", "Packing and labelling parcels.", SKILLS, 50)
    assert "packaging engineering" not in [s.lower() for s in required], required


def test_a_requirement_phrase_is_never_cut_before_its_object():
    required, _ = description_skills(
        "Electrician", "Install and test domestic and commercial wiring to BS 7671; 18th Edition required.", SKILLS, 50)
    assert "BS 7671" in required
    assert not [s for s in required if s.lower().endswith(" and commercial")], required
