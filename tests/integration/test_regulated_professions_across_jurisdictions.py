"""The shipped taxonomy: a regulated profession's licence from one jurisdiction (a UK pharmacist's
GPhC registration) is related to another jurisdiction's (a US state licence), never the same
credential, and never meets a job asking for the other; every spelling of one register is one
credential; a body's award meets the credential asked for without its jurisdiction."""
from __future__ import annotations

import itertools

import pytest

from adapters.embedded.parsing.skills import listed_skills
from adapters.embedded.skills.certifications import read_certifications
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.jobs import Job
from domain.matching import CandidateProfile, JobProfile, MatchScorer, explain
from domain.matching.skill_facts import FitStatus
from domain.matching.specialisations import meets
from domain.resumes import ParsedResume, SkillEntry
from domain.skill_relations import RelationSource
from domain.skills import SkillKind
from tests.integration.contract.repository_backends import at

SKILLS = EmbeddedSkillExtractor()

# Each group: one profession's credentials as people write them, one per jurisdiction or body.
APART = {
    "pharmacist": ["RPh", "GPhC registered pharmacist", "PSI registered pharmacist", "OCP registration", "NAPRA",
                   "AHPRA pharmacist"],
    "paramedic": ["NREMT-P", "EMT-P", "HCPC registered paramedic", "AHPRA paramedic", "PHECC registered paramedic"],
    "nurse": ["RN (NCLEX)", "NMC PIN", "AHPRA RN", "NMBI registered nurse", "CNO registered nurse"],
    "airline pilot": ["FAA ATP", "EASA ATPL", "CASA ATPL", "Transport Canada ATPL"],
    "aircraft maintenance": ["FAA A&P", "EASA Part-66 B1", "CASA AME", "Transport Canada AME", "UK Part-66", "DGCA AME"],
    "maintenance categories": ["Part-66 B1", "Part-66 B2"],
    "accountant": ["CPA", "CPA Australia", "CPA Canada", "CPA Ireland", "CPA (Australia)"],
    "electrician": ["18th Edition", "journeyman electrician license", "A-grade electrical licence"],
    "teacher": ["QTS", "state teaching license", "GTCS registered", "Teaching Council registration"],
    "lawyer": ["SRA admitted solicitor", "bar admission"],
    "engineer": ["PE license", "CEng", "P.Eng", "CPEng"],
}
PAIRS = [(group, one, other) for group, names in APART.items() for one, other in itertools.permutations(names, 2)
         if not {one, other} <= {"NREMT-P", "EMT-P"}
         and not {one, other} <= {"CPA Australia", "CPA (Australia)"} and not {one, other} <= {"OCP registration", "NAPRA"}]


def _canonical(written: str) -> str:
    found = SKILLS.canonical(written)
    if found is None:  # as the résumé parser reads it from a licences list
        (entry,) = listed_skills([written], SKILLS, keep_unknown=False, only=SkillKind.CERTIFICATION,
                                 credentials_as_written=True)
        found = SKILLS.canonical(entry.name)
    assert found is not None, written
    return found


def _fact(held: str, wanted: str):
    candidate = CandidateProfile(resume_id="r", candidate_id="u", skills=frozenset({_canonical(held)}))
    job = JobProfile(job_id="j", title="Role", required_skills=(_canonical(wanted),))
    return MatchScorer(SKILLS).skill_fit(candidate, job).facts[0]


@pytest.mark.parametrize("group, one, other", PAIRS)
def test_one_jurisdictions_credential_is_related_to_anothers_at_most(group, one, other):
    a, b = _canonical(one), _canonical(other)
    assert a != b
    found = SKILLS.relation(a, b)
    assert found is None or found.source in (RelationSource.TAXONOMY, RelationSource.EMBEDDING)
    assert _fact(one, other).status is not FitStatus.MET


@pytest.mark.parametrize("one, other", [("GPhC registered pharmacist", "RPh"),
                                        ("PSI registered pharmacist", "GPhC pharmacist"),
                                        ("HCPC registered paramedic", "NREMT-P"), ("AHPRA RN", "NMC PIN"),
                                        ("EASA ATPL", "FAA ATP"), ("Part-66 B1", "Part-66 B2"),
                                        ("A-grade electrical licence", "18th Edition"), ("CPEng", "CEng")])
def test_the_same_profession_elsewhere_is_named_related(one, other):
    fact = _fact(one, other)
    assert (fact.status, fact.source) == (FitStatus.PARTLY_MET, RelationSource.TAXONOMY)


@pytest.mark.parametrize("names", [
    ["GPhC registered pharmacist", "GPhC pharmacist", "GPhC pharmacist registration"],
    # the register itself, which holds pharmacy technicians too (the profession's is told by the title)
    ["GPhC registration", "GPhC registered", "General Pharmaceutical Council registration"],
    ["RPh", "PharmD licensure", "NAPLEX", "R.Ph."],
    ["PSI registration", "PSI registered pharmacist"],
    ["AHPRA pharmacist", "AHPRA registered pharmacist"],
    ["NREMT-P", "NRP-Paramedic", "Nationally Registered Paramedic", "EMT-P"],
    ["AHPRA RN", "AHPRA registered nurse"],
    ["NMBI", "NMBI registered nurse", "NMBI registration"],
    ["NMC registered", "NMC PIN", "NMC registered nurse"],
    ["RN", "NCLEX-RN", "RN (NCLEX)", "registered nurse"],
    ["EASA ATPL", "JAA ATPL"],
    ["Part-66 B1", "EASA Part-66 B1", "EASA B1"],
    ["CPA", "US CPA", "certified public accountant"],
    ["CPA Australia", "CPA (Australia)", "certified practising accountant"],
    ["P.Eng", "PEng"],
])
def test_every_spelling_of_one_register_is_one_credential(names):
    assert len({_canonical(n) for n in names}) == 1


@pytest.mark.parametrize("held, wanted", [("GPhC registered pharmacist", "registered pharmacist"),
                                          ("AHPRA paramedic", "registered paramedic"),
                                          ("NREMT-P", "licensed paramedic"),
                                          ("EASA ATPL", "ATPL"), ("Part-66 B2", "Part-66")])
def test_a_bodys_award_meets_the_credential_asked_for_without_its_jurisdiction(held, wanted):
    assert meets(_canonical(held), _canonical(wanted))
    assert _fact(held, wanted).status is FitStatus.MET
    assert _fact(wanted, held).status is not FitStatus.MET


def test_a_bare_ca_names_no_body():
    assert SKILLS.canonical("CA") == "Chartered Accountant (CA)"
    assert all(_fact("CA", body).status is not FitStatus.MET for body in ("ICAEW", "ICAI", "ICAS", "CA ANZ", "CPA Canada"))


def test_every_profession_is_licensed_apart_in_the_file():
    """No two rows of one profession share a spelling: a jurisdiction's register is never
    another's alias."""
    by_profession: dict[str, dict[str, str]] = {}
    for cert in read_certifications():
        if cert.profession:
            spellings = by_profession.setdefault(cert.profession, {})
            for alias in (cert.name, *cert.aliases):
                key = alias.lstrip("!").casefold()
                assert spellings.setdefault(key, cert.name) == cert.name, (alias, cert.name)
    assert {"pharmacist", "paramedic", "nurse", "airline pilot", "aircraft maintenance engineer", "accountant",
            "electrician", "teacher", "lawyer", "engineer"} <= set(by_profession)


def test_the_explanation_says_related_for_another_jurisdictions_pharmacist():
    job = Job(id="j", organization_id="o", title="Pharmacist", description="Community pharmacy.",
              required_skills=["RPh"], posted_at=at(0), updated_at=at(0), posted_by="e")
    parsed = ParsedResume(skills=[SkillEntry(name="GPhC registered pharmacist", kind=SkillKind.CERTIFICATION)])
    candidate = CandidateProfile.from_resume("r", "u", parsed, skills=SKILLS)
    result = MatchScorer(SKILLS).score(candidate, JobProfile.from_job(job, SKILLS), similarity=0.5)
    text = explain(result, shows_contact=True)
    assert text.startswith("Has 0 of 1 required skills"), text
    # A required credential is a gate: held only on another jurisdiction's register of the
    # profession, the explanation says so (not missing, not met), and the score carries half
    # the missing-credential factor's cut (credential_gates.HELD_ABROAD_SHARE)
    assert "required qualification RPh not held as such: the candidate's GPhC registered pharmacist is another" \
        " qualification of the same profession (one from another country usually must be converted)" in text, text
    assert result.missing_skills == ["RPh"] and "Has GPhC" not in text
    assert result.credential_factor == pytest.approx(0.8)


@pytest.mark.parametrize("written, body", [("CPA (Australia)", "CPA Australia"), ("CPA (Ireland)", "CPA Ireland"),
                                           ("CPA (Canada)", "CPA Canada"), ("CPA (US)", "CPA")])
def test_a_bracketed_country_on_a_resume_names_whose_cpa_it_is(written, body):
    entries = listed_skills([f"{written}, 2019"], SKILLS, keep_unknown=False, only=SkillKind.CERTIFICATION,
                            credentials_as_written=True)
    assert [SKILLS.canonical(e.name) for e in entries] == [SKILLS.canonical(body)]


@pytest.mark.parametrize("written", ["Registered Nurse (Adult)", "RN (Adult)", "Registered Nurse (Mental Health)",
                                     "Registered Nurse (Child)", "RMN", "RNLD"])
def test_a_uk_field_of_nursing_practice_is_nmc_registration(written):
    # The NMC registers nurses in four fields (adult, children's, mental health, learning
    # disabilities): a nurse registered in one is NMC-registered (the field's own row covers
    # the registration), not a US state-board RN
    canonical = SKILLS.canonical(written)
    assert canonical == "NMC registration" or SKILLS.covers(canonical, "NMC registration")
    assert canonical != "Registered Nurse (RN)"
