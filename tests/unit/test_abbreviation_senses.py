"""A bare abbreviation the taxonomy files under one skill while a credential is named by the same
letters ("DBS": databases, and the DBS check) means what the rest of the document is about."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.abbreviation_senses import in_the_documents_sense
from domain.jobs import Job
from domain.matching import JobProfile
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor

# Invented: "QRS" an old synonym of quarry surveys, and the letters of the QRS check.
_NAMES = ["quarry surveys", "QRS check", "Patient lifting", "Spreadsheet Pro", "Cargo strapping", "Hoof trimming",
          "ZAP", "ZAP certification", "Contract law"]
_ALIASES = {"qrs": (0, True), "quarry surveys": (0, False), "qrs check": (1, False), "enhanced qrs": (1, False),
            "patient lifting": (2, False), "spreadsheet pro": (3, False), "cargo strapping": (4, False),
            "hoof trimming": (5, False), "hft": (5, True), "hft check": (1, False), "zap": (6, False),
            "zap certification": (7, False), "contract law": (8, False)}
_GROUPS = [frozenset(), frozenset({"certification"}), frozenset({"occupation-care"}), frozenset({"43232110"}),
           frozenset({"occupation-transport"}), frozenset({"occupation-farming"}), frozenset(),
           frozenset({"certification"}), frozenset()]
_KINDS = [SkillKind.SKILL, SkillKind.CERTIFICATION, SkillKind.SKILL, SkillKind.TOOL, SkillKind.SKILL, SkillKind.SKILL,
          SkillKind.SKILL, SkillKind.CERTIFICATION, SkillKind.SKILL]


_AT = datetime(2026, 1, 5, tzinfo=UTC)


def _skills() -> TaxonomySkillExtractor:
    n = len(_NAMES)
    return TaxonomySkillExtractor(SkillTaxonomy(_NAMES, _ALIASES, _GROUPS, [frozenset()] * n, kinds=_KINDS))


@pytest.mark.parametrize(("name", "context", "expected"), [
    # A trade's document: the credential.
    ("QRS", ["Care Assistant", "QRS", "Patient lifting"], "QRS check"),
    ("QRS", ["Delivery Driver", "Cargo strapping", "QRS"], "QRS check"),
    # Software beside it, or a title in the other sense's words: the taxonomy's reading.
    ("QRS", ["Analyst", "QRS", "Spreadsheet Pro"], "quarry surveys"),
    ("QRS", ["Quarry Surveyor", "QRS", "Patient lifting"], "quarry surveys"),
    # An office's work beside a credential of its own: no trade's document.
    ("QRS", ["Officer", "QRS", "Contract law", "ZAP certification"], "quarry surveys"),
    # Nothing to tell by: as the taxonomy reads it.
    ("QRS", ["Assistant", "QRS"], "quarry surveys"),
    # A sense that is a trade's own skill keeps it.
    ("HFT", ["Farrier", "HFT", "Cargo strapping"], "Hoof trimming"),
    # The letters are the skill's own name, which the credential certifies: the skill.
    ("ZAP", ["Kitchen Porter", "ZAP", "Patient lifting"], "ZAP"),
    # With a credential's noun the taxonomy does not list: the credential, whatever the context.
    ("QRS clearance", ["Analyst", "Spreadsheet Pro"], "QRS check"),
    ("enhanced QRS certificate", [], "QRS check"),
    # Written in lower case, an everyday word, not letters.
    ("qrs", ["Care Assistant", "Patient lifting"], "quarry surveys"),
])
def test_an_abbreviation_reads_as_its_documents_sense(name: str, context: list[str], expected: str) -> None:
    skills = _skills()
    assert in_the_documents_sense(name, skills.canonical(name), context, skills) == expected


def test_a_care_posts_bare_dbs_is_the_check_with_the_shipped_taxonomy() -> None:
    from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
    skills = EmbeddedSkillExtractor()
    care = Job(id="j", organization_id="o", title="Care Assistant", description="Caring for older people.", posted_at=_AT, updated_at=_AT,
               required_skills=["DBS", "Personal care", "Manual handling"])
    profile = JobProfile.from_job(care, skills)
    assert "DBS check" in profile.required_skills and "databases" not in profile.required_skills
    assert profile.skill_wording is not None and profile.skill_wording["DBS check"] == "DBS"
    dba = Job(id="k", organization_id="o", title="Database Administrator", description="Looking after our servers.", posted_at=_AT,
              updated_at=_AT,
              required_skills=["DBS", "Microsoft SQL Server"])
    assert "databases" in JobProfile.from_job(dba, skills).required_skills
    kitchen = Job(id="s", organization_id="o", title="Sous Chef", description="Busy kitchen.", posted_at=_AT,
                  updated_at=_AT, required_skills=["HACCP", "Butchery", "Food safety"])
    assert "HACCP" in JobProfile.from_job(kitchen, skills).required_skills


def test_a_security_posts_bare_cctv_is_the_work_not_the_licence_named_after_it() -> None:
    from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
    skills = EmbeddedSkillExtractor()
    guard = Job(id="g", organization_id="o", title="Security Officer", description="Patrols and reception.",
                posted_at=_AT, updated_at=_AT,
                required_skills=["CCTV", "Patrolling", "Access control", "Manual handling", "Lone working"])
    required = JobProfile.from_job(guard, skills).required_skills
    assert "SIA CCTV licence" not in required and skills.canonical("CCTV") in required
    # the letters that name a credential still do
    driver = Job(id="d", organization_id="o", title="Truck Driver", description="Local deliveries.", posted_at=_AT,
                 updated_at=_AT, required_skills=["HR", "Load securement", "Manual handling"])
    assert "Heavy Rigid (HR) licence" in JobProfile.from_job(driver, skills).required_skills


def test_an_hr_officers_bare_hr_is_human_resources_not_the_truck_licence() -> None:
    """An office's post with a credential of its own (CIPD) and work no trade's (employment
    law): the letters keep the office's sense."""
    from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
    skills = EmbeddedSkillExtractor()
    officer = Job(id="h", organization_id="o", title="HR Officer", description="People team.", posted_at=_AT,
                  updated_at=_AT, required_skills=["HR", "Employment law", "CIPD"])
    required = JobProfile.from_job(officer, skills).required_skills
    assert "Heavy Rigid (HR) licence" not in required and skills.canonical("HR") in required
