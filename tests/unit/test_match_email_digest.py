"""New-candidates emails by the person's matchEmailDigest: recruiters (unset: DAILY) get their
inbox entry, SMS and push at once and one email after the day listing jobs and counts;
IMMEDIATE mails each notice; OFF mails none; candidates' messages are as before."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from domain.channels import Channel, ChannelPreferences
from domain.match_digest import DigestEntry, compose_digest
from domain.match_email_digest import DigestJob, MatchEmailDigest
from domain.ports.notifications import Message
from domain.services.match_digests import MatchDigestSender
from domain.services.notifications import ChannelNotifier
from domain.users import Preferences, Role, User
from tests.fakes.account_lifecycle import FakeDevices
from tests.fakes.accounts import FakeUsers, FixedClock
from tests.fakes.match_digests import FakeDigestOutbox

MONDAY = datetime(2026, 12, 7, 15, 30, tzinfo=UTC)
ALL = [Channel.EMAIL, Channel.SMS]


def _person(user_id: str, role: Role = Role.EMPLOYER, digest: MatchEmailDigest | None = None,
            organization_id: str | None = "org") -> User:
    return User(id=user_id, email=f"{user_id}@example.com", name=user_id, role=role, password_hash="x",
                phone="+447700900123", phone_verified=True, email_verified=True, created_at=MONDAY,
                organization_id=organization_id if role is Role.EMPLOYER else None,
                preferences=Preferences(match_email_digest=digest, channels=ChannelPreferences(new_match=ALL)))


def _notice(user_id: str, job_id: str, title: str, count: int, pass_id: str = "p1") -> Message:
    return Message(user_id=user_id, kind="match", subject=f"New candidates for {title}", text=f"{count} new",
                   data={"jobId": job_id, "newCandidates": count},
                   dedupe_key=f"new-candidates:{job_id}:{pass_id}:{user_id}", organization_id="org",
                   digest_job=DigestJob(job_id, title, count))


async def _world(*people: User):
    users = FakeUsers()
    for person in people:
        await users.add(person)
    clock = FixedClock(MONDAY)
    outbox = FakeDigestOutbox(users)
    notifier = ChannelNotifier(users, FakeDevices(), outbox, inbox=outbox.inbox, clock=clock)
    return notifier, outbox, clock


def test_unset_is_daily_for_employers_and_immediate_for_candidates():
    assert _person("r").match_email_digest is MatchEmailDigest.DAILY
    assert _person("c", Role.CANDIDATE).match_email_digest is MatchEmailDigest.IMMEDIATE
    assert _person("r", digest=MatchEmailDigest.IMMEDIATE).match_email_digest is MatchEmailDigest.IMMEDIATE


async def test_daily_keeps_inbox_and_sms_now_and_mails_one_digest_after_the_day():
    notifier, outbox, clock = await _world(_person("rita"))
    await notifier.send([_notice("rita", "j1", "Staff Nurse", 2), _notice("rita", "j2", "HGV Driver", 1)])
    await notifier.send([_notice("rita", "j1", "Staff Nurse", 2)])  # a retried send counts nothing
    await notifier.send([_notice("rita", "j1", "Staff Nurse", 1, pass_id="p2")])
    assert [d.channel for d in outbox.deliveries] == [Channel.SMS] * 3
    assert len(outbox.inbox.notes["rita"]) == 3
    sender = MatchDigestSender(outbox, clock)
    assert not await sender.send_closed_days()  # Monday is not over
    assert [d.channel for d in outbox.deliveries] == [Channel.SMS] * 3
    clock.advance(hours=9)
    await sender.send_closed_days()
    await sender.send_closed_days()
    (digest,) = [d for d in outbox.deliveries if d.channel is Channel.EMAIL]
    assert digest.subject == "Your new candidates for Monday 7 December: Staff Nurse (3), HGV Driver (1)"
    assert digest.dedupe_key == "new-candidates-digest:rita:2026-12-07"
    assert digest.recipient == "rita@example.com" and outbox.entries == {}


@pytest.mark.parametrize("digest, emails", [(MatchEmailDigest.IMMEDIATE, 1), (MatchEmailDigest.OFF, 0)])
async def test_immediate_mails_each_notice_and_off_none_both_keeping_the_inbox(digest, emails):
    notifier, outbox, clock = await _world(_person("rita", digest=digest))
    await notifier.send([_notice("rita", "j1", "Staff Nurse", 2)])
    clock.advance(days=1)
    await MatchDigestSender(outbox, clock).send_closed_days()
    assert [d.channel for d in outbox.deliveries].count(Channel.EMAIL) == emails
    assert Channel.SMS in [d.channel for d in outbox.deliveries]
    assert len(outbox.inbox.notes["rita"]) == 1 and outbox.entries == {}


async def test_a_candidates_match_email_goes_at_once_whatever_they_chose():
    candidate = _person("cara", Role.CANDIDATE, digest=MatchEmailDigest.DAILY)
    notifier, outbox, _ = await _world(candidate)
    await notifier.send([Message(user_id="cara", kind="match", subject="New match: Cook", text="Cook matches",
                                 data={"jobId": "j1"}, dedupe_key="match:cara:j1")])
    assert sorted(d.channel for d in outbox.deliveries) == [Channel.EMAIL, Channel.SMS]


def _entry(job_id: str, title: str, count: int, organization_id: str | None = "org") -> DigestEntry:
    return DigestEntry("rita", date(2026, 12, 7), job_id, title, count, organization_id)


def test_the_digest_lists_jobs_and_counts_most_first_and_names_no_one():
    delivery = compose_digest(_person("rita"), date(2026, 12, 7),
                              [_entry("j2", "HGV Driver", 1), _entry("j1", "Staff Nurse", 3)])
    assert delivery is not None
    assert delivery.subject == "Your new candidates for Monday 7 December: Staff Nurse (3), HGV Driver (1)"
    assert "- Staff Nurse: 3\n- HGV Driver: 1" in delivery.text
    assert delivery.data == {"digestDay": "2026-12-07", "newCandidates": 4, "jobs": 2}


def test_no_digest_once_off_left_the_organization_or_email_is_off():
    entries = [_entry("j1", "Staff Nurse", 3)]
    assert compose_digest(None, date(2026, 12, 7), entries) is None
    assert compose_digest(_person("rita", digest=MatchEmailDigest.OFF), date(2026, 12, 7), entries) is None
    assert compose_digest(_person("rita", organization_id="other"), date(2026, 12, 7), entries) is None
    no_email = _person("rita").model_copy(update={"preferences": Preferences(
        channels=ChannelPreferences(new_match=[Channel.SMS]))})
    assert compose_digest(no_email, date(2026, 12, 7), entries) is None


async def test_a_day_waits_for_entries_stamped_before_midnight_to_commit():
    from datetime import UTC, datetime

    from domain.services.match_digests import SETTLING, MatchDigestSender
    from tests.fakes.accounts import FixedClock
    asked: list = []

    class Store:
        async def deliver_closed(self, ended_by, compose, at_once):
            asked.append(ended_by)
            return 0

    midnight = datetime(2026, 12, 8, 0, 0, tzinfo=UTC)
    await MatchDigestSender(Store(), FixedClock(midnight + SETTLING / 2)).send_closed_days()
    await MatchDigestSender(Store(), FixedClock(midnight + SETTLING)).send_closed_days()
    assert asked == [midnight - SETTLING / 2, midnight]
