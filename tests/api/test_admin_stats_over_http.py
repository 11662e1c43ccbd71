"""Platform figures over HTTP, from real registrations, postings, a hire and a failed resume:
the analytics store hears them on the event bus and aggregates them per time window."""
from __future__ import annotations

from tests.admin_helpers import admin_token, settle
from tests.applications_helpers import APPLY, MOVE, parsed_resume, wait_until
from tests.fixtures.documents import pdf_bytes
from tests.graphql_client import upload_resume, wait_for_resume

STATS = """query($since: DateTime, $until: DateTime){ adminPlatformStats(since: $since, until: $until){
  since until
  usersByRole { role count }
  jobs { posted closed takenDown openAtEnd }
  applicationsByStatus { status count }
  funnel { stage reached conversionFromPrevious }
  timeToHire { hires medianSeconds medianHours }
  matchScoreHistogram { lower upper count }
  failedResumesByReason { reason count } } }"""


async def stats(client, token, **window) -> dict:
    return (await client.data(STATS, window, token))["adminPlatformStats"]


async def test_platform_figures_follow_what_happened_on_the_platform(client, app):
    admin, _ = await admin_token(app, client)
    candidate, _ = await client.candidate()
    unlucky, _ = await client.candidate()
    employer, _ = await client.employer()
    jobs = [await client.post_job(employer, title=f"Backend Engineer {n}") for n in range(3)]
    await client.data("mutation($id: ID!){ closeJob(id: $id){ id } }", {"id": jobs[0]["id"]}, employer)
    take_down = "mutation($id: ID!){ adminTakeDownJob(id: $id, reason: \"spam\"){ reason } }"
    await client.data(take_down, {"id": jobs[1]["id"]}, admin)

    resume = await parsed_resume(client, candidate)
    applied = (await client.data(APPLY, {"i": {"jobId": jobs[2]["id"], "resumeId": resume}}, candidate))["applyToJob"]
    for status in ("SCREENING", "INTERVIEW", "OFFER", "HIRED"):
        await client.data(MOVE, {"id": applied["id"], "s": status}, employer)
    broken = (await upload_resume(client, unlucky, "cv.pdf", pdf_bytes()[:400]))["data"]["uploadResume"]
    assert (await wait_for_resume(client, unlucky, broken["id"]))["status"] == "FAILED"

    async def hired_is_known() -> bool:
        await settle(app)
        figures = await stats(client, admin)
        return figures["applicationsByStatus"] == [{"status": "HIRED", "count": 1}]

    await wait_until(hired_is_known)
    figures = await stats(client, admin)
    assert figures["usersByRole"] == [{"role": "CANDIDATE", "count": 2}, {"role": "EMPLOYER", "count": 1}]
    assert figures["jobs"] == {"posted": 3, "closed": 2, "takenDown": 1, "openAtEnd": 1}
    assert [(s["stage"], s["reached"], s["conversionFromPrevious"]) for s in figures["funnel"]] == [
        ("SUBMITTED", 1, None), ("SCREENING", 1, 1.0), ("INTERVIEW", 1, 1.0), ("OFFER", 1, 1.0), ("HIRED", 1, 1.0)
    ]
    hire = figures["timeToHire"]
    assert hire["hires"] == 1 and hire["medianSeconds"] >= 0
    assert hire["medianHours"] == round(hire["medianSeconds"] / 3600, 3)
    assert figures["failedResumesByReason"] == [{"reason": "the PDF is damaged and cannot be read", "count": 1}]
    histogram = figures["matchScoreHistogram"]
    assert [(b["lower"], b["upper"]) for b in histogram] == [(i / 10, (i + 1) / 10) for i in range(10)]

    later = await stats(client, admin, since=figures["until"])
    assert later["usersByRole"] == [] and later["jobs"] == {"posted": 0, "closed": 0, "takenDown": 0, "openAtEnd": 1}
    assert [s["reached"] for s in later["funnel"]] == [0, 0, 0, 0, 0]
    assert later["timeToHire"] == {"hires": 0, "medianSeconds": None, "medianHours": None}
    earlier = await stats(client, admin, until="2000-01-01T00:00:00Z")
    assert earlier["jobs"]["posted"] == 0 and earlier["failedResumesByReason"] == []


async def test_a_window_that_ends_before_it_starts_is_refused(client, app):
    admin, _ = await admin_token(app, client)
    window = {"since": "2024-02-01T00:00:00Z", "until": "2024-01-01T00:00:00Z"}
    assert await client.error_code(STATS, window, admin) == "BAD_USER_INPUT"


async def test_only_the_figures_asked_for_are_aggregated(client, app):
    admin, _ = await admin_token(app, client)
    response = await client.http.post(
        "/graphql", json={"query": "{ adminPlatformStats { jobs { posted } funnel { reached } } }"},
        headers={"authorization": f"Bearer {admin}", "x-talentgraph-backend-calls": "1"},
    )
    calls = response.json()["extensions"]["backendCalls"]
    reads = {name: n for name, n in calls.items() if name.startswith("analytics.") and ".record_" not in name}
    assert reads == {"analytics.job_counts": 1, "analytics.stage_reach": 1}


async def test_a_window_starting_in_the_future_says_until_is_now_when_left_out(client, app):
    admin, _ = await admin_token(app, client)
    body = await client.execute(STATS, {"since": "2999-01-01T00:00:00Z"}, admin)
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and error["extensions"]["argument"] == "since"
    assert "2999-01-01T00:00:00Z" in error["message"] and "now" in error["message"]
