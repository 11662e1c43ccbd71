"""Work named by words a taxonomy's product took: "MMA" in a welding ad is manual metal arc
welding (the taxonomy read it as a laboratory analyser's software), and taking or processing
radiographs is one skill whatever the film ("intraoral x-rays", "dental radiography",
"processing radiographs"), near to a radiographer's plain film imaging. The shipped taxonomy;
fictional résumés."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.matching.skill_facts import FitStatus
from domain.resumes import ParsedResume, SkillEntry
from domain.skills import TaxonomySkillExtractor
from tests.unit.test_registered_professions import _job


@pytest.fixture(scope="module")
def skills() -> TaxonomySkillExtractor:
    return EmbeddedSkillExtractor()


def test_mma_is_arc_welding(skills):
    assert skills.canonical("MMA") == "Welding"
    assert "Welding" in skills.extract("Pipework welded using TIG and MMA processes in all positions.")


@pytest.mark.parametrize("written", [
    "Chairside assisting, taking intraoral x-rays and impressions.",
    "NEBDN Certificate in Dental Radiography",
    "Took and developed radiographs; bitewing radiographs for the hygienist.",
])
def test_x_rays_and_radiographs_are_one_skill(skills, written):
    assert "Taking radiographs" in skills.extract(written)


def _fact(skills, wanted: str, summary: str, listed: tuple[str, ...] = ()):
    job = JobProfile.from_job(_job("Dental Nurse", [wanted]), skills)
    candidate = CandidateProfile.from_resume("r", "c", ParsedResume(
        summary=summary, skills=[SkillEntry(name=s) for s in listed]), skills=skills)
    (fact,) = MatchScorer(skills).skill_fit(candidate, job).facts
    return fact


def test_taking_intraoral_x_rays_meets_processing_radiographs(skills):
    fact = _fact(skills, "processing radiographs", "Dental assistant: taking intraoral x-rays and impressions.")
    assert fact.status is FitStatus.MET


def test_plain_film_imaging_is_near_to_it_not_it(skills):
    fact = _fact(skills, "processing radiographs", "Radiographer in A&E and outpatients.", ("Plain film imaging",))
    assert fact.status is FitStatus.PARTLY_MET
