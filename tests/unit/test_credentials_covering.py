"""A credential that covers the one a job requires is no missing credential: a higher level of
the same subject (food safety, health and social care, early years, CFA, CIPD, Australia's
Certificates III and IV), a kind of a generic credential (a reach truck or counterbalance
licence is a forklift licence, a CCTV licence an SIA licence) and one that includes another
(first aid at work the emergency one, an SIA door supervisor licence security guarding). A lower level never meets a higher one, one kind never meets
another (a reach truck licence is no counterbalance licence), and subjects that only sound
alike stay apart. With the shipped taxonomy, as résumés and job ads are read, and the batch
scorers agreeing with the per-pair one to the last bit."""
from __future__ import annotations

import random

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.certifications import read_certifications
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.employer_spelling import employer_spelling
from domain.jobs import Job
from domain.matching import CandidateProfile, JobProfile, MatchScorer, MatchWeights, explain
from domain.matching.batch_jobs import score_jobs
from domain.matching.batch_scoring import score_candidates
from domain.matching.credential_levels import level_covers
from domain.matching.skill_facts import FitStatus
from domain.skills import SkillKind
from tests.integration.contract.repository_backends import at

GATED = MatchWeights().missing_credential_factor


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


def _resume(skills, title: str, held: list[str], heading: str) -> CandidateProfile:
    text = (f"Sam Taylor\n{title}\nsam@example.com | 07700 900123 | Leeds, UK\n\n{heading}\n"
            + "\n".join(f"- {h}" for h in held) + f"\n\nExperience\n{title}, Northgate Ltd, 2019 - Present\n- Shifts\n")
    parsed = RuleBasedResumeParser(skills).parse_text(text)
    return CandidateProfile.from_resume("r", "u", parsed, skills=skills)


def _job(skills, title: str, required: list[str]) -> JobProfile:
    job = Job(id="j", organization_id="o", title=title, description=title, posted_at=at(0), updated_at=at(0),
              required_skills=[employer_spelling(r, skills) for r in required], posted_by="e")
    return JobProfile.from_job(job, skills)


# (title, held as the résumé's licences list writes it, required as the employer types it)
COVERED = [
    ("Forklift Driver", "Counterbalance forklift", "Forklift licence"),
    ("Forklift Driver", "Reach truck licence", "Forklift licence"),
    ("Warehouse Operative", "Reach Truck", "FLT licence"),
    ("Warehouse Operative", "VNA truck licence", "Forklift certification"),
    ("Warehouse Operative", "Bendi truck", "Forklift licence"),
    ("Warehouse Operative", "Counterbalance FLT licence", "Counterbalance licence"),
    ("Chef de Partie", "Level 3 Food Safety", "Level 2 Food Hygiene certificate"),
    ("Cook", "Level 3 Award in Food Safety in Catering", "Level 2 Food Hygiene certificate"),
    ("Kitchen Manager", "Level 4 Award in Managing Food Safety", "Level 3 Food Safety"),
    ("Kitchen Porter", "Level 2 Food Hygiene", "Food hygiene certificate"),
    ("Food Production Operative", "Level 3 Food Safety and Hygiene", "Level 2 Award in Food Safety in Manufacturing"),
    ("Warehouse Operative", "First Aid at Work", "Emergency First Aid at Work"),
    ("Nursery Practitioner", "Paediatric First Aid", "First aid certificate"),
    ("Nursery Practitioner", "Paediatric First Aid", "Emergency Paediatric First Aid"),
    ("Security Officer", "SIA Door Supervisor licence", "SIA Security Guard licence"),
    ("Security Officer", "SIA CCTV licence", "SIA licence"),
    # Qualifications the taxonomy does not know, kept as written and met by level alone.
    ("Care Assistant", "Level 3 Diploma in Health and Social Care", "Level 2 Diploma in Health and Social Care"),
    ("Senior Carer", "NVQ Level 3 Health and Social Care", "NVQ Level 2 in Health and Social Care"),
    # Australia's AQF: a Diploma (level 5) and an Advanced Diploma (6) of a subject above its Certificates.
    ("Enrolled Nurse", "Advanced Diploma of Nursing", "Diploma of Nursing"),
    ("Support Worker", "Diploma of Community Services", "Certificate IV in Community Services"),
    ("Trainer", "Certificate IV in Training and Assessment", "Certificate III in Training and Assessment"),
    # The forklift licence under other countries' names is a forklift licence.
    ("Forklift Driver", "Staplerschein", "Forklift licence"),
    ("Warehouse Operative", "Gabelstaplerschein", "Forklift certification"),
    ("Warehouse Operative", "Flurförderzeugschein", "FLT licence"),
    ("Warehouse Operative", "CACES R489", "Forklift licence"),
    ("Warehouse Operative", "CACES R489 catégorie 3", "Counterbalance forklift licence"),
    ("Warehouse Operative", "CACES R489 catégorie 5", "Reach truck licence"),
    ("Warehouse Operative", "Carné de carretillero", "Forklift licence"),
    # A food hygiene certificate of no level is met by any food hygiene or safety certificate.
    ("Line Cook", "Food handler card", "Food hygiene certificate"),
    ("Line Cook", "ServSafe Food Handler", "Food hygiene certificate"),
    ("Line Cook", "ServSafe Manager", "Food safety certificate"),
    ("Chef de Partie", "Level 3 Food Safety", "Food hygiene certificate"),
    ("Kitchen Manager", "Level 4 Award in Managing Food Safety", "Food hygiene certificate"),
]
NOT_COVERED = [
    ("Forklift Driver", "Reach truck licence", "Counterbalance forklift licence"),
    ("Forklift Driver", "Counterbalance licence", "Reach truck licence"),
    ("Chef", "Level 2 Food Hygiene", "Level 3 Food Safety"),
    ("Kitchen Manager", "Level 3 Food Safety", "Level 4 Food Safety"),
    ("Warehouse Operative", "Emergency First Aid at Work", "First Aid at Work"),
    ("Door Supervisor", "SIA Security Guard licence", "SIA Door Supervisor licence"),
    ("CCTV Operator", "SIA Door Supervisor licence", "SIA CCTV licence"),
    # A levelled food hygiene ask wants that level: a US food handler card names none.
    ("Line Cook", "Food handler card", "Level 2 Food Hygiene certificate"),
    ("Line Cook", "ServSafe Food Handler", "Level 2 Food Hygiene certificate"),
    # ... nor does a certificate held with no level named.
    ("Kitchen Porter", "Food hygiene certificate", "Level 2 Food Hygiene certificate"),
    ("Kitchen Supervisor", "Food handler card", "Level 3 Food Safety"),
    ("Forklift Driver", "Staplerschein", "Counterbalance forklift licence"),
    ("Warehouse Operative", "CACES R489 catégorie 3", "Reach truck licence"),
    # Serving alcohol is no food hygiene.
    ("Bartender", "ServSafe Alcohol", "Food hygiene certificate"),
]


@pytest.mark.parametrize("heading", ["Licences & Certifications", "Skills"])
@pytest.mark.parametrize(("title", "held", "required"), COVERED, ids=[f"{c[1]} for {c[2]}" for c in COVERED])
def test_a_credential_covering_the_one_required_is_held(skills, title, held, required, heading):
    result = MatchScorer(skills).score(_resume(skills, title, [held, "Stock rotation"], heading),
                                       _job(skills, title, [required, "Stock rotation"]), similarity=0.6)
    assert result.credential_factor == 1.0 and result.skills.credentials_missing == (), result.skills.facts
    assert required in result.matched_skills
    assert "missing required" not in explain(result, shows_contact=True)


@pytest.mark.parametrize(("title", "held", "required"), NOT_COVERED, ids=[f"{c[1]} for {c[2]}" for c in NOT_COVERED])
def test_a_lower_level_or_another_kind_is_not_the_credential_required(skills, title, held, required):
    result = MatchScorer(skills).score(_resume(skills, title, [held, "Stock rotation"], "Licences"),
                                       _job(skills, title, [required, "Stock rotation"]), similarity=0.6)
    assert result.credential_factor == GATED and result.skills.credentials_missing == (required,)


@pytest.mark.parametrize("generic", ["Forklift licence", "FLT licence", "Forklift certification",
                                     "Staplerschein", "CACES R489", "Carné de carretillero"])
def test_a_generic_licence_does_not_say_which_kind_of_truck(skills, generic):
    """Asked for a counterbalance licence, a forklift licence of no named kind is related at most."""
    result = MatchScorer(skills).score(_resume(skills, "Forklift Driver", [generic], "Licences"),
                                       _job(skills, "Forklift Driver", ["Counterbalance licence"]), similarity=0.6)
    assert result.skills.credentials_missing == ("Counterbalance licence",)
    assert result.credential_factor == GATED
    assert "missing required licence: Counterbalance licence" in explain(result, shows_contact=True)


@pytest.mark.parametrize("generic", ["Forklift licence", "FLT licence", "Forklift certification"])
def test_the_generic_forklift_licence_is_related_to_the_counterbalance_one(skills, generic):
    result = MatchScorer(skills).score(_resume(skills, "Forklift Driver", [generic], "Licences"),
                                       _job(skills, "Forklift Driver", ["Counterbalance licence"]), similarity=0.6)
    (fact,) = [f for f in result.skills.facts if f.gate]
    assert fact.held and 0 < fact.credit < 1, fact  # related, and said so, but not met


@pytest.mark.parametrize(("title", "held", "required"), [
    ("Enrolled Nurse", "Diploma of Nursing", "Advanced Diploma of Nursing"),
    ("Support Worker", "Certificate IV in Community Services", "Diploma of Community Services"),
])
def test_a_lower_aqf_level_does_not_meet_a_higher_one(skills, title, held, required):
    """Names the taxonomy does not know are no gates (like England's levelled diplomas): the
    higher one asked for is simply not met."""
    result = MatchScorer(skills).score(_resume(skills, title, [held, "Stock rotation"], "Licences"),
                                       _job(skills, title, [required, "Stock rotation"]), similarity=0.6)
    assert required not in result.matched_skills
    assert [f.status for f in result.skills.facts if f.skill == required] != [FitStatus.MET]


@pytest.mark.parametrize(("held", "wanted", "covers"), [
    ("Level 3 Diploma in Health and Social Care", "Level 2 Diploma in Health and Social Care", True),
    ("NVQ Level 3 in Health and Social Care", "Level 2 Diploma in Health and Social Care", True),
    ("SVQ 3 Health and Social Care", "NVQ Level 2 Health & Social Care", True),
    ("Level 2 Diploma in Health and Social Care", "Level 3 Diploma in Health and Social Care", False),
    # The Care Certificate is a set of induction standards, not a level of the diploma.
    ("Level 3 Diploma in Health and Social Care", "Level 2 Care Certificate", False),
    ("Level 5 Diploma in Leadership for Health and Social Care", "Level 3 Diploma in Health and Social Care", False),
    ("Level 3 Diploma for the Early Years Workforce", "Level 2 Diploma for the Early Years Workforce", True),
    ("CFA Level III", "CFA Level I", True),
    ("CFA Level I", "CFA Level II", False),
    ("CIPD Level 7", "CIPD Level 5", True),
    ("Certificate IV in Ageing Support", "Certificate III in Ageing Support", True),
    ("Certificate III in Ageing Support", "Certificate IV in Ageing Support", False),
    ("Cert 3 in Individual Support", "Certificate III in Individual Support", True),
    ("Certificate IV in Training and Assessment", "Certificate III in Training and Assessment", True),
    ("Advanced Diploma of Nursing", "Diploma of Nursing", True),
    ("Diploma of Nursing", "Certificate IV in Nursing", True),
    ("Diploma of Nursing", "Advanced Diploma of Nursing", False),
    ("Certificate IV in Community Services", "Diploma of Community Services", False),
    ("Diploma of Nursing", "Diploma of Community Services", False),
    # A Graduate Diploma (AQF 8) follows a degree: no level of the vocational Diploma's ladder.
    ("Graduate Diploma of Nursing", "Diploma of Nursing", False),
    ("Level 3 Award in Supervising Food Safety in Catering", "Level 2 Award in Food Safety in Retail", True),
    # One level, two courses: the emergency one-day course is not the three-day one, nor the reverse.
    ("Level 3 Award in Emergency First Aid at Work", "Level 3 Award in First Aid at Work", False),
    ("Level 2 Award for Door Supervisors", "Level 2 Award for Security Officers", False),
    ("A Level Mathematics", "A Level Mathematics", False),
    ("Level 2 and 3 Food Safety", "Level 2 Food Safety", False),
])
def test_levels_cover_by_subject_and_level_alone(held, wanted, covers):
    assert level_covers(held, wanted) is covers


POOL = ["Food safety level 3", "Food Hygiene Level 2", "Food safety level 4", "Food Handler certificate",
        "Level 3 Diploma in Health and Social Care", "Level 2 Diploma in Health and Social Care",
        "Forklift certification", "Reach truck licence", "Counterbalance forklift licence",
        "Pivot steer truck licence", "CFA level III", "CFA level I", "First Aid at Work (FAW)",
        "Emergency First Aid at Work (EFAW)", "First Aid certification", "SIA Door Supervisor licence",
        "SIA Security Guard licence", "SIA licence", "Stock rotation", "Cooking"]


def _random_profiles(rng: random.Random) -> tuple[list[CandidateProfile], JobProfile, list[float], list[JobProfile]]:

    def a_candidate(n: int) -> CandidateProfile:
        return CandidateProfile(resume_id=f"r{n}", candidate_id=f"u{n}",
                                skills=frozenset(rng.sample(POOL, rng.randint(0, 5))))

    def a_job(n: int) -> JobProfile:
        required = tuple(rng.sample(POOL, rng.randint(1, 4)))
        return JobProfile(job_id=f"j{n}", title="Operative", required_skills=required,
                          nice_to_have_skills=tuple(rng.sample([s for s in POOL if s not in required], 2)))

    candidates, job = [a_candidate(n) for n in range(40)], a_job(0)
    return candidates, job, [rng.uniform(0.1, 0.9) for _ in candidates], [a_job(n) for n in range(30)]


@pytest.mark.parametrize("seed", range(20))
def test_the_three_scorers_agree_on_covering_credentials(skills, seed):
    scorer = MatchScorer(skills)
    candidates, job, similarities, jobs = _random_profiles(random.Random(9000 + seed))
    references = [scorer.score(c, job, s) for c, s in zip(candidates, similarities)]
    assert score_candidates(scorer, candidates, job, similarities).scores.tolist() == [r.score for r in references]
    by_jobs = score_jobs(scorer, candidates[0], jobs, similarities[:30])
    assert by_jobs.scores.tolist() == [scorer.score(candidates[0], j, s).score for j, s in zip(jobs, similarities)]


def test_the_random_profiles_do_cover_and_gate(skills):
    """The agreement above is of credentials met by another that covers them, and of gated pairs."""
    scorer, covered, gated = MatchScorer(skills), 0, 0
    for seed in range(20):
        candidates, job, similarities, _ = _random_profiles(random.Random(9000 + seed))
        for result in (scorer.score(c, job, s) for c, s in zip(candidates, similarities)):
            gated += result.credential_factor < 1.0
            covered += sum(1 for f in result.skills.facts if f.gate and f.credit == 1.0 and f.held
                           and f.held.casefold() != f.canonical.casefold())
    assert covered >= 20 and gated >= 20, (covered, gated)


def test_what_a_credential_covers_is_a_credential_the_taxonomy_knows_and_never_covers_it_back(skills):
    covering = [(c.name, covered) for c in read_certifications() for covered in c.covers]
    assert len(covering) >= 10
    for name, covered in covering:
        assert skills.kind(covered) is SkillKind.CERTIFICATION, covered
        assert skills.covers(name, covered) and not skills.covers(covered, name), (name, covered)
