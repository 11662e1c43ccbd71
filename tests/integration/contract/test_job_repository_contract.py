"""The JobRepository contract on both backends and on the unit tests' fake: storage,
per-organization pages with totals, and the filtered listing (search without words, newest
first)."""
from __future__ import annotations

from domain.jobs import EmploymentType, JobFilter, JobStatus, RemotePolicy, SalaryRange, Seniority
from domain.pagination import PageRequest
from tests.integration.contract.job_backends import repositories  # noqa: F401
from tests.integration.contract.repository_backends import a_job, an_employer


async def test_a_job_is_stored_and_updated_whole(repositories):
    _, organization = await an_employer(repositories)
    job = a_job(organization.id, seniority=Seniority.SENIOR, salary=SalaryRange(min=80000, max=120000, currency="EUR"),
                nice_to_have_skills=["Go"], location="Berlin")
    await repositories.jobs.add(job)
    assert await repositories.jobs.get_many([job.id, "nope"]) == [job, None]
    changed = job.model_copy(update={"title": "Staff engineer", "status": JobStatus.CLOSED, "salary": None,
                                     "takedown_reason": "filled", "closed_at": job.updated_at})
    await repositories.jobs.update(changed)
    assert await repositories.jobs.get_many([job.id]) == [changed]


async def test_an_update_made_from_an_older_read_is_refused(repositories):
    from datetime import timedelta

    from domain.ports.queue import PendingWork

    _, organization = await an_employer(repositories)
    job = a_job(organization.id)
    await repositories.jobs.add(job)
    later = job.updated_at + timedelta(seconds=1)
    closed = job.model_copy(update={"status": JobStatus.CLOSED, "updated_at": later, "closed_at": later})
    assert await repositories.jobs.update(closed, expected_updated_at=job.updated_at) is True
    stale = job.model_copy(update={"title": "Edited from the old read", "updated_at": later + timedelta(seconds=1)})
    work = [PendingWork("match.job", {"job_id": job.id}, dedupe_key=f"stale:{job.id}")]
    assert await repositories.jobs.update(stale, work=work, expected_updated_at=job.updated_at) is False
    assert await repositories.jobs.get_many([job.id]) == [closed]
    assert await repositories.jobs.update(a_job(organization.id), expected_updated_at=job.updated_at) is False


async def test_an_update_of_a_job_never_stored_creates_nothing(repositories):
    from domain.ports.queue import PendingWork

    _, organization = await an_employer(repositories)
    never_stored = a_job(organization.id)
    work = [PendingWork("match.job", {"job_id": never_stored.id}, dedupe_key=f"unknown:{never_stored.id}")]
    assert await repositories.jobs.update(never_stored, work=work) is False
    assert await repositories.jobs.get_many([never_stored.id]) == [None]


async def test_organizations_pages_are_newest_first_with_totals_per_organization(repositories):
    _, acme = await an_employer(repositories, "Acme")
    _, globex = await an_employer(repositories, "Globex")
    acme_jobs = [a_job(acme.id, minute=i) for i in range(5)]
    globex_jobs = [a_job(globex.id, minute=i, status=JobStatus.CLOSED if i == 1 else JobStatus.OPEN) for i in range(3)]
    for job in acme_jobs + globex_jobs:
        await repositories.jobs.add(job)
    pages = await repositories.jobs.by_organizations([globex.id, acme.id, "empty"], None, PageRequest(first=2))
    assert [[j.id for j in p.items] for p in pages] == [
        [globex_jobs[2].id, globex_jobs[1].id], [acme_jobs[4].id, acme_jobs[3].id], []]
    assert [p.total for p in pages] == [3, 5, 0]
    assert [p.has_next for p in pages] == [True, True, False]
    (acme_next,) = await repositories.jobs.by_organizations([acme.id], None, PageRequest(first=2, after=pages[1].positions[-1]))
    assert ([j.id for j in acme_next.items], acme_next.has_next) == ([acme_jobs[2].id, acme_jobs[1].id], True)


async def test_organizations_pages_filter_by_status_and_count_past_the_end(repositories):
    _, acme = await an_employer(repositories)
    jobs = [a_job(acme.id, minute=i, status=JobStatus.CLOSED if i % 2 else JobStatus.OPEN) for i in range(5)]
    for job in jobs:
        await repositories.jobs.add(job)
    (open_page,) = await repositories.jobs.by_organizations([acme.id], JobStatus.OPEN, PageRequest(first=10))
    assert [j.id for j in open_page.items] == [jobs[4].id, jobs[2].id, jobs[0].id]
    (closed,) = await repositories.jobs.by_organizations([acme.id], JobStatus.CLOSED, PageRequest(first=5))
    (past_end,) = await repositories.jobs.by_organizations(
        [acme.id], JobStatus.CLOSED, PageRequest(first=5, after=closed.positions[-1]))
    assert (past_end.items, past_end.total, past_end.has_next) == ([], 2, False)
    (counted,) = await repositories.jobs.by_organizations([acme.id], None, PageRequest(first=0))
    assert (counted.items, counted.total) == ([], 5)


async def test_closing_a_job_moves_it_between_the_status_lists(repositories):
    _, acme = await an_employer(repositories)
    job = a_job(acme.id)
    await repositories.jobs.add(job)
    await repositories.jobs.update(job.model_copy(update={"status": JobStatus.CLOSED}))
    (open_page,) = await repositories.jobs.by_organizations([acme.id], JobStatus.OPEN, PageRequest())
    (closed_page,) = await repositories.jobs.by_organizations([acme.id], JobStatus.CLOSED, PageRequest())
    assert (open_page.total, [j.id for j in closed_page.items]) == (0, [job.id])
    listing = await repositories.jobs.search(None, JobFilter(organization_id=acme.id), PageRequest())
    assert listing.total == 0


async def test_a_listing_without_words_is_open_jobs_newest_first(repositories):
    _, acme = await an_employer(repositories)
    _, globex = await an_employer(repositories, "Globex")
    jobs = [a_job(acme.id, minute=1), a_job(globex.id, minute=3), a_job(acme.id, minute=2),
            a_job(globex.id, minute=4, status=JobStatus.CLOSED)]
    for job in jobs:
        await repositories.jobs.add(job)
    page = await repositories.jobs.search(None, JobFilter(organization_id=acme.id), PageRequest(first=1))
    assert ([j.id for j in page.items], page.total) == ([jobs[2].id], 2)
    everything = await repositories.jobs.search(None, JobFilter(status=None, organization_id=globex.id), PageRequest())
    assert [j.id for j in everything.items] == [jobs[3].id, jobs[1].id]
    closed = await repositories.jobs.search(None, JobFilter(status=JobStatus.CLOSED, organization_id=globex.id),
                                            PageRequest())
    assert [j.id for j in closed.items] == [jobs[3].id]


async def test_a_listing_applies_every_filter(repositories):
    _, acme = await an_employer(repositories)
    wanted = a_job(acme.id, minute=1, remote=RemotePolicy.REMOTE, employment_type=EmploymentType.CONTRACT,
                   seniority=Seniority.SENIOR, location="Berlin, Germany", required_skills=["Python", "AWS"],
                   salary=SalaryRange(min=70000, max=95000))
    others = [
        wanted.model_copy(update={"id": "x-remote", "remote": RemotePolicy.ONSITE}),
        wanted.model_copy(update={"id": "x-type", "employment_type": EmploymentType.FULL_TIME}),
        wanted.model_copy(update={"id": "x-level", "seniority": Seniority.JUNIOR}),
        wanted.model_copy(update={"id": "x-place", "location": "Paris"}),
        wanted.model_copy(update={"id": "x-skill", "required_skills": ["Python"]}),
        wanted.model_copy(update={"id": "x-pay", "salary": SalaryRange(min=40000, max=60000)}),
        wanted.model_copy(update={"id": "x-nopay", "salary": None}),
    ]
    for job in [wanted, *others]:
        await repositories.jobs.add(job.model_copy(update={"id": acme.id[:8] + job.id}))
    job_filter = JobFilter(remote=[RemotePolicy.REMOTE, RemotePolicy.HYBRID], employment_types=[EmploymentType.CONTRACT],
                           seniority=[Seniority.SENIOR, Seniority.LEAD], location="  berlin ", skills=["aws", "PYTHON"],
                           min_salary=90000, organization_id=acme.id)
    page = await repositories.jobs.search(None, job_filter, PageRequest())
    assert ([j.id for j in page.items], page.total) == ([acme.id[:8] + wanted.id], 1)


async def test_a_listing_across_organizations_pages_with_a_total(repositories):
    _, acme = await an_employer(repositories)
    _, globex = await an_employer(repositories, "Globex")
    jobs = [a_job(acme.id if i % 2 else globex.id, minute=i) for i in range(4)]
    for job in jobs:
        await repositories.jobs.add(job)
    newest = await repositories.jobs.search(None, JobFilter(), PageRequest(first=1))
    page = await repositories.jobs.search(None, JobFilter(), PageRequest(first=2, after=newest.positions[-1]))
    assert ([j.id for j in page.items], page.total, page.has_next) == ([jobs[2].id, jobs[1].id], 4, True)


async def test_a_skill_filter_matches_any_of_the_spellings_given_for_each_skill(repositories):
    _, organization = await an_employer(repositories)
    job = a_job(organization.id, required_skills=["BLS", "Node.js", "Forklift licence"])
    other = a_job(organization.id, minute=1, required_skills=["BLS"])
    for each in (job, other):
        await repositories.jobs.add(each)

    async def found(**fields) -> set[str]:
        page = await repositories.jobs.search(None, JobFilter(**fields), PageRequest())
        return {j.id for j in page.items}

    widened = [frozenset({"basic life support bls", "bls"}), frozenset({"node js", "nodejs"})]
    assert await found(skills=["x"], skill_spellings=widened) == {job.id}
    assert await found(skill_spellings=[frozenset({"bls"})]) == {job.id, other.id}
    assert await found(skills=["FORKLIFT LICENCE"]) == {job.id}
    assert await found(skills=["node.js", "bls"]) == {job.id}
    assert await found(skills=["Node.js", "Phlebotomy"]) == set()


async def test_a_location_filter_leaves_out_the_country_however_written(repositories):
    _, organization = await an_employer(repositories)
    inside = [a_job(organization.id, minute=i, location=place)
              for i, place in enumerate(["Belfast, United Kingdom", "Belfast", "belfast, northern ireland"])]
    elsewhere = a_job(organization.id, minute=5, location="Lisburn, UK")
    for job in (*inside, elsewhere):
        await repositories.jobs.add(job)
    for wanted in ("BELFAST, UK", "Belfast, U.K.", "belfast"):
        page = await repositories.jobs.search(None, JobFilter(location=wanted), PageRequest(first=10))
        assert {j.id for j in page.items} == {j.id for j in inside}, wanted


async def test_a_location_filter_takes_a_region_written_in_full_or_abbreviated(repositories):
    _, organization = await an_employer(repositories)
    texas = [a_job(organization.id, minute=i, location=place) for i, place in enumerate(["Austin, Texas, USA", "Austin, TX"])]
    for job in texas:
        await repositories.jobs.add(job)
    for wanted in ("Austin, TX", "austin, texas"):
        page = await repositories.jobs.search(None, JobFilter(location=wanted), PageRequest(first=10))
        assert {j.id for j in page.items} == {j.id for j in texas}, wanted


async def test_a_location_filter_written_without_commas_finds_the_town(repositories):
    _, organization = await an_employer(repositories)
    springfield = [a_job(organization.id, minute=i, location=place)
                   for i, place in enumerate(["Springfield, IL", "Springfield, Illinois, USA"])]
    elsewhere = [a_job(organization.id, minute=5 + i, location=place)
                 for i, place in enumerate(["New Springfield Park, UK", "Lyon, France"])]
    for job in (*springfield, *elsewhere):
        await repositories.jobs.add(job)
    for wanted in ("Springfield IL", "springfield illinois", "Springfield IL USA"):
        page = await repositories.jobs.search(None, JobFilter(location=wanted), PageRequest(first=10))
        assert {j.id for j in page.items} == {j.id for j in springfield}, wanted


async def test_a_location_filter_finds_a_town_under_each_of_its_names(repositories):
    _, organization = await an_employer(repositories)
    munich = [a_job(organization.id, minute=i, location=place)
              for i, place in enumerate(["München, Germany", "Munich, Germany", "Мюнхен", "Muenchen, DE"])]
    vienna = [a_job(organization.id, minute=5 + i, location=place) for i, place in enumerate(["Wien, Österreich", "Vienna"])]
    elsewhere = [a_job(organization.id, minute=8 + i, location=place)
                 for i, place in enumerate(["Vienna, VA, USA", "Hamburg, Germany"])]
    for job in (*munich, *vienna, *elsewhere):
        await repositories.jobs.add(job)

    async def found(wanted: str) -> set[str]:
        page = await repositories.jobs.search(None, JobFilter(location=wanted), PageRequest(first=20))
        return {j.id for j in page.items}

    for wanted in ("Munich", "München", "munchen, germany", "Мюнхен", "Munich Germany"):
        assert await found(wanted) == {j.id for j in munich}, wanted
    # "Wien" is Vienna in Austria, never Vienna in Virginia, which only its own name finds.
    assert await found("Wien") == {j.id for j in vienna}
    assert await found("Vienna") == {j.id for j in (*vienna, elsewhere[0])}


async def test_a_location_filter_naming_a_country_finds_every_job_in_it(repositories):
    _, organization = await an_employer(repositories)
    germany = [a_job(organization.id, minute=i, location=place)
               for i, place in enumerate(["Munich, Germany", "Hamburg, Deutschland", "Berlin, Bundesrepublik Deutschland"])]
    austria = [a_job(organization.id, minute=5, location="Wien, Österreich")]
    elsewhere = [a_job(organization.id, minute=8 + i, location=place)
                 for i, place in enumerate(["Paris, France", "Munich, ND, USA"])]
    for job in (*germany, *austria, *elsewhere):
        await repositories.jobs.add(job)

    async def found(wanted: str) -> set[str]:
        page = await repositories.jobs.search(None, JobFilter(location=wanted), PageRequest(first=20))
        return {j.id for j in page.items}

    for wanted in ("Germany", "Deutschland", "germany ", "Allemagne", "Federal Republic of Germany"):
        assert await found(wanted) == {j.id for j in germany}, wanted
    for wanted in ("Austria", "Österreich"):
        assert await found(wanted) == {j.id for j in austria}, wanted


async def test_a_location_filter_naming_a_region_finds_the_jobs_in_it(repositories):
    _, organization = await an_employer(repositories)
    bavaria = [a_job(organization.id, minute=i, location=place)
               for i, place in enumerate(["München, Bayern, Deutschland", "Nürnberg, Bayern"])]
    elsewhere = [a_job(organization.id, minute=5 + i, location=place)
                 for i, place in enumerate(["Hamburg, Germany", "Austin, TX"])]
    for job in (*bavaria, *elsewhere):
        await repositories.jobs.add(job)
    for wanted in ("Bayern", "bayern, germany"):
        page = await repositories.jobs.search(None, JobFilter(location=wanted), PageRequest(first=20))
        assert {j.id for j in page.items} == {j.id for j in bavaria}, wanted
