"""A role in a regulated profession other than the job's (a registered nurse's years for a
midwife's post) is related work, on another register: its years count in part, never in full.
The shipped taxonomy names which professions are registered; fictional roles."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.matching.other_registers import another_register, registration_named
from domain.matching.relevant_years import RELATED_SHARE, HeldRole, counted_years


@pytest.fixture(scope="module")
def scorer() -> MatchScorer:
    return MatchScorer(EmbeddedSkillExtractor())


def _registration(scorer: MatchScorer):
    return lambda name: registration_named(name, scorer.skill_relations)


@pytest.mark.parametrize(("held", "job", "other"), [
    ("Registered Nurse", "Community Midwife", True),
    ("Staff Nurse", "Midwife", True),
    ("Paramedic", "Registered Nurse", True),
    ("Midwife", "Band 6 Midwife", False),            # the same register
    ("Mental Health Nurse", "Staff Nurse", False),   # a field of the one register
    ("Healthcare Assistant", "Midwife", False),      # no regulated profession named: as before
    ("Ward Manager", "Registered Nurse", False),
])
def test_another_regulated_profession(scorer, held, job, other):
    assert another_register(held, job, _registration(scorer)) is other


def _nurse_then_midwife(years_as_nurse: int) -> CandidateProfile:
    start = 2026 * 12 - 24 - years_as_nurse * 12
    roles = (HeldRole("Midwife", 2026 * 12 - 24, None, frozenset(), True),
             HeldRole("Registered Nurse", start, 2026 * 12 - 24, frozenset()))
    return CandidateProfile(resume_id="r", candidate_id="c", years=2.0 + years_as_nurse,
                            resume_titles=("Midwife",), roles=roles)


def test_a_nurses_years_count_in_part_for_a_midwifes_post(scorer):
    job = JobProfile(job_id="j", title="Midwife", asked_years=(5.0, 8.0))
    counted = scorer.counted_years(_nurse_then_midwife(6), job)
    assert counted.years == pytest.approx(2.0 + RELATED_SHARE * 6)
    assert set(counted.counted) == {"Midwife", "Registered Nurse"}
    only_nurse = CandidateProfile(resume_id="n", candidate_id="n", years=8.0, resume_titles=("Registered Nurse",),
                                  roles=(HeldRole("Registered Nurse", 2018 * 12, None, frozenset(), True),))
    assert scorer.counted_years(only_nurse, job).years == pytest.approx(RELATED_SHARE * 8)
    # A nurse's post: the same nurse's years count in full.
    assert scorer.counted_years(only_nurse, JobProfile(job_id="k", title="Staff Nurse")).years == pytest.approx(8.0)


def test_whole_shares_count_as_before():
    roles = (HeldRole("Baker", 2010 * 12, 2016 * 12), HeldRole("Driver", 2016 * 12, 2020 * 12))
    assert counted_years(10.0, roles, lambda r: r.title == "Baker").years == 6.0
    assert counted_years(10.0, roles, lambda r: 0.5 if r.title == "Baker" else 0.0).years == 3.0


@pytest.mark.parametrize("seed", range(12))
def test_the_batch_column_counts_related_years_as_the_scorer(scorer, seed):
    import math
    import random

    from domain.matching.years_column import counted_years_column
    titles = ["Midwife", "Registered Nurse", "Staff Nurse", "Paramedic", "Healthcare Assistant", "Baker"]
    rng = random.Random(seed)
    candidates = []
    for n in range(40):
        roles = []
        for _ in range(rng.randint(0, 4)):
            start = rng.choice([None, rng.randint(2000, 2024) * 12 + rng.randint(0, 11)])
            end = None if start is None or rng.random() < 0.35 else start + rng.randint(0, 80)
            roles.append(HeldRole(rng.choice(titles), start, end, frozenset(), current=rng.random() < 0.2))
        candidates.append(CandidateProfile(resume_id=f"r{n}", candidate_id=f"u{n}",
                                           years=rng.choice([None, 0.5, 3, 7.5, 20]), roles=tuple(roles)))
    for title in ("Midwife", "Staff Nurse", "Paramedic"):
        job = JobProfile(job_id="j", title=title)
        column = counted_years_column(scorer, candidates, job)
        for row, candidate in enumerate(candidates):
            reference = scorer.counted_years(candidate, job).years
            assert math.isnan(column[row]) if reference is None else column[row] == reference


def test_the_sentence_says_which_years_counted_in_part(scorer):
    from domain.matching.explanation import explain
    job = JobProfile(job_id="j", title="Midwife", asked_years=(5.0, 8.0))
    match = scorer.score(_nurse_then_midwife(6), job, 0.5)
    assert "counted in part, another profession: Registered Nurse" in explain(match, shows_contact=False)
