"""Certificates listed with when they were earned or until when they hold ("Care Certificate
(2017)", "Manual Handling – 2021", "CPR, valid until 2025") are credentials all the same, named
without the date; a numbered level is part of the name ("Food Hygiene Level 2", "NVQ 3"),
never a version to drop. Fictional lines."""
from datetime import date

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.skill_names import without_version
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.skills import SkillKind


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 1, 1))


def credentials(parser: RuleBasedResumeParser, heading: str, *lines: str) -> set[str]:
    text = "Ffion Hughes\nffion@example.co.uk\n\n" + heading + "\n" + "\n".join(lines) + "\n"
    return {s.name for s in parser.parse_text(text).skills if s.kind is SkillKind.CERTIFICATION}


def test_a_credential_with_its_year_in_brackets_or_after_a_dash_is_kept_without_it(parser):
    found = credentials(parser, "TRAINING & CERTIFICATES",
                        "Care Certificate (2018) · Emergency First Aid at Work (exp. 03/2026)",
                        "Forklift Licence – 2019")
    assert {"Care Certificate", "Forklift Licence"} <= found
    assert not any(any(ch.isdigit() for ch in name) for name in found)


def test_a_numbered_level_is_part_of_the_credentials_name(parser):
    assert "Food Hygiene Level 2" in credentials(parser, "CERTIFICATES", "Food Hygiene Level 2 (2020)")


@pytest.mark.parametrize("name", ["Food Hygiene Level 2", "NVQ 3", "Class 1", "Key Stage 2"])
def test_a_number_after_level_class_or_stage_is_no_version(name):
    assert without_version(name) == name


@pytest.mark.parametrize("name, bare", [("Java 17", "Java"), ("AutoCAD 2023", "AutoCAD"), ("Excel 365", "Excel")])
def test_versions_are_still_dropped(name, bare):
    assert without_version(name) == bare


def test_a_credential_beside_its_issuing_body_after_a_dash_is_kept(parser):
    found = credentials(parser, "LICENCES", "ACLS – American Heart Association", "BLS – Red Cross")
    assert {"ACLS", "BLS"} <= {name.split(" (")[-1].rstrip(")") for name in found}
    assert not {"American Heart Association", "Red Cross"} & found
