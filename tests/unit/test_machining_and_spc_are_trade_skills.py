"""A CNC machinist's and a quality inspector's own work: "CNC" and "SPC" written alone are the
trade's skills (machining, statistical process control), not the software products the taxonomy
once filed them under, so they are read from a résumé's duties and count as a trade's skills
when years of like work are told apart. The shipped taxonomy; fictional résumés."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.matching.skill_facts import FitStatus
from domain.resumes import ParsedResume
from domain.skills import SkillKind, TaxonomySkillExtractor
from tests.unit.test_registered_professions import _job


@pytest.fixture(scope="module")
def skills() -> TaxonomySkillExtractor:
    return EmbeddedSkillExtractor()


@pytest.mark.parametrize(("written", "skill"), [("CNC", "Machining"), ("SPC", "statistical process control"),
                                                ("Statistical process control", "statistical process control")])
def test_the_letters_name_the_trades_skill(skills, written, skill):
    assert skills.canonical(written) == skill
    assert skills.kind(skill) is SkillKind.SKILL and skills.of_a_trade(skill)


def test_the_software_keeps_its_full_name(skills):
    assert skills.kind(skills.canonical("Statistical process control SPC software") or "") is SkillKind.TOOL


def test_a_machinists_duties_meet_cnc_and_spc(skills):
    job = JobProfile.from_job(_job("CNC Machinist", ["CNC", "SPC"]), skills)
    candidate = CandidateProfile.from_resume("r", "c", ParsedResume(
        summary="Set up and operated CNC lathes and mills to drawing; kept SPC charts for every batch."),
        skills=skills)
    facts = MatchScorer(skills).skill_fit(candidate, job).facts
    assert [f.status for f in facts] == [FitStatus.MET, FitStatus.MET]


@pytest.mark.parametrize("written", ["First-off inspection with verniers, and keeping SPC records.",
                                     "Setting 5-axis CNC milling machines; operated CNC lathes."])
def test_the_letters_are_read_in_an_ads_prose(skills, written):
    assert {"Machining", "statistical process control"} & set(skills.extract(written))
