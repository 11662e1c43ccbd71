"""Names that are also words or initials count only where the context says so; licences and
certifications are their own kind; what is shown is what the document says."""
import pytest

from adapters.embedded.parsing.skills import resume_skills
from domain.skill_display import display_name
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor


@pytest.fixture
def skills() -> TaxonomySkillExtractor:
    names = ["Cerner", "Sage", "Falcon", "Licensed Electrician (LE)", "Professional Engineer (PE)",
             "Food Hygiene Certificate", "Portuguese", "Microsoft Excel", "sauce preparation"]
    kinds = [SkillKind.TOOL, SkillKind.TOOL, SkillKind.TOOL, SkillKind.CERTIFICATION,
             SkillKind.CERTIFICATION, SkillKind.CERTIFICATION, SkillKind.LANGUAGE, SkillKind.TOOL,
             SkillKind.SKILL]
    aliases = {"cerner": (0, False), "sage": (1, True), "falcon": (2, True),
               "licensed electrician": (3, False), "le": (3, True), "pe": (4, True),
               "professional engineer": (4, False), "food hygiene certificate": (5, False),
               "food hygiene": (5, False), "portuguese": (6, True), "excel": (7, True),
               "microsoft excel": (7, False), "prepare sauces": (8, False), "sauce preparation": (8, False)}
    n = len(names)
    return TaxonomySkillExtractor(SkillTaxonomy(names, aliases, [frozenset()] * n, [frozenset()] * n,
                                                kinds=kinds, cue_aliases=frozenset({"pe"})))


def test_a_product_that_is_a_word_counts_only_beside_words_that_say_it_is_the_product(skills):
    assert skills.extract("Charted every admission in Sage software.") == ["Sage"]
    assert skills.extract("Gave sage advice to new starters.") == []
    assert skills.extract("Reconciled ledgers daily using Falcon.") == ["Falcon"]


def test_a_name_that_begins_a_longer_proper_name_is_that_name_not_the_product(skills):
    assert skills.extract("Hauled freight for Falcon Logistics across three states.") == []


def test_an_ambiguous_credential_needs_a_word_of_licensing(skills):
    assert skills.extract("Taught PE to years 7 to 9.") == []
    assert skills.extract("Holds an active PE license in Ohio.") == ["Professional Engineer (PE)"]


def test_an_acronym_credential_in_capitals_counts_in_prose(skills):
    assert skills.extract("Worked as an LE on commercial sites.") == ["Licensed Electrician (LE)"]


def test_an_employer_or_school_name_never_gives_a_skill(skills):
    text = "Line cook, Sage Bistro Group\nPrepare sauces and stocks; documented in Sage software."
    found = resume_skills([], [], text, skills, organisations=["Sage Bistro Group"])
    assert [s.name for s in found] == ["Prepare sauces", "Sage"]


def test_licence_sections_give_only_credentials_with_their_kind(skills):
    found = resume_skills(["Portuguese (fluent), Excel"], ["Food Hygiene Certificate, Lisbon, 2019"],
                          "", skills)
    assert [(s.name, s.kind, s.level) for s in found] == [
        ("Portuguese", SkillKind.LANGUAGE, "fluent"), ("Microsoft Excel", SkillKind.TOOL, None),
        ("Food Hygiene Certificate", SkillKind.CERTIFICATION, None)]


@pytest.mark.parametrize("written, canonical, kind, shown", [
    ("Excel", "Microsoft Excel", SkillKind.TOOL, "Microsoft Excel"),
    ("CDL-A", "Commercial Driving Licence Class A", SkillKind.CERTIFICATION, "CDL-A"),
    ("Knife work", "knife handling", SkillKind.SKILL, "Knife work"),
    ("POSTGRESQL", "PostgreSQL", SkillKind.TOOL, "PostgreSQL"),
    ("Revit", "Autodesk Revit", SkillKind.TOOL, "Revit"),
    ("k8s", "Kubernetes", SkillKind.TOOL, "Kubernetes"),
    ("Sage", "Sage software", SkillKind.TOOL, "Sage"),
])
def test_a_skill_is_shown_as_written_unless_the_taxonomy_only_completes_a_product_name(
        written, canonical, kind, shown):
    assert display_name(written, canonical, kind) == shown


def test_a_credential_keeps_its_number_and_a_tool_loses_its_version(skills):
    found = resume_skills(["Excel 2019 · Falcon 3.2"], [], "", skills)
    assert [s.name for s in found] == ["Microsoft Excel", "Falcon"]
    assert [s.level for s in resume_skills(["Portuguese – native"], [], "", skills)] == ["native"]


def test_a_word_followed_by_skills_or_experience_is_named_as_a_skill(skills):
    assert skills.extract("Strong Falcon skills are essential.") == ["Falcon"]
    assert skills.extract("A falcon flew past.") == []


def test_a_three_letter_acronym_in_capitals_counts_in_prose_but_a_short_word_does_not():
    tax = SkillTaxonomy(["SEO", "Go"], {"seo": (0, True), "go": (1, True)}, [frozenset()] * 2,
                        [frozenset()] * 2, kinds=[SkillKind.SKILL, SkillKind.TOOL])
    skills = TaxonomySkillExtractor(tax)
    assert skills.extract("Own paid search and SEO for the shop; Go live by June.") == ["SEO"]
