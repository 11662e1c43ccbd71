"""A post named in prose that is someone else's ("report to our Java Developer", "assist the
Xero Administrator") asks for nothing: not the field, nor a product in its name, nor the duty
of reporting to it as a skill; the post advertised keeps its product (invented ads)."""
import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_skills import description_skills

_SKILLS = EmbeddedSkillExtractor()


@pytest.mark.parametrize("description", [
    "You will report to our Java Developer.",
    "Working closely with our Java Developer, you will test releases.",
    "Our Java Developer will mentor you.",
])
def test_a_product_in_a_colleagues_post_is_not_required(description):
    required, _ = description_skills("Junior Tester", description, _SKILLS, 20)
    assert "Java" not in required


@pytest.mark.parametrize("description", [
    "We are hiring a Java Developer to build services.",
    "As our new Java Developer you will build services.",
])
def test_the_advertised_post_keeps_its_product(description):
    required, _ = description_skills("Software Engineer", description, _SKILLS, 20)
    assert "Java" in required


def test_a_duty_towards_a_named_post_names_no_skill():
    required, _ = description_skills("Office Junior", "Support the Office Manager with filing.", _SKILLS, 20)
    assert not any("Manager" in name for name in required)


@pytest.mark.parametrize("text", [
    "Immediate start for a Forklift Operator in Leeds.",
    "Urgent opening for Data Entry Clerk in Nagpur.",
    "Our client needs a Payroll Clerk for six months.",
])
def test_a_field_inside_a_post_of_any_trade_is_no_span(text):
    from domain.job_ad_spans import job_ad_mentions
    assert job_ad_mentions(text, _SKILLS) == []
