"""The hiring team of a job hears of a matching pass's new candidates: one notice per person, job
and pass, counting each candidate once at or above the person's own threshold, naming none;
nothing to a person for whom the pass found no one at or above it. Through the announcer, as
the match store calls it, with fakes for the users and the notifier."""
from __future__ import annotations

from datetime import UTC, datetime

from domain.ports.match_announcements import PendingAnnouncement
from domain.ports.notifications import Message
from domain.services.match_announcer import MatchAnnouncer
from domain.services.new_candidates_notice import job_passes, new_candidates_notices
from domain.users import OrganizationRole, Preferences, Role, User
from tests.fakes.accounts import FakeUsers, RecordingEventBus
from tests.integration.contract.repository_backends import a_job

DAY = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)


def found(job_id: str, candidate: str, score: float, record: str, pass_id: str = "") -> PendingAnnouncement:
    return PendingAnnouncement(record_id=record, match_id=f"m-{job_id}-{candidate}-{record}", candidate_id=candidate,
                               job_id=job_id, score=score, found_at=DAY, pass_id=pass_id)


def recruiter(user_id: str, organization_id: str, floor: float = 0.7) -> User:
    return User(id=user_id, email=f"{user_id}@example.com", name=f"Recruiter {user_id}", role=Role.EMPLOYER,
                password_hash="x", organization_id=organization_id, organization_role=OrganizationRole.RECRUITER,
                created_at=DAY, preferences=Preferences(notify_min_score=floor))


class _Sent:
    def __init__(self) -> None:
        self.sends: list[list[Message]] = []

    async def send(self, messages: list[Message]) -> None:
        self.sends.append(messages)


def test_one_notice_per_person_job_and_pass_counting_each_candidate_once_at_or_above_their_floor():
    nurse = a_job("o1", title="Staff Nurse", posted_by="rita").model_copy(update={"id": "nurse"})
    pending = [found("nurse", "c1", 0.91, "r1", "p1"), found("nurse", "c2", 0.75, "r1", "p1"),
               found("nurse", "c2", 0.75, "r2", "p1"), found("nurse", "c3", 0.55, "r3", "p1"),
               found("nurse", "c4", 0.8, "r9", "p2")]
    passes = job_passes(pending)
    assert [(p.job_id, p.pass_id, sorted(p.scores)) for p in passes] == [
        ("nurse", "p1", ["c1", "c2", "c3"]), ("nurse", "p2", ["c4"])]

    team = [recruiter("rita", "o1", 0.5), recruiter("sam", "o1", 0.8), recruiter("ned", "o1", 0.95)]
    first = new_candidates_notices(passes[0], nurse, team)
    assert [(m.user_id, m.data) for m in first] == [
        ("rita", {"jobId": "nurse", "newCandidates": 3}), ("sam", {"jobId": "nurse", "newCandidates": 1})]
    rita = first[0]
    assert (rita.kind, rita.subject, rita.organization_id) == ("match", "New candidates for Staff Nurse", "o1")
    assert rita.text.startswith("3 new candidates match Staff Nurse at 50% or more.")
    assert rita.dedupe_key == "new-candidates:nurse:p1:rita"
    (again,) = new_candidates_notices(passes[1], nurse, team[:1])
    assert again.text.startswith("1 new candidate matches Staff Nurse")
    assert again.dedupe_key == "new-candidates:nurse:p2:rita"


def test_without_a_pass_id_the_record_names_the_pass():
    assert [p.pass_id for p in job_passes([found("j", "c1", 0.9, "r1"), found("j", "c2", 0.9, "r1"),
                                           found("j", "c3", 0.9, "r2")])] == ["r1", "r2"]


async def test_the_announcer_sends_each_pass_notice_once_with_the_first_part_holding_it():
    users = FakeUsers()
    rita = recruiter("rita", "o1")
    await users.add(rita)
    candidates = [User(id=f"c{n}", email=f"c{n}@example.com", name=f"Zebedee {n}", role=Role.CANDIDATE,
                       password_hash="x", created_at=DAY) for n in range(150)]
    for person in candidates:
        await users.add(person)
    job = a_job("o1", title="Porter", posted_by="rita").model_copy(update={"id": "porter"})
    # One pass of 150 new matches, a record each (as on DynamoDB): two parts of announcing.
    pending = [found("porter", c.id, 0.8, f"r{n:03d}", "p1") for n, c in enumerate(candidates)]
    sent = _Sent()
    await MatchAnnouncer(users, RecordingEventBus(), sent).announce(pending, {"porter": job}, lambda _: "")
    assert len(sent.sends) == 2
    notices = [[m for m in part if m.user_id == "rita"] for part in sent.sends]
    assert [len(part) for part in notices] == [1, 0]
    assert notices[0][0].data == {"jobId": "porter", "newCandidates": 150}
    assert all("Zebedee" not in f"{m.subject} {m.text} {m.data}" for m in notices[0])


def test_a_jobs_floor_raises_each_members_own_and_never_lowers_it():
    nurse = a_job("o1", title="Staff Nurse", notify_min_score=0.8).model_copy(update={"id": "nurse"})
    (found_,) = job_passes([found("nurse", "c1", 0.95, "r1", "p1"), found("nurse", "c2", 0.85, "r1", "p1"),
                            found("nurse", "c3", 0.75, "r1", "p1")])
    team = [recruiter("low", "o1", 0.5), recruiter("high", "o1", 0.9), recruiter("exact", "o1", 0.8)]
    notices = new_candidates_notices(found_, nurse, team)
    # "low" asked for 50% but the team's floor is 80%: c3 (75%) is not counted; "high" keeps 90%.
    assert [(m.user_id, m.data["newCandidates"]) for m in notices] == [("low", 2), ("high", 1), ("exact", 2)]
    assert notices[0].text.startswith("2 new candidates match Staff Nurse at 80% or more.")
    unfloored = nurse.model_copy(update={"notify_min_score": None})
    assert [m.data["newCandidates"] for m in new_candidates_notices(found_, unfloored, team[:1])] == [3]


def test_a_part_of_a_pass_carrying_the_whole_pass_counts_the_whole_pass():
    whole = {"c1": 0.9, "c2": 0.8, "c3": 0.75, "c4": 0.5}
    part = [PendingAnnouncement(record_id=f"m{n}", match_id=f"m{n}", candidate_id=f"c{n}", job_id="nurse",
                                score=whole[f"c{n}"], found_at=DAY, pass_id="p1", pass_scores=whole) for n in (1, 2)]
    (job_pass,) = job_passes(part)
    assert (job_pass.pass_id, job_pass.scores) == ("p1", whole)
