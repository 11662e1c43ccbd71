"""A post named in an ad's text ("a Quality Assurance Manager") is no requirement of its
field, but a product the post works with is: "a Python Developer" needs Python (invented ads)."""
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_skills import description_skills


def test_a_product_inside_a_post_named_in_the_text_is_required() -> None:
    required, _ = description_skills("Software Engineer", "We are hiring a Python Developer to build REST APIs.",
                                     EmbeddedSkillExtractor(), 20)
    assert "Python" in required


def test_a_field_inside_a_post_named_in_the_text_is_not() -> None:
    required, _ = description_skills("Warehouse Operative", "You will report to our Quality Assurance Manager.",
                                     EmbeddedSkillExtractor(), 20)
    assert "Quality assurance" not in required
