"""A tool named by an ordinary word ("Chef", "Jenkins") is read in running text where it is
spelled as the product, but not as the last word of a capitalised name: "Sous Chef" and "Head
Chef" are jobs, "Mary Jenkins" a person. With the shipped taxonomy."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


@pytest.mark.parametrize("text", ["Thomas Becker\nSous Chef\nthomas@example.org", "Worked as Head Chef at Rules",
                                  "Promoted to Executive Chef in 2019", "Mary Jenkins was my line manager"])
def test_the_last_word_of_a_job_or_a_name_is_no_tool(skills, text):
    assert [m.name for m in skills.mentions(text, skills_context=False)] == []


@pytest.mark.parametrize("text, tool", [("we used Salt and Chef", "Chef"), ("Terraform, Chef and Ansible", "Chef"),
                                        ("deployed with Chef", "Chef"), ("built pipelines in Jenkins", "Jenkins"),
                                        ("Microsoft Excel and Word", "Microsoft Excel")])
def test_the_tool_spelled_as_the_product_still_is_one(skills, text, tool):
    assert tool in [m.name for m in skills.mentions(text, skills_context=False)]
