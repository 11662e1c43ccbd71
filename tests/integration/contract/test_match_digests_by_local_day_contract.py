"""The daily digest gathers and goes by its reader's own day, in their time zone, on every store
(SQLite, DynamoDB on moto, the fake): a Sydney recruiter's evening and next morning are two
digests, each sent once that day has ended in Sydney (not at UTC midnight); a Los Angeles
recruiter's day that the clocks fall back in is 25 hours, all of it one digest sent after its
own midnight. Entries kept before days were anyone's own (no end stored) stay UTC days."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from domain.match_digest import DigestEntry, compose_digest
from domain.match_email_digest import DigestJob
from domain.ports.notifications import Message
from domain.services.match_digests import SETTLING, MatchDigestSender
from domain.services.notifications import ChannelNotifier
from domain.users import Preferences
from tests.fakes.accounts import FixedClock
from tests.integration.contract.match_digest_backends import DIGEST_BACKENDS, digest_world
from tests.integration.contract.repository_backends import an_employer


@pytest.fixture(params=DIGEST_BACKENDS)
async def world(request, tmp_path, aws_clients, aws_names):
    async with digest_world(request.param, tmp_path, aws_clients, aws_names) as made:
        yield made


async def _recruiter_in(world, zone: str):
    recruiter, organization = await an_employer(world.repos, verified=True)
    await world.repos.users.update_preferences(recruiter.id, Preferences(time_zone=zone))
    return recruiter, organization


async def _notice_at(world, moment: datetime, recruiter, organization, job_id: str, title: str, count: int) -> None:
    notifier = ChannelNotifier(world.repos.users, world.devices, world.outbox, inbox=world.inbox,
                               clock=FixedClock(moment))
    await notifier.send([Message(
        user_id=recruiter.id, kind="match", subject=f"New candidates for {title}", text=f"{count} new",
        data={"jobId": job_id, "newCandidates": count}, organization_id=organization.id,
        dedupe_key=f"new-candidates:{job_id}:{moment.isoformat()}:{recruiter.id}",
        digest_job=DigestJob(job_id, title, count))])


async def _sent_at(world, moment: datetime) -> int:
    """What the dispatcher's pass sends when its clock reads `moment` (settling included)."""
    sent = 0
    while await MatchDigestSender(world.store, FixedClock(moment + SETTLING)).send_closed_days():
        sent += 1
    return sent


async def _subjects(world, user_id: str) -> list[str]:
    return [d.subject for d in await world.emails(user_id)]


async def test_a_sydney_recruiters_evening_and_next_morning_are_two_digests_each_after_its_own_day(world):
    recruiter, organization = await _recruiter_in(world, "Australia/Sydney")  # UTC+11 in December
    monday_evening = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)   # 20:00 Monday in Sydney
    tuesday_morning = datetime(2026, 12, 7, 14, 0, tzinfo=UTC)  # 01:00 Tuesday there, still Monday in UTC
    await _notice_at(world, monday_evening, recruiter, organization, "j1", "Staff Nurse", 2)
    await _notice_at(world, tuesday_morning, recruiter, organization, "j2", "HGV Driver", 1)
    sydney_midnight = datetime(2026, 12, 7, 13, 0, tzinfo=UTC)
    await _sent_at(world, sydney_midnight - timedelta(minutes=1))
    assert await _subjects(world, recruiter.id) == []
    await _sent_at(world, sydney_midnight)
    assert await _subjects(world, recruiter.id) == ["Your new candidates for Monday 7 December: Staff Nurse (2)"]
    await _sent_at(world, datetime(2026, 12, 8, 0, 0, tzinfo=UTC))  # UTC midnight: Tuesday goes on in Sydney
    assert len(await _subjects(world, recruiter.id)) == 1
    await _sent_at(world, datetime(2026, 12, 8, 13, 0, tzinfo=UTC))
    assert (await _subjects(world, recruiter.id))[1] == "Your new candidates for Tuesday 8 December: HGV Driver (1)"
    assert [d.dedupe_key for d in await world.emails(recruiter.id)] == [
        f"new-candidates-digest:{recruiter.id}:2026-12-07", f"new-candidates-digest:{recruiter.id}:2026-12-08"]


async def test_a_los_angeles_day_the_clocks_fall_back_in_is_one_digest_of_25_hours(world):
    recruiter, organization = await _recruiter_in(world, "America/Los_Angeles")
    # Sunday 1 November 2026: 00:30 PDT (UTC-7) and 23:30 PST (UTC-8), 24 hours apart in UTC terms
    # plus the hour given back; a day taken as 24 hours from its start would end at 23:00 PST.
    await _notice_at(world, datetime(2026, 11, 1, 7, 30, tzinfo=UTC), recruiter, organization, "j1", "Cook", 1)
    await _notice_at(world, datetime(2026, 11, 2, 7, 30, tzinfo=UTC), recruiter, organization, "j2", "Porter", 2)
    local_midnight = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)  # 00:00 PST, Monday
    await _sent_at(world, local_midnight - timedelta(minutes=1))
    assert await _subjects(world, recruiter.id) == []
    await _sent_at(world, local_midnight)
    assert await _subjects(world, recruiter.id) == ["Your new candidates for Sunday 1 November: Porter (2), Cook (1)"]


async def test_a_recruiter_with_no_zone_gets_utc_days(world):
    recruiter, organization = await an_employer(world.repos, verified=True)
    await _notice_at(world, datetime(2026, 12, 7, 23, 30, tzinfo=UTC), recruiter, organization, "j1", "Cook", 1)
    await _sent_at(world, datetime(2026, 12, 7, 23, 59, tzinfo=UTC))
    assert await _subjects(world, recruiter.id) == []
    await _sent_at(world, datetime(2026, 12, 8, 0, 0, tzinfo=UTC))
    assert await _subjects(world, recruiter.id) == ["Your new candidates for Monday 7 December: Cook (1)"]


def test_an_entry_kept_with_no_end_is_a_utc_day():
    entry = DigestEntry("rita", date(2026, 12, 7), "j1", "Cook", 1, None)
    assert entry.day_ends_at == datetime(2026, 12, 8, tzinfo=UTC)
    assert compose_digest(None, entry.day, [entry]) is None


async def test_a_day_kept_under_two_zones_goes_whole_at_its_earliest_end(world):
    # Entries of one person's day that end apart (the zone changed that day, or kept before and
    # after an upgrade): none is sent alone, and none is dropped by the day's claim.
    recruiter, organization = await an_employer(world.repos, verified=True)
    await _notice_at(world, datetime(2026, 12, 7, 20, 0, tzinfo=UTC), recruiter, organization, "j1", "Cook", 1)
    await world.repos.users.update_preferences(recruiter.id, Preferences(time_zone="America/Los_Angeles"))
    await _notice_at(world, datetime(2026, 12, 7, 22, 0, tzinfo=UTC), recruiter, organization, "j2", "Porter", 2)
    await _sent_at(world, datetime(2026, 12, 8, 0, 0, tzinfo=UTC))
    assert await _subjects(world, recruiter.id) == ["Your new candidates for Monday 7 December: Porter (2), Cook (1)"]
    await _sent_at(world, datetime(2026, 12, 8, 8, 0, tzinfo=UTC))
    assert len(await _subjects(world, recruiter.id)) == 1
