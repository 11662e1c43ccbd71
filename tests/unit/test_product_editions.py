"""A numbered edition of a product ("Sage 50", "Sage 200") is the product an ad asks for by its
name alone ("Sage"), where the taxonomy files each as a product of its own: a bookkeeper who
lists Sage 50 was told they missed Sage. The per-pair and the batch scorers agree. The shipped
taxonomy; fictional résumés."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.matching.batch_scoring import score_candidates
from domain.matching.skill_credits import SkillCredits
from domain.matching.skill_facts import FitStatus
from domain.matching.specialisations import an_edition_of
from domain.resumes import ParsedResume, SkillEntry
from tests.unit.test_registered_professions import _job


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


def test_an_edition_is_the_product(skills):
    sage = skills.canonical("Sage")
    assert an_edition_of("Sage 50", sage, skills.canonical, skills.kind)
    assert an_edition_of("Sage 200", sage, skills.canonical, skills.kind)


@pytest.mark.parametrize(("held", "wanted"), [("Sage 50", "Sage 50"), ("Level 3", "Level"), ("Sage", "Sage 50")])
def test_other_names_are_no_edition(skills, held, wanted):
    assert not an_edition_of(held, skills.canonical(wanted) or wanted, skills.canonical, skills.kind)


def _pair(skills, held: str):
    job = JobProfile.from_job(_job("Bookkeeper", ["Sage", "Xero"]), skills)
    candidate = CandidateProfile.from_resume("r", "c", ParsedResume(skills=[SkillEntry(name=held), SkillEntry(name="Xero")]),
                                             skills=skills)
    return job, candidate


def test_a_bookkeeper_listing_sage_50_meets_an_ask_for_sage(skills):
    job, candidate = _pair(skills, "Sage 50")
    scorer = MatchScorer(skills)
    fit = scorer.skill_fit(candidate, job)
    assert [f.status for f in fit.facts] == [FitStatus.MET, FitStatus.MET]
    batch = score_candidates(scorer, [candidate], job, [0.5], SkillCredits(scorer, [candidate]))
    assert batch.scores[0] == scorer.score(candidate, job, 0.5).score
    assert scorer.score(candidate, job, 0.5).breakdown.skills == 1.0
