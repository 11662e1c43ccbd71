"""What every analytics store must do, run on each adapter (see conftest.py)."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from domain.analytics import (
    CLOSED,
    TAKEN_DOWN,
    AuditFilter,
    AuditPosition,
    AuditRecord,
    Count,
    Fact,
    Kind,
    TimeWindow,
)

T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
STAGES = ["SUBMITTED", "SCREENING", "INTERVIEW", "OFFER", "HIRED"]


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def window(since_hours: float | None, until_hours: float) -> TimeWindow:
    return TimeWindow(since=None if since_hours is None else at(since_hours), until=at(until_hours))


def audit(n: int, hours: float, **fields) -> AuditRecord:
    values = {"operation": "postJob", "outcome": "OK", "actor_id": "u1", "actor_role": "EMPLOYER"}
    values.update(fields)
    return AuditRecord(id=f"r{n:03d}", at=at(hours), target_ids=[f"t{n}"], request_id=f"q{n}",
                       client_ip="127.0.0.1", **values)


async def application(store, app_id: str, submitted: float, *moves: tuple[str, float]) -> None:
    await store.record_fact(Fact(kind=Kind.APPLICATION, at=at(submitted), subject_id=app_id,
                                 category="SUBMITTED", started_at=at(submitted)))
    for status, hours in moves:
        await store.record_fact(Fact(kind=Kind.APPLICATION, at=at(hours), subject_id=app_id,
                                     category=status, started_at=at(submitted)))


async def test_audit_records_come_back_newest_first_with_every_field(store):
    for n in range(3):
        await store.record_audit(audit(n, n))
    page = await store.audit_log(AuditFilter(), 10, None)
    assert [r.id for r in page.items] == ["r002", "r001", "r000"]
    assert page.total == 3 and not page.has_next
    newest = page.items[0]
    assert (newest.operation, newest.outcome, newest.actor_id, newest.actor_role) == ("postJob", "OK", "u1", "EMPLOYER")
    assert (newest.target_ids, newest.request_id, newest.client_ip) == (["t2"], "q2", "127.0.0.1")
    assert newest.at == at(2)


async def test_the_audit_log_filters_by_actor_operation_outcome_and_time(store):
    await store.record_audit(audit(1, 1, actor_id="alice"))
    await store.record_audit(audit(2, 2, actor_id="bob", operation="login", outcome="UNAUTHENTICATED"))
    await store.record_audit(audit(3, 3, actor_id="alice", operation="login"))
    await store.record_audit(audit(4, 4, actor_id="alice", outcome="FORBIDDEN"))

    async def ids(**criteria) -> list[str]:
        return [r.id for r in (await store.audit_log(AuditFilter(**criteria), 10, None)).items]

    assert await ids(actor_id="alice") == ["r004", "r003", "r001"]
    assert await ids(operation="login") == ["r003", "r002"]
    assert await ids(outcome="FORBIDDEN") == ["r004"]
    assert await ids(since=at(2), until=at(4)) == ["r003", "r002"]
    assert await ids(actor_id="alice", operation="postJob", outcome="OK") == ["r001"]
    page = await store.audit_log(AuditFilter(actor_id="alice"), 1, None)
    assert page.total == 3 and page.has_next


async def test_audit_pages_do_not_shift_when_records_are_appended_meanwhile(store):
    for n in range(5):
        await store.record_audit(audit(n, n))
    first = await store.audit_log(AuditFilter(), 2, None)
    await store.record_audit(audit(9, 10))  # newer than everything: lands before page one
    last = first.items[-1]
    second = await store.audit_log(AuditFilter(), 2, AuditPosition(at=last.at, id=last.id))
    third = await store.audit_log(AuditFilter(), 2, AuditPosition(at=second.items[-1].at, id=second.items[-1].id))
    assert [r.id for r in first.items + second.items + third.items] == ["r004", "r003", "r002", "r001", "r000"]
    assert not third.has_next


async def test_records_at_the_same_instant_page_by_id_without_loss(store):
    for n in range(4):
        await store.record_audit(audit(n, 1))
    seen, after = [], None
    while True:
        page = await store.audit_log(AuditFilter(), 1, after)
        seen += [r.id for r in page.items]
        if not page.has_next:
            break
        after = AuditPosition(at=page.items[-1].at, id=page.items[-1].id)
    assert seen == ["r003", "r002", "r001", "r000"]


async def test_an_audit_record_delivered_twice_is_stored_once_and_unchanged(store):
    await store.record_audit(audit(1, 1))
    await store.record_audit(audit(1, 5, outcome="FORBIDDEN"))
    page = await store.audit_log(AuditFilter(), 10, None)
    assert page.total == 1 and (page.items[0].outcome, page.items[0].at) == ("OK", at(1))


async def test_the_store_offers_no_way_to_change_or_remove_audit_records(store):
    verbs = ("update", "delete", "remove", "replace", "drop", "purge")
    assert [name for name in dir(store) if name.lower().startswith(verbs)] == []


async def test_a_fact_delivered_twice_is_stored_once(store):
    fact = Fact(kind=Kind.USER_REGISTERED, at=at(1), subject_id="a", category="CANDIDATE")
    await store.record_fact(fact)
    await store.record_fact(fact.model_copy(update={"category": "EMPLOYER"}))
    assert await store.subjects_by_category(Kind.USER_REGISTERED, window(0, 24)) == [Count("CANDIDATE", 1)]


async def test_subjects_are_counted_once_per_category_within_the_window(store):
    for subject, role, hours in [("a", "CANDIDATE", 1), ("a", "CANDIDATE", 1.5), ("b", "CANDIDATE", 2),
                                 ("c", "EMPLOYER", 3), ("d", "EMPLOYER", 30)]:
        await store.record_fact(Fact(kind=Kind.USER_REGISTERED, at=at(hours), subject_id=subject, category=role))
    assert await store.subjects_by_category(Kind.USER_REGISTERED, window(0, 24)) == [
        Count("CANDIDATE", 2), Count("EMPLOYER", 1)
    ]
    assert await store.subjects_by_category(Kind.USER_REGISTERED, window(None, 48)) == [
        Count("CANDIDATE", 2), Count("EMPLOYER", 2)
    ]
    assert await store.subjects_by_category(Kind.USER_REGISTERED, window(40, 48)) == []


async def test_jobs_posted_closed_taken_down_and_still_open(store):
    facts = [(Kind.JOB_POSTED, "j1", 1, None), (Kind.JOB_POSTED, "j2", 2, None), (Kind.JOB_POSTED, "j3", 3, None),
             (Kind.JOB_POSTED, "j0", -5, None), (Kind.JOB_CLOSED, "j1", 4, CLOSED),
             (Kind.JOB_CLOSED, "j2", 5, TAKEN_DOWN), (Kind.JOB_CLOSED, "j3", 50, CLOSED)]
    for kind, job, hours, category in facts:
        await store.record_fact(Fact(kind=kind, at=at(hours), subject_id=job, category=category))
    counts = await store.job_counts(window(0, 24))
    assert (counts.posted, counts.closed, counts.taken_down, counts.open_at_end) == (3, 2, 1, 2)  # j0, j3 open


async def test_applications_are_grouped_by_their_latest_status_for_those_submitted_in_the_window(store):
    await application(store, "a1", 1, ("SCREENING", 2), ("INTERVIEW", 3))
    await application(store, "a2", 1, ("REJECTED", 2))
    await application(store, "a3", 2)
    await application(store, "a4", 2, ("SCREENING", 3))
    await application(store, "old", -10, ("SCREENING", 2))  # submitted before the window
    assert await store.applications_by_status(window(0, 24)) == [
        Count("INTERVIEW", 1), Count("REJECTED", 1), Count("SCREENING", 1), Count("SUBMITTED", 1)
    ]


async def test_the_funnel_counts_later_stages_as_having_passed_the_earlier_ones(store):
    await application(store, "a1", 1, ("SCREENING", 2), ("INTERVIEW", 3), ("OFFER", 4), ("HIRED", 5))
    await application(store, "a2", 1, ("INTERVIEW", 2))  # a skipped event still counts as screened
    await application(store, "a3", 1, ("SCREENING", 2), ("REJECTED", 3))
    await application(store, "a4", 1, ("WITHDRAWN", 2))
    await application(store, "a4", 1)  # delivered twice
    assert await store.stage_reach(window(0, 24), STAGES) == [4, 3, 2, 1, 1]
    assert await store.stage_reach(window(30, 40), STAGES) == [0, 0, 0, 0, 0]


async def test_the_median_time_to_hire_covers_hires_in_the_window(store):
    await application(store, "a1", 0, ("HIRED", 10))
    await application(store, "a2", 0, ("HIRED", 20))
    await application(store, "a3", 1, ("HIRED", 5))
    hires = await store.hire_times(window(0, 24), "HIRED")
    assert hires.hires == 3 and hires.median_seconds == 10 * 3600
    await application(store, "a4", 2, ("HIRED", 22), ("HIRED", 23))  # the first hire counts
    hires = await store.hire_times(window(0, 24), "HIRED")
    assert hires.hires == 4 and hires.median_seconds == 15 * 3600  # mean of 10h and 20h
    assert (await store.hire_times(window(0, 15), "HIRED")).hires == 2
    none = await store.hire_times(window(30, 40), "HIRED")
    assert none.hires == 0 and none.median_seconds is None


async def test_match_scores_fall_into_buckets_by_each_matchs_latest_score(store):
    for match, score, hours in [("m1", 0.05, 1), ("m2", 0.95, 1), ("m3", 1.0, 1), ("m4", 0.0, 1),
                                ("m5", 0.42, 1), ("m5", 0.71, 2), ("m6", 0.5, 40)]:
        await store.record_fact(Fact(kind=Kind.MATCH, at=at(hours), subject_id=match, score=score))
    assert await store.score_histogram(Kind.MATCH, window(0, 24), 10) == [2, 0, 0, 0, 0, 0, 0, 1, 0, 2]


async def test_facts_written_together_are_all_stored_and_one_already_stored_is_ignored(store):
    known = Fact(kind=Kind.USER_REGISTERED, at=at(1), subject_id="a", category="CANDIDATE")
    await store.record_fact(known)
    batch = [known.model_copy(update={"category": "EMPLOYER"}),
             *(Fact(kind=Kind.USER_REGISTERED, at=at(2), subject_id=s, category="EMPLOYER") for s in "bcd")]
    await store.record_facts(batch)
    await store.record_facts([])
    assert await store.subjects_by_category(Kind.USER_REGISTERED, window(0, 24)) == [
        Count("EMPLOYER", 3), Count("CANDIDATE", 1)
    ]


async def test_the_operations_recorded_are_every_name_some_record_has_once_each(store):
    assert await store.recorded_operations() == frozenset()
    for n, name in enumerate(["postJob", "renameJobListing", "postJob", "login", "adminAuditLog", "login"]):
        await store.record_audit(audit(n, n, operation=name))
    assert await store.recorded_operations() == {"postJob", "renameJobListing", "login", "adminAuditLog"}
