"""A role of other work is like the job's by the skills it names only when it shares two of
the job's specific skills: one shared skill, or skills every trade lists (customer service,
manual handling, a food hygiene certificate), do not make a warehouse's years a kitchen's."""
from domain.jobs import Seniority
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.resumes import ExperienceEntry, ParsedResume
from domain.skill_kinds import SkillKind
from tests.fakes.skill_relations import FakeSkillExtractor

TRADE = {"Knife skills", "Menu planning", "Patient care", "Medication administration", "customer service",
         "Manual handling"}


class TradeSkills(FakeSkillExtractor):
    def of_a_trade(self, name: str) -> bool:
        return name in TRADE


SKILLS = TradeSkills(aliases={"knife skills": "Knife skills", "menu planning": "Menu planning",
                              "food hygiene level 2": "Food Hygiene Level 2", "customer service": "customer service",
                              "manual handling": "Manual handling", "patient care": "Patient care",
                              "medication rounds": "Medication administration", "forklift": "Forklift"},
                     kinds={"Food Hygiene Level 2": SkillKind.CERTIFICATION})


def candidate(*roles: tuple[str, str, str | None, str], years: float) -> CandidateProfile:
    parsed = ParsedResume(total_years_experience=years, experience=[
        ExperienceEntry(title=t, start_date=s, end_date=e, current=e is None, description=d) for t, s, e, d in roles])
    return CandidateProfile.from_resume("r1", "u1", parsed, skills=SKILLS)


def test_a_warehouse_role_naming_the_kitchens_only_listed_certificate_is_not_kitchen_work():
    job = JobProfile(job_id="j1", title="Head Chef", required_skills=("Food Hygiene Level 2",),
                     seniority=Seniority.SENIOR, asked_years=(5.0, 10.0))
    person = candidate(("Commis Chef", "2025-01", None, "Prep and service."),
                       ("Warehouse Operative", "2013-01", "2024-12", "Forklift, picking chilled goods, Food Hygiene Level 2."),
                       years=13.0)
    scored = MatchScorer(SKILLS).score(person, job)
    assert scored.roles_not_counted == ("Warehouse Operative",)
    assert scored.years is not None and scored.years < 2


def test_customer_service_and_manual_handling_do_not_make_shop_years_nursing_years():
    job = JobProfile(job_id="j2", title="Registered Nurse",
                     required_skills=("Patient care", "Medication administration", "customer service", "Manual handling"),
                     seniority=Seniority.MID, asked_years=(3.0, 8.0))
    person = candidate(("Staff Nurse", "2024-01", None, "Patient care and medication rounds on a ward."),
                       ("Retail Assistant", "2012-01", "2023-12", "Customer service on the tills, manual handling of stock."),
                       years=14.0)
    scored = MatchScorer(SKILLS).score(person, job)
    assert scored.roles_counted == ("Staff Nurse",)
    assert scored.roles_not_counted == ("Retail Assistant",)


def test_one_shared_trade_skill_is_not_enough_two_are():
    job = JobProfile(job_id="j3", title="Sous Chef", required_skills=("Knife skills", "Menu planning", "Food Hygiene Level 2"),
                     seniority=Seniority.MID, asked_years=(3.0, 8.0))
    one = candidate(("Sous Chef", "2024-01", None, "Kitchen."),
                    ("Butcher's Shop Assistant", "2014-01", "2023-12", "Knife skills at the counter."), years=12.0)
    two = candidate(("Sous Chef", "2024-01", None, "Kitchen."),
                    ("Production Operative", "2014-01", "2023-12", "Knife skills and menu planning for a canteen line."),
                    years=12.0)
    assert MatchScorer(SKILLS).score(one, job).roles_not_counted == ("Butcher's Shop Assistant",)
    assert MatchScorer(SKILLS).score(two, job).roles_not_counted == ()
