"""The poster of a job hears of its new candidates at or above their own threshold: one notice
per job and UTC day (its dedupe key), counting each candidate once, naming none; nothing for a
job whose poster is gone or whose new matches are all below the threshold."""
from __future__ import annotations

from datetime import UTC, datetime

from domain.ports.match_announcements import PendingAnnouncement
from domain.services.new_candidates_notice import new_candidates_by_job, new_candidates_notice
from tests.integration.contract.repository_backends import a_job

DAY = datetime(2026, 12, 5, 23, 50, tzinfo=UTC)


def found(job_id: str, candidate: str, score: float, at: datetime = DAY) -> PendingAnnouncement:
    return PendingAnnouncement(record_id="r", match_id=f"m-{job_id}-{candidate}", candidate_id=candidate,
                               job_id=job_id, score=score, found_at=at)


def test_one_notice_per_job_counting_candidates_at_or_above_the_posters_threshold():
    nurse = a_job("o1", title="Staff Nurse", posted_by="rita").model_copy(update={"id": "nurse"})
    chef = a_job("o1", title="Sous Chef", posted_by="sam").model_copy(update={"id": "chef"})
    gone = a_job("o1", title="Porter", posted_by="left").model_copy(update={"id": "gone"})
    jobs = {j.id: j for j in (nurse, chef, gone)}
    pending = [found("nurse", "c1", 0.91), found("nurse", "c2", 0.75), found("nurse", "c2", 0.75),
               found("nurse", "c3", 0.40), found("chef", "c4", 0.55), found("gone", "c5", 0.99)]

    by_job = new_candidates_by_job(pending, jobs, {"rita": 0.7, "sam": 0.6})

    assert set(by_job) == {"nurse"}
    assert (by_job["nurse"].count, by_job["nurse"].best) == (2, 0.91)
    notice = new_candidates_notice(nurse, by_job["nurse"])
    assert (notice.user_id, notice.kind, notice.organization_id) == ("rita", "match", "o1")
    assert notice.subject == "New candidates for Staff Nurse"
    assert notice.text.startswith("2 new candidates match Staff Nurse (best 91%)")
    assert notice.dedupe_key == "job-candidates:nurse:2026-12-05"
    assert notice.data == {"jobId": "nurse", "newCandidates": 2}


def test_the_next_day_is_another_notice_and_one_candidate_is_said_so():
    nurse = a_job("o1", title="Staff Nurse", posted_by="rita").model_copy(update={"id": "nurse"})
    later = datetime(2026, 12, 6, 0, 10, tzinfo=UTC)
    by_job = new_candidates_by_job([found("nurse", "c9", 0.8, later)], {"nurse": nurse}, {"rita": 0.7})
    notice = new_candidates_notice(nurse, by_job["nurse"])
    assert notice.dedupe_key == "job-candidates:nurse:2026-12-06"
    assert notice.text.startswith("1 new candidate matches Staff Nurse (best 80%)")
