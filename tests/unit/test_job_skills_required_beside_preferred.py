"""One sentence of a job ad that names what is required and what is preferred ("BLS and ACLS
required, Epic experience preferred"): each skill goes where its own words put it."""
from domain.job_skills import description_skills
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor


def _skills() -> TaxonomySkillExtractor:
    names = ["BLS", "ACLS", "Epic", "Tachograph", "ADR certificate"]
    kinds = [SkillKind.CERTIFICATION, SkillKind.CERTIFICATION, SkillKind.TOOL, SkillKind.TOOL,
             SkillKind.CERTIFICATION]
    aliases = {"bls": (0, False), "acls": (1, False), "epic": (2, False), "tachograph": (3, False),
               "adr certificate": (4, False)}
    n = len(names)
    return TaxonomySkillExtractor(SkillTaxonomy(names, aliases, [frozenset()] * n, [frozenset()] * n, kinds=kinds))


def test_required_and_preferred_clauses_of_one_sentence_are_told_apart():
    required, nice = description_skills(
        "ICU Registered Nurse", "Nurse for our ICU. BLS and ACLS required, Epic experience preferred.", _skills(), 50)
    assert (required, nice) == (["BLS", "ACLS"], ["Epic"])


def test_a_clause_without_a_marker_goes_with_the_marker_after_it():
    required, nice = description_skills(
        "HGV Driver", "Tachograph, BLS required, ADR certificate, ACLS preferred.", _skills(), 50)
    assert (required, nice) == (["Tachograph", "BLS"], ["ADR certificate", "ACLS"])


def test_a_sentence_marked_only_as_a_plus_stays_nice_to_have():
    required, nice = description_skills("HGV Driver", "Tachograph, ADR certificate a plus.", _skills(), 50)
    assert (required, nice) == ([], ["Tachograph", "ADR certificate"])


def test_a_marker_that_opens_a_list_holds_until_another_marker():
    required, nice = description_skills(
        "HGV Driver", "Must hold Tachograph, BLS, ADR certificate desirable.", _skills(), 50)
    assert (required, nice) == (["Tachograph", "BLS"], ["ADR certificate"])
    required, nice = description_skills(
        "HGV Driver", "You must hold Tachograph, BLS, ADR certificate desirable.", _skills(), 50)
    assert (required, nice) == (["Tachograph", "BLS"], ["ADR certificate"])


def test_a_marker_after_its_skill_does_not_open_a_list():
    required, nice = description_skills(
        "HGV Driver", "Tachograph required, ADR certificate, ACLS preferred.", _skills(), 50)
    assert (required, nice) == (["Tachograph"], ["ADR certificate", "ACLS"])


def test_useful_helpful_beneficial_and_an_asset_mark_nice_to_haves():
    for said in ("useful", "would be helpful", "beneficial", "an asset"):
        required, nice = description_skills("HGV Driver", f"Tachograph required. ADR certificate {said}.", _skills(), 50)
        assert (required, nice) == (["Tachograph"], ["ADR certificate"]), said
