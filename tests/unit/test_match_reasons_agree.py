"""For random candidates and jobs, the structured reasons and the sentence say what the score
says: the met skills are matchedSkills, the required ones not met are missingSkills, every
part's status follows its breakdown value, unknown parts carry no weight and are named as
unknown, and the score is the reasons' weighted mean."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.jobs import EmploymentType, RemotePolicy, SalaryRange, Seniority
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.matching.explanation import UNKNOWN_PREFIX, sentence
from domain.matching.reasons import ReasonKind, reasons, status_of
from domain.matching.scoring import PARTIAL_FIT_CEILING
from domain.matching.skill_facts import FitStatus
from domain.users import Preferences
from tests.fakes.skill_relations import FakeSkillExtractor

SKILLS = [f"Skill{i}" for i in range(12)]
# Skill0..Skill3 have aliases ("S0 alias"), pairs of neighbours are related.
ALIASES = {**{f"S{i} alias": f"Skill{i}" for i in range(4)}, **{s: s for s in SKILLS}}
RELATIONS = {frozenset({f"Skill{i}", f"Skill{i + 1}"}): 0.7 for i in range(0, 12, 2)}
EXTRACTOR = FakeSkillExtractor(aliases=ALIASES, relations=RELATIONS)
TITLES = ["Data Engineer", "Senior Nurse", "Backend Engineer", "Teacher"]
PART_KIND = {"semantic": ReasonKind.CONTENT, "experience": ReasonKind.EXPERIENCE,
             "location": ReasonKind.LOCATION, "salary": ReasonKind.SALARY}

written_skill = st.sampled_from(SKILLS + list(ALIASES)[:4])
preferences = st.builds(
    Preferences,
    desired_titles=st.lists(st.sampled_from(TITLES), max_size=2),
    employment_types=st.lists(st.sampled_from(list(EmploymentType)), max_size=2, unique=True),
    remote=st.lists(st.sampled_from(list(RemotePolicy)), max_size=2, unique=True),
    locations=st.lists(st.sampled_from(["Berlin", "Lisbon"]), max_size=1),
    min_salary=st.none() | st.sampled_from([40_000, 90_000, 150_000]))


@st.composite
def candidates(draw) -> CandidateProfile:
    names = draw(st.lists(written_skill, max_size=8))
    wording = {ALIASES.get(n, n): n for n in names}
    return CandidateProfile(resume_id="r", candidate_id="u", skills=frozenset(wording),
                            years=draw(st.none() | st.sampled_from([0.5, 2, 6, 14])),
                            preferences=draw(preferences), skill_wording=wording)


@st.composite
def jobs(draw) -> JobProfile:
    written = draw(st.lists(written_skill, max_size=6, unique_by=lambda n: ALIASES.get(n, n)))
    cut = draw(st.integers(0, len(written)))
    canonical = [ALIASES.get(n, n) for n in written]
    weights = draw(st.none() | st.fixed_dictionaries({s: st.sampled_from([0.0, 0.5, 1.0, 2.0]) for s in canonical}))
    low = draw(st.integers(30, 140)) * 1000
    return JobProfile(
        job_id="j", title=draw(st.sampled_from(TITLES)), required_skills=tuple(canonical[:cut]),
        nice_to_have_skills=tuple(canonical[cut:]), seniority=draw(st.none() | st.sampled_from(list(Seniority))),
        location=draw(st.sampled_from([None, "Berlin, Germany", "Paris"])),
        remote=draw(st.sampled_from(list(RemotePolicy))),
        salary=draw(st.none() | st.just(SalaryRange(min=low, max=low + 20_000))),
        employment_type=draw(st.none() | st.sampled_from(list(EmploymentType))),
        skill_weights=weights, skill_wording=dict(zip(canonical, written)))


@settings(max_examples=300, deadline=None)
@given(candidates(), jobs(), st.none() | st.floats(-0.2, 1.0))
def test_reasons_and_sentence_agree_with_the_lists_and_the_breakdown(candidate, job, similarity):
    result = MatchScorer(EXTRACTOR).score(candidate, job, similarity)
    said = reasons(result)
    text = sentence(result, said, shows_contact=True)
    skill_reasons = [r for r in said if r.kind is ReasonKind.SKILL and r.skill is not None]

    # Skills: met ones are the matched list, required ones not met are the missing list,
    # both in the employer's wording.
    assert [r.skill for r in skill_reasons if r.status is FitStatus.MET] == result.matched_skills
    assert [r.skill for r in skill_reasons if r.required and r.status is not FitStatus.MET] == result.missing_skills
    written = set((job.skill_wording or {}).values())
    assert set(result.matched_skills) | set(result.missing_skills) <= written
    for r in skill_reasons:
        assert (r.status is FitStatus.PARTLY_MET) == (r.held is not None and r.source is not None
                                                      and r.source.value in ("TAXONOMY", "EMBEDDING"))

    # The sentence's counts and names are the reasons'.
    required = [r for r in skill_reasons if r.required]
    met = [r for r in required if r.status is FitStatus.MET]
    count = re.search(r"[Hh]as (\d+) of (\d+) required skills", text)
    if required and len(met) < len(required):
        assert count and (int(count[1]), int(count[2])) == (len(met), len(required))
    else:
        assert count is None
    named_missing = re.search(r"missing ([^;.]+)", text)
    missing = [r.skill for r in required if r.status is FitStatus.MISSING]
    if missing:
        shown = [n.strip() for n in re.split(r",| and ", named_missing[1]) if n.strip() and "more" not in n]
        assert shown and set(shown) <= set(missing) and set(shown) <= set(result.missing_skills)
    else:
        assert named_missing is None
    for _held, wanted in re.findall(r"(\S+) is related to (\S+) \(", text):
        assert wanted in result.missing_skills and wanted not in result.matched_skills

    # Parts: status from the breakdown value; unknown ones carry no weight and are named so.
    parts = result.breakdown.model_dump()
    for part, kind in PART_KIND.items():
        (r,) = [r for r in said if r.kind is kind]
        if part in result.unknown:
            assert r.status is FitStatus.UNKNOWN and r.weight == 0
        else:
            assert r.status is status_of(parts[part]) and r.value == parts[part]
    unknown_named = text.split(UNKNOWN_PREFIX, 1)[1] if UNKNOWN_PREFIX in text else ""
    for r in said:
        if r.status is FitStatus.UNKNOWN:
            assert r.weight == 0
    assert ("experience" in unknown_named) == ("experience" in result.unknown)
    assert ("salary" in unknown_named) == ("salary" in result.unknown)
    assert ("overall content" in unknown_named) == ("semantic" in result.unknown)

    # The score is the reasons' weighted mean (up to rounding, the full-fit ceiling and the factors).
    known = [r for r in said if r.status is not FitStatus.UNKNOWN]
    if known and sum(r.weight for r in known) > 0:
        assert abs(sum(r.weight for r in known) - 1) < 1e-4
        mean = sum(r.weight * r.value for r in known)
        expected = mean if mean < PARTIAL_FIT_CEILING or result.score == 1.0 else PARTIAL_FIT_CEILING
        # Then the factors a pair's score is multiplied by (a job the stated limits rule out, ...).
        expected *= result.limits_factor * result.credential_factor * result.rank_factor
        assert abs(result.score - expected) < 2e-3
    assert result.score < 1.0 or all(r.status is FitStatus.MET for r in said if r.kind is not ReasonKind.SKILL)
