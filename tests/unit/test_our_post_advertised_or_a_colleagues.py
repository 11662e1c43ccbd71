""""Our new Xero Administrator" and "Our Python Developer will write our code" name the post
advertised, which keeps the product in its name; "Our Xero Administrator will train you" names a
colleague's post, which asks for nothing (invented lines)."""
import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_ad_spans import job_ad_mentions

_SKILLS = EmbeddedSkillExtractor()


def _names(text: str) -> set[str]:
    return {n for s in job_ad_mentions(text, _SKILLS) for n in s.names}


@pytest.mark.parametrize(("text", "product"), [
    ("Our new Xero Administrator will reconcile the monthly accounts.", "Xero"),
    ("Our Python Developer will write and review our code.", "Python"),
    ("Our new Python Developer will work alongside you on releases.", "Python"),
])
def test_the_advertised_post_keeps_its_product(text, product):
    assert any(product in n for n in _names(text)), _names(text)


@pytest.mark.parametrize(("text", "product"), [
    ("Our Xero Administrator will train you on month-end.", "Xero"),
    ("Our Python Developer will support your first releases.", "Python"),
    ("You will work alongside our new Python Developer.", "Python"),
])
def test_a_colleagues_post_names_no_product(text, product):
    assert not any(product in n for n in _names(text)), _names(text)
