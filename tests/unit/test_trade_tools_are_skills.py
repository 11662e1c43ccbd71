""""Power tools", "Hand tools", "HVAC systems" in a tradesperson's skills list are skills the
taxonomy knows, not a group's label such as "Operating systems" or "Development tools"
(fictional list)."""
from datetime import date

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def test_tools_and_systems_of_a_trade_are_skills_and_group_labels_are_not():
    parser = RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 1, 1))
    text = ("Ben Carter\nben.carter@example.org\n\nSKILLS\n"
            "Power tools, Hand tools, HVAC systems, Operating systems, Development tools, Blueprint reading\n")
    names = [s.name for s in parser.parse_text(text).skills]
    assert {"Power tools", "Hand tools", "HVAC systems", "Blueprint reading"} <= set(names)
    assert not {"Operating systems", "Development tools"} & set(names)
