"""A candidate's résumé profiles are kept between recomputations
(domain/services/matching_resume_profiles.py): a profile handed back is the one
CandidateProfile.from_resume builds from the same résumé, preferences, vector and neighbour
value, whatever was kept before, and what a caller changes afterwards changes nothing kept."""
from __future__ import annotations

import random

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.matching.profiles import CandidateProfile
from domain.resumes import ExperienceEntry, ParsedResume, SkillEntry
from domain.services.matching_resume_profiles import ResumeProfiles
from domain.users import Preferences

TITLES = ("Staff Nurse", "Forklift Driver", "Software Engineer", "Head Chef", "Payroll Clerk", "Welder")
DUTIES = ("Ran weekly payroll in Sage.", "Menu planning, stock control and HACCP.", "Built services in Python and SQL.",
          "Medication rounds and wound care.", "MIG and TIG welding of steel frames.", "Loaded trucks by forklift.")
SKILLS = ("Python", "SQL", "Excel", "HACCP", "Forklift", "Phlebotomy", "Welding", "Customer service", "Sage")
PLACES = ("Leeds", "Porto, Portugal", "Toronto", None)


def _parsed(rng: random.Random) -> ParsedResume:
    roles = []
    for n in range(rng.randint(0, 4)):
        start = 2010 + n * 3
        roles.append(ExperienceEntry(title=rng.choice(TITLES), company="Acme", description=rng.choice(DUTIES),
                                     start_date=f"{start}-0{rng.randint(1, 9)}",
                                     end_date=None if n == 0 and rng.random() < 0.5 else f"{start + 2}-06",
                                     current=n == 0 and rng.random() < 0.3))
    return ParsedResume(name="Sam Example", location=rng.choice(PLACES), summary=rng.choice(DUTIES),
                        skills=[SkillEntry(name=s) for s in rng.sample(SKILLS, rng.randint(0, 5))],
                        experience=roles, total_years_experience=rng.choice((None, 2.0, 7.5)),
                        sections={"summary": rng.choice(DUTIES)})


def _preferences(rng: random.Random) -> Preferences:
    return Preferences(locations=rng.choice(([], ["Leeds"], ["Lisbon, Portugal"])),
                       desired_titles=rng.choice(([], ["Nurse"], ["Chef", "Cook"])))


def test_kept_profiles_are_those_built_afresh_on_random_resumes():
    skills = EmbeddedSkillExtractor()
    rng = random.Random(26)
    kept = ResumeProfiles(skills, capacity=8)
    resumes = {f"r{n}": _parsed(rng) for n in range(12)}
    preferences = _preferences(rng)
    for _ in range(120):
        resume_id = rng.choice(list(resumes))
        if rng.random() < 0.15:
            resumes[resume_id] = _parsed(rng)  # re-parsed with other content
        if rng.random() < 0.05:
            preferences = _preferences(rng)
        owner = rng.choice(("owner", "owner", "other"))
        vector = [rng.random() for _ in range(4)] if rng.random() < 0.8 else None
        hub = rng.choice((None, rng.random()))
        # Each call gets its own copy, as each read of the store decodes one.
        got = kept.of(resume_id, owner, resumes[resume_id].model_copy(deep=True), preferences.model_copy(deep=True),
                      vector, hub)
        want = CandidateProfile.from_resume(resume_id, owner, resumes[resume_id], preferences, skills, vector, hub)
        assert got == want
        assert (got.terms, got.skill_wording, got.timeline) == (want.terms, want.skill_wording, want.timeline)
    assert kept.reused > 0 and kept.built > 0


def test_a_profile_is_built_once_while_nothing_it_is_built_from_changes():
    skills = EmbeddedSkillExtractor()
    kept = ResumeProfiles(skills)
    parsed, preferences = _parsed(random.Random(3)), Preferences()
    for hub in (None, 0.2, 0.3):
        kept.of("r1", "owner", parsed.model_copy(deep=True), preferences.model_copy(deep=True), [1.0, 0.0], hub)
    assert (kept.built, kept.reused) == (1, 2)
    kept.of("r1", "owner", parsed, Preferences(locations=["Leeds"]), [1.0, 0.0], None)
    kept.forget(["r1"])
    kept.of("r1", "owner", parsed, Preferences(locations=["Leeds"]), [1.0, 0.0], None)
    assert kept.built == 3


def test_what_a_caller_changes_afterwards_changes_nothing_kept():
    skills = EmbeddedSkillExtractor()
    kept = ResumeProfiles(skills)
    parsed = ParsedResume(skills=[SkillEntry(name="Python")], location="Leeds")
    preferences = Preferences()
    first = kept.of("r1", "owner", parsed, preferences, None, None)
    parsed.skills.append(SkillEntry(name="Welding"))
    parsed.location = "Porto, Portugal"
    preferences.desired_titles.append("Welder")
    again = kept.of("r1", "owner", ParsedResume(skills=[SkillEntry(name="Python")], location="Leeds"),
                    Preferences(), None, None)
    assert again == first == CandidateProfile.from_resume(
        "r1", "owner", ParsedResume(skills=[SkillEntry(name="Python")], location="Leeds"), Preferences(), skills)
    assert kept.reused == 1
