"""The experience part counts the years of the résumé's roles that are work like the job's:
by title (or its family, or a rung below on its ladder) or by the job's skills the role
names; other trades' years are left out, and the explanation says which roles counted."""
from domain.jobs import Seniority
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.matching.explanation import explain
from domain.resumes import ExperienceEntry, ParsedResume
from tests.fakes.skill_relations import FakeSkillExtractor

SKILLS = FakeSkillExtractor(aliases={"sourdough": "Bread baking", "laminated dough": "Viennoiserie",
                                     "tachograph": "Digital tachograph", "pallet": "Pallet handling"})


def resume(*roles: tuple[str, str | None, str | None, str], years: float) -> ParsedResume:
    return ParsedResume(total_years_experience=years, experience=[
        ExperienceEntry(title=t, start_date=s, end_date=e, current=e is None and s is not None, description=d)
        for t, s, e, d in roles])


def candidate(parsed: ParsedResume) -> CandidateProfile:
    return CandidateProfile.from_resume("r1", "u1", parsed, skills=SKILLS)


BAKER_JOB = JobProfile(job_id="j1", title="Artisan Baker", required_skills=("Bread baking", "Viennoiserie"),
                       seniority=Seniority.SENIOR, asked_years=(5.0, 15.0))
# Eleven years driving a lorry, then one year baking: the lorry years are not baking years.
DRIVER_TURNED_BAKER = resume(
    ("Trainee Baker", "2025-01", "2025-12", "Sourdough and laminated dough on the early shift."),
    ("Lorry Driver", "2014-01", "2024-12", "Night trunking, tachograph, pallet deliveries."), years=12.0)


def test_years_in_another_trade_do_not_count_towards_the_jobs_experience():
    scored = MatchScorer(SKILLS).score(candidate(DRIVER_TURNED_BAKER), BAKER_JOB)
    assert scored.years == 1.0
    assert scored.years_total == 12.0
    assert scored.roles_counted == ("Trainee Baker",)
    assert scored.roles_not_counted == ("Lorry Driver",)
    assert scored.breakdown.experience < 0.5


def test_a_baker_of_the_same_total_years_keeps_every_year():
    baker = resume(("Baker", "2014-01", "2025-12", "Sourdough loaves and laminated dough for two shops."), years=12.0)
    scored = MatchScorer(SKILLS).score(candidate(baker), BAKER_JOB)
    assert scored.years == 12.0 and scored.roles_not_counted == ()
    assert scored.breakdown.experience == 1.0


def test_a_role_counts_by_the_jobs_skills_it_names_whatever_its_title():
    # "Production Operative" names no baking, its duties do.
    parsed = resume(("Production Operative", "2018-01", "2025-12", "Sourdough line and laminated dough."),
                    ("Lorry Driver", "2010-01", "2017-12", "Tachograph, pallet work."), years=16.0)
    scored = MatchScorer(SKILLS).score(candidate(parsed), BAKER_JOB)
    assert scored.years == 8.0 and scored.roles_counted == ("Production Operative",)


def test_the_explanation_names_the_roles_counted_and_those_left_out():
    text = explain(MatchScorer(SKILLS).score(candidate(DRIVER_TURNED_BAKER), BAKER_JOB), shows_contact=False)
    assert "1 year of experience as Trainee Baker (not counted, other work: Lorry Driver)" in text
    assert "below the 5+ years the job asks for" in text


def test_roles_without_dates_cannot_be_told_apart_so_every_year_counts():
    undated = resume(("Trainee Baker", None, None, "Sourdough."), ("Lorry Driver", None, None, "Pallets."), years=9.0)
    assert MatchScorer(SKILLS).score(candidate(undated), BAKER_JOB).years == 9.0


def test_an_open_role_owns_the_months_from_the_latest_date_written_to_the_day_the_total_was_counted():
    from domain.matching.relevant_years import HeldRole, counted_years

    # Driving 2010-2019, baking since 2020: the total (counted later) says 16 years, 6 of them since 2020.
    roles = (HeldRole("Lorry Driver", 2010 * 12, 2020 * 12), HeldRole("Baker", 2020 * 12, None))
    counted = counted_years(16.0, roles, lambda r: r.title == "Baker")
    assert counted.years == 6.0
    assert counted.not_counted == ("Lorry Driver",)


def test_overlapping_roles_like_the_job_count_each_month_once():
    from domain.matching.relevant_years import HeldRole, counted_years

    roles = (HeldRole("Baker", 2015 * 12, 2020 * 12), HeldRole("Pastry Baker", 2018 * 12, 2021 * 12),
             HeldRole("Cleaner", 2021 * 12, 2023 * 12))
    assert counted_years(8.0, roles, lambda r: "Baker" in r.title).years == 6.0


def test_in_two_languages_roles_none_of_which_reads_as_the_job_are_not_told_apart():
    # A French carpenter's titles cannot name a German carpenter's post's words: every year counts,
    # as before, rather than none.
    from datetime import UTC, datetime

    from domain.jobs import Job
    now = datetime(2026, 1, 5, tzinfo=UTC)
    german = JobProfile.from_job(Job(
        id="j2", organization_id="o1", title="Tischler/in (m/w/d)", seniority=Seniority.MID, posted_at=now, updated_at=now,
        description="Wir suchen einen Tischler für die Fertigung von Möbeln und den Innenausbau, mit 3 Jahren Erfahrung."))
    french = candidate(resume(("Menuisier", "2016-01", "2020-12", "Fabrication de meubles dans l'atelier et pose sur les chantiers."),
                              ("Menuisier agenceur", "2021-01", "2025-12", "Agencement de magasins et de cuisines pour les clients."),
                              years=10.0))
    scored = MatchScorer(SKILLS).score(french, german)
    assert scored.years == 10.0 and scored.roles_not_counted == ()


def test_a_role_with_no_end_written_and_not_current_ends_where_the_next_role_starts():
    # Accounts from 2010 (no end written, not current), then twelve years driving buses: the
    # bus years are not accounting years, and the explanation's roles say the same as the count.
    parsed = resume(("Bus Driver", "2012-01", "2023-12", "Town routes, PCV licence."), years=15.0)
    parsed.experience.append(ExperienceEntry(title="Accountant", start_date="2010-01", end_date=None, current=False,
                                             description="Month-end close."))
    job = JobProfile(job_id="j3", title="Accountant", seniority=Seniority.MID, asked_years=(3.0, 8.0))
    scored = MatchScorer(SKILLS).score(candidate(parsed), job)
    assert scored.roles_counted == ("Accountant",) and scored.roles_not_counted == ("Bus Driver",)
    assert scored.years == 2.0


def test_an_earlier_open_role_neither_current_nor_ended_gets_no_months_after_the_next_start():
    from domain.matching.relevant_years import HeldRole, counted_years

    roles = (HeldRole("Baker", 2008 * 12, None), HeldRole("Lorry Driver", 2010 * 12, 2020 * 12),
             HeldRole("Market Stall", 2020 * 12, None, current=True))
    counted = counted_years(16.0, roles, lambda r: r.title == "Baker")
    assert counted.years == 2.0
    assert counted.not_counted == ("Lorry Driver", "Market Stall")


def test_a_current_role_beside_a_later_one_still_runs_on():
    from domain.matching.relevant_years import HeldRole, counted_years

    # Baking since 2014 (current) with a driving job 2016-2019 beside it: every baking month counts.
    roles = (HeldRole("Baker", 2014 * 12, None, current=True), HeldRole("Lorry Driver", 2016 * 12, 2019 * 12))
    assert counted_years(12.0, roles, lambda r: r.title == "Baker").years == 12.0
