"""A requirement no skill taxonomy names ("menu costing", "patient handling") counts as held when
the résumé's own words state it, with the shipped taxonomy, in every scorer alike."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.matching.batch_jobs import score_jobs
from domain.matching.batch_scoring import score_candidates
from domain.matching.profiles import canonical_skills
from domain.matching.skill_credits import SkillCredits
from domain.matching.skill_facts import FitStatus
from domain.matching.weights import PARTS
from domain.resumes import ExperienceEntry, ParsedResume, SkillEntry


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


def a_chef(skills, duties: str, n: int = 1) -> CandidateProfile:
    parsed = ParsedResume(
        skills=[SkillEntry(name="Knife skills")],
        experience=[ExperienceEntry(title="Head Chef", company="The Old Mill", description=duties)],
        sections={"experience": f"Head Chef, The Old Mill\n{duties}"})
    return CandidateProfile.from_resume(f"r{n}", f"u{n}", parsed, skills=skills)


def a_kitchen_job(skills, required: list[str]) -> JobProfile:
    return JobProfile(job_id="j", title="Sous Chef", required_skills=canonical_skills(required, skills, ("Sous Chef",)))


def test_the_taxonomy_does_not_know_the_requirements_these_tests_rely_on(skills):
    # Should the taxonomy learn them, the tests below would no longer test the text.
    assert skills.canonical("Menu costing") is None and skills.canonical("Patient handling") is None
    assert skills.canonical("Knife skills") is not None


def test_a_requirement_stated_in_the_duties_is_met_and_said_so(skills):
    scorer = MatchScorer(skills)
    job = a_kitchen_job(skills, ["Knife skills", "Menu costing"])
    stated = scorer.score(a_chef(skills, "Ran a team of six; responsible for Menu-costing and ordering."), job, 0.5)
    unstated = scorer.score(a_chef(skills, "Ran a team of six; responsible for ordering.", 2), job, 0.5)
    assert stated.missing_skills == [] and "Menu costing" in stated.matched_skills
    assert unstated.missing_skills == ["Menu costing"]
    fact = next(f for f in stated.skills.facts if f.skill == "Menu costing")
    assert fact.status is FitStatus.MET and fact.credit == 1.0
    assert stated.breakdown.skills > unstated.breakdown.skills


def test_only_the_whole_phrase_as_words_counts(skills):
    scorer = MatchScorer(skills)
    job = a_kitchen_job(skills, ["Menu costing"])
    for duties in ("Wrote the menu; kept costing sheets.", "Costing of the menu", "Menu costingly"):
        assert scorer.score(a_chef(skills, duties), job, 0.5).missing_skills == ["Menu costing"], duties


def test_any_one_alternative_stated_meets_a_requirement_of_alternatives(skills):
    scorer = MatchScorer(skills)
    job = a_kitchen_job(skills, ["Menu costing or patient handling"])
    fit = scorer.score(a_chef(skills, "Daily patient handling on a busy ward."), job, 0.5)
    assert fit.missing_skills == []


def test_a_skill_the_taxonomy_knows_stated_in_prose_the_parser_did_not_list_is_met(skills):
    # "Phlebotomy" is known: a résumé whose skills section lists other things states it in its
    # duties (stated_skills.py); one that never names it still misses it.
    scorer = MatchScorer(skills)
    job = a_kitchen_job(skills, ["Phlebotomy"])
    stated = scorer.score(a_chef(skills, "Phlebotomy clinics twice a week."), job, 0.5)
    assert stated.missing_skills == []
    assert next(f for f in stated.skills.facts if f.canonical == skills.canonical("Phlebotomy")).stated == "phlebotomy"
    assert scorer.score(a_chef(skills, "Ran the pass.", 2), job, 0.5).missing_skills == ["Phlebotomy"]


def test_every_scorer_agrees_on_stated_requirements(skills):
    scorer = MatchScorer(skills)
    duties = ["Responsible for menu costing.", "Patient handling and menu costing daily.", "Ordering only.",
              "Customer complaints handling at the pass.", ""]
    candidates = [a_chef(skills, d, n) for n, d in enumerate(duties)]
    jobs = [a_kitchen_job(skills, r) for r in (["Menu costing", "Knife skills"], ["Patient handling or menu costing"],
                                                ["Customer complaints handling"], ["Knife skills"])]
    for job in jobs:
        batch = score_candidates(scorer, candidates, job, [0.4] * len(candidates))
        shared = score_candidates(scorer, candidates, job, [0.4] * len(candidates), SkillCredits(scorer, candidates))
        for row, candidate in enumerate(candidates):
            reference = scorer.score(candidate, job, 0.4)
            assert batch.scores[row] == shared.scores[row] == reference.score
            assert dict(zip(PARTS, batch.breakdown[row].tolist())) == reference.breakdown.model_dump()
    for candidate in candidates:
        batch = score_jobs(scorer, candidate, jobs, [0.4] * len(jobs))
        for row, job in enumerate(jobs):
            assert batch.scores[row] == scorer.score(candidate, job, 0.4).score


@pytest.mark.parametrize("duties", [
    "I have no experience of menu costing.",
    "Working towards menu costing with the head chef.",
    "Designed the seasonal menu. Costing was done by the owner.",
    "Menu\nCosting handled by head office",
])
def test_a_denied_or_split_phrase_is_not_stated(skills, duties):
    scorer = MatchScorer(skills)
    assert scorer.score(a_chef(skills, duties), a_kitchen_job(skills, ["Menu costing"]), 0.5).missing_skills \
        == ["Menu costing"]


@pytest.mark.parametrize(("wanted", "duties"), [
    ("Menu costing", "Menu costing: none."),
    ("Menu costing", "Menu costing – no experience"),
    ("Tachograph rules", "Tachograph rules (not yet)"),
    ("Patient handling", "Patient handling: learning"),
])
def test_a_phrase_denied_right_after_it_is_not_stated(skills, wanted, duties):
    scorer = MatchScorer(skills)
    assert scorer.score(a_chef(skills, duties), a_kitchen_job(skills, [wanted]), 0.5).missing_skills == [wanted]


@pytest.mark.parametrize("duties", [
    "Menu costing for no more than three sites.", "Menu costing: weekly, for three sites.",
    "Menu costing. No waste policy enforced across all three sites of the group.",
])
def test_words_after_the_phrase_that_deny_nothing_of_it_keep_it_stated(skills, duties):
    scorer = MatchScorer(skills)
    assert scorer.score(a_chef(skills, duties), a_kitchen_job(skills, ["Menu costing"]), 0.5).missing_skills == []


def test_the_phrase_stated_again_later_counts_though_denied_once(skills):
    scorer = MatchScorer(skills)
    duties = "No menu costing in my first post. At the Mill: weekly menu costing and ordering."
    assert scorer.score(a_chef(skills, duties), a_kitchen_job(skills, ["Menu costing"]), 0.5).missing_skills == []


@pytest.mark.parametrize(("wanted", "duties"), [
    ("Flexible", "Flexible with shifts."),                 # one word: the taxonomy's to know
    ("Education", "Education: City and Guilds, 2015."),   # a heading's noun, no work done
    ("Employment", "Employment history below."),
    ("References", "References available on request."),
    ("In UK", "Worked in UK kitchens."),                    # one word that says anything
    ("Full clean UK driving licence", "Full clean UK driving licence."),  # a credential: a gate
])
def test_single_words_and_credentials_are_not_read_from_the_text(skills, wanted, duties):
    scorer = MatchScorer(skills)
    job = a_kitchen_job(skills, [wanted])
    assert scorer.mention_keys(job.required_skills[0]) == ()
    assert scorer.score(a_chef(skills, duties), job, 0.5).missing_skills == [job.required_skills[0]]


def test_every_scorer_agrees_where_an_alternative_names_two_known_skills(skills):
    scorer = MatchScorer(skills)
    candidates = [a_chef(skills, "Reports in python and sql.", 1), a_chef(skills, "Menu costing.", 2)]
    job = a_kitchen_job(skills, ["Python and SQL or menu costing"])
    batch = score_candidates(scorer, candidates, job, [0.4, 0.4])
    for row, candidate in enumerate(candidates):
        assert batch.scores[row] == scorer.score(candidate, job, 0.4).score
        assert score_jobs(scorer, candidate, [job], [0.4]).scores[0] == scorer.score(candidate, job, 0.4).score


def test_the_explanation_quotes_the_resume_s_words_that_state_a_requirement(skills):
    from domain.matching.explanation import explain
    from domain.matching.reasons import reasons

    scorer = MatchScorer(skills)
    job = a_kitchen_job(skills, ["Knife skills", "Menu costing"])
    match = scorer.score(a_chef(skills, "Ran a team of six; responsible for Menu-costing and ordering."), job, 0.5)
    [reason] = [r for r in reasons(match) if r.skill == "Menu costing"]
    assert (reason.status, reason.stated) == (FitStatus.MET, "menu costing")
    assert "Menu costing stated in the résumé: 'menu costing'" in explain(match, shows_contact=True)
    assert "Menu costing stated in your résumé: 'menu costing'" in explain(match, shows_contact=True, to_candidate=True)
    # held by the skills list: no words of the text are quoted for it
    [listed] = [r for r in reasons(match) if r.skill == "Knife skills"]
    assert listed.stated is None and "Knife skills stated" not in explain(match, shows_contact=True)


@pytest.mark.parametrize(("wanted", "duties"), [
    ("Companionship", "Home visits, personal care, companionship, meal preparation."),
    ("Upholstery", "Restored antique chairs: upholstery, caning and French polishing."),
    ("Ironmongery", "Fitted doors and ironmongery on site."),
])
def test_one_word_naming_the_work_done_is_read_from_the_text(skills, wanted, duties):
    # Not everyday words: the name of an activity or of the work ("companionship", "sanitation").
    scorer = MatchScorer(skills)
    job = a_kitchen_job(skills, [wanted])
    assert skills.canonical(wanted) is None  # else the extractor reads it, not this rule
    assert scorer.score(a_chef(skills, duties), job, 0.5).missing_skills == []
    assert scorer.score(a_chef(skills, "Plated desserts."), job, 0.5).missing_skills == [job.required_skills[0]]
