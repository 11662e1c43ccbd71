"""A requirement naming a registered profession and its regulator asks for the profession's
registration, not for any entry on the regulator's register (which holds the rung below too);
a regulator's name alone is read as the registration of the profession the document's title
names, on a job ad and on a résumé alike."""
from __future__ import annotations

import pytest

from domain.job_skills import description_skills
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.registered_professions import for_the_profession
from domain.resumes import ExperienceEntry, ParsedResume, SkillEntry
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor

# An invented regulator ("QVC", the Quayside Veterinary Council) registering two rungs of a trade.
_NAMES = ["QVC registration", "QVC Registered Surgeon", "QVC Registered Nurse Aide", "Registered Orthoptist",
          "Animal handling"]
_ALIASES = {"qvc": (0, False), "qvc registration": (0, False), "qvc registered": (0, False),
            "qvc registered surgeon": (1, False), "qvc surgeon": (1, False),
            "qvc registered nurse aide": (2, False), "registered orthoptist": (3, False),
            "animal handling": (4, False)}


def _skills() -> TaxonomySkillExtractor:
    kinds = [SkillKind.CERTIFICATION] * 4 + [SkillKind.SKILL]
    n = len(_NAMES)
    return TaxonomySkillExtractor(SkillTaxonomy(_NAMES, _ALIASES, [frozenset()] * n, [frozenset()] * n, kinds=kinds))


@pytest.mark.parametrize(("title", "sentence", "expected"), [
    ("Surgeon", "Applicants must be registered surgeons with the QVC.", "QVC Registered Surgeon"),
    ("Surgeon", "You must be registered with the QVC as a surgeon, and handle animals calmly.",
     "QVC Registered Surgeon"),
    ("Nurse Aide", "Registered nurse aides with the QVC only.", "QVC Registered Nurse Aide"),
    # no row for the regulator and the profession: the profession's own registration
    ("Orthoptist", "Must be a registered orthoptist with the Orthoptic Board.", "Registered Orthoptist"),
])
def test_a_registered_profession_with_its_regulator_is_the_professions_registration(title, sentence, expected):
    required, _ = description_skills(title, sentence, _skills(), 50)
    assert expected in required
    assert "QVC" not in required and "QVC registration" not in required


def test_a_regulators_name_alone_is_the_registration_of_the_titles_profession():
    skills = _skills()
    assert for_the_profession("QVC registration", ("Senior Surgeon",), skills) == "QVC Registered Surgeon"
    assert for_the_profession("QVC registration", ("Nurse Aide",), skills) == "QVC Registered Nurse Aide"
    assert for_the_profession("QVC registration", ("Receptionist",), skills) == "QVC registration"
    assert for_the_profession("Animal handling", ("Surgeon",), skills) == "Animal handling"


def test_the_rung_below_on_the_same_register_does_not_meet_the_professions_registration():
    skills = _skills()
    job = JobProfile.from_job(_job("Surgeon", ["QVC"]), skills)
    aide = CandidateProfile.from_resume("r1", "c1", ParsedResume(
        skills=[SkillEntry(name="QVC registration", kind=SkillKind.CERTIFICATION), SkillEntry(name="Animal handling")],
        experience=[ExperienceEntry(title="Nurse Aide", current=True)]), skills=skills)
    surgeon = CandidateProfile.from_resume("r2", "c2", ParsedResume(
        skills=[SkillEntry(name="QVC registered", kind=SkillKind.CERTIFICATION)],
        experience=[ExperienceEntry(title="Surgeon", current=True)]), skills=skills)
    scorer = MatchScorer(skills)
    assert scorer.skill_fit(aide, job).credentials_missing == ("QVC",)
    assert scorer.skill_fit(surgeon, job).credentials_missing == ()


def _job(title: str, required: list[str]):
    from tests.unit.test_job_skill_alternatives import _job as job_of
    return job_of(required).model_copy(update={"title": title})


def test_a_title_naming_several_rungs_of_one_register_keeps_the_regulators_registration():
    skills = _skills()
    for title in ("Surgeon or Nurse Aide", "Nurse Aide / Surgeon", "Locum Surgeon, Nurse Aide"):
        assert for_the_profession("QVC registration", (title,), skills) == "QVC registration"
    job = JobProfile.from_job(_job("Nurse Aide or Surgeon", ["QVC"]), skills)
    assert job.required_skills == ("QVC registration",)
    scorer = MatchScorer(skills)
    for title, held in (("Surgeon", "QVC registration"), ("Nurse Aide", "QVC registered")):
        one = _held(title, held, skills)
        assert scorer.skill_fit(one, job).credentials_missing == ()


def test_a_candidate_with_no_regulated_title_now_is_read_by_the_titles_held_before():
    skills = _skills()
    parsed = ParsedResume(
        skills=[SkillEntry(name="QVC registration", kind=SkillKind.CERTIFICATION)],
        experience=[ExperienceEntry(title="Locum", current=True, start_date="2024-01"),
                    ExperienceEntry(title="Surgeon", start_date="2019-01", end_date="2023-12"),
                    ExperienceEntry(title="Nurse Aide", start_date="2014-01", end_date="2018-12")])
    locum = CandidateProfile.from_resume("r3", "c3", parsed, skills=skills)
    assert "QVC Registered Surgeon" in locum.skills
    job = JobProfile.from_job(_job("Surgeon", ["QVC"]), skills)
    assert MatchScorer(skills).skill_fit(locum, job).credentials_missing == ()


@pytest.mark.parametrize("title", [None, "Career break", "Locum"])
def test_the_regulators_registration_alone_is_never_missing_the_professions(title):
    skills = _skills()
    experience = [ExperienceEntry(title=title, current=True)] if title else []
    parsed = ParsedResume(skills=[SkillEntry(name="QVC registration", kind=SkillKind.CERTIFICATION),
                                  SkillEntry(name="Animal handling")], experience=experience)
    unknown = CandidateProfile.from_resume("r4", "c4", parsed, skills=skills)
    assert "QVC registration" in unknown.skills
    job = JobProfile.from_job(_job("Surgeon", ["QVC", "Animal handling"]), skills)
    scorer = MatchScorer(skills)
    assert scorer.skill_fit(unknown, job).credentials_missing == ()
    assert scorer.score(unknown, job, similarity=0.6).credential_factor == 1.0


def _held(title: str, registration: str, skills: TaxonomySkillExtractor) -> CandidateProfile:
    return CandidateProfile.from_resume(f"r-{title}", f"c-{title}", ParsedResume(
        skills=[SkillEntry(name=registration, kind=SkillKind.CERTIFICATION)],
        experience=[ExperienceEntry(title=title, current=True)]), skills=skills)


def test_a_batch_reads_the_regulators_registration_and_a_professions_alike():
    from domain.matching.specialisations import meeting, name_key
    held = ["QVC registration", "QVC Registered Nurse Aide", "Registered Orthoptist"]
    keys, none = [name_key(h) for h in held], [None] * len(held)
    assert meeting(held, keys, none, "QVC Registered Surgeon") == [0]
    assert meeting(held, keys, none, "QVC registration") == [1]


def _one_register_skills() -> TaxonomySkillExtractor:
    """An invented regulator ("ZNC") whose taxonomy name is also its nurses' registration ("ZNC
    registered nurse" an alias of "ZNC registration"), beside a midwife's own row."""
    names = ["ZNC registration", "ZNC Registered Midwife", "Registered Nurse (RN)"]
    aliases = {"znc": (0, False), "znc registration": (0, False), "znc registered nurse": (0, False),
               "znc registered midwife": (1, False), "registered nurse": (2, False)}
    n = len(names)
    return TaxonomySkillExtractor(SkillTaxonomy(names, aliases, [frozenset()] * n, [frozenset()] * n,
                                                kinds=[SkillKind.CERTIFICATION] * n))


@pytest.mark.parametrize(("titles", "expected"), [
    (["Staff Nurse"], "ZNC Registered Nurse"),  # the nurses' registration, awarded by the ZNC
    (["Midwife"], "ZNC Registered Midwife"),  # the regulator's own row for the profession
    (["Ward Manager"], "ZNC registration"),  # no profession named: the regulator's alone
])
def test_a_regulator_named_for_its_main_profession_reads_as_that_professions_registration(titles, expected):
    assert for_the_profession("ZNC registration", titles, _one_register_skills()) == expected
