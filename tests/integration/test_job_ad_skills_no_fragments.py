"""A job ad's skills are whole skills: not the verb that opens a requirement phrase, not a
fragment of a longer skill named at the same place (shipped taxonomy)."""
from __future__ import annotations

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_ad_spans import job_ad_mentions
from domain.job_skills import description_skills

SKILLS = EmbeddedSkillExtractor()
CHEF = ("Lead our kitchen brigade: menu planning, food safety, HACCP, knife skills, inventory management."
        " ServSafe required.")


def test_the_verb_opening_a_phrase_and_a_fragment_of_a_skill_are_no_skills():
    required, _ = description_skills("Head Chef", CHEF, SKILLS, 50)
    assert "Lead" not in required and "knife" not in required, required
    assert [s for s in required if s.lower() == "knife skills"] == ["Knife skills"], required


def test_no_span_lies_inside_another():
    for text in (CHEF, "Strong knife skills and attention to detail; supply chain management a plus."):
        spans = job_ad_mentions(text, SKILLS)
        assert not [s for s in spans for o in spans if s is not o and o.start <= s.start and s.end <= o.end], spans
