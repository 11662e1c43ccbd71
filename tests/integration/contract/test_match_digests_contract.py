"""The daily digest of new-candidates emails, on every store (SQLite, DynamoDB on moto, and the
fake the unit tests use): a recruiter on DAILY gets inbox entries at once and no email; their
notices' entries, counted once however often a send is retried, become one email after the UTC
day, listing jobs and counts, with the dedupe key `new-candidates-digest:<person>:<day>`; two
senders at once send it once; a failure between composing and enqueueing loses nothing and
sends nothing, and the next pass sends it once."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from domain.channels import Channel
from domain.match_digest import compose_digest
from domain.match_email_digest import DigestJob, MatchEmailDigest
from domain.pagination import PageRequest
from domain.ports.notifications import Message
from domain.services.match_digests import MatchDigestSender
from domain.services.notifications import ChannelNotifier
from domain.users import Preferences
from tests.fakes.accounts import FixedClock
from tests.integration.contract.match_digest_backends import DIGEST_BACKENDS, digest_world
from tests.integration.contract.repository_backends import an_employer

MONDAY = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
TUESDAY = datetime(2026, 12, 8, tzinfo=UTC)  # Monday's UTC day has ended
SUBJECT = "Your new candidates for Monday 7 December: Staff Nurse (3), HGV Driver (1)"


def _notice(user_id: str, organization_id: str, job_id: str, title: str, count: int, pass_id: str) -> Message:
    return Message(user_id=user_id, kind="match", subject=f"New candidates for {title}", text=f"{count} new",
                   data={"jobId": job_id, "newCandidates": count}, organization_id=organization_id,
                   dedupe_key=f"new-candidates:{job_id}:{pass_id}:{user_id}", digest_job=DigestJob(job_id, title, count))


@pytest.fixture(params=DIGEST_BACKENDS)
async def world(request, tmp_path, aws_clients, aws_names):
    async with digest_world(request.param, tmp_path, aws_clients, aws_names) as made:
        yield made


async def _recruiter_with_notices(world: SimpleNamespace, digest: MatchEmailDigest | None = None):
    recruiter, organization = await an_employer(world.repos, verified=True)
    if digest is not None:
        await world.repos.users.update_preferences(recruiter.id, Preferences(match_email_digest=digest))
    clock = FixedClock(MONDAY)
    notifier = ChannelNotifier(world.repos.users, world.devices, world.outbox, inbox=world.inbox, clock=clock)
    sent = [_notice(recruiter.id, organization.id, "j1", "Staff Nurse", 2, "p1"),
            _notice(recruiter.id, organization.id, "j2", "HGV Driver", 1, "p1")]
    await notifier.send(sent)
    await notifier.send(sent[:1])  # a retried send
    await notifier.send([_notice(recruiter.id, organization.id, "j1", "Staff Nurse", 1, "p2")])
    return recruiter


async def _inbox_count(world, user_id: str) -> int:
    (page,) = await world.inbox.pages([user_id], False, PageRequest(first=50, want_total=False))
    return len(page.items)


async def test_daily_keeps_the_inbox_now_and_mails_one_digest_after_the_day(world):
    recruiter = await _recruiter_with_notices(world)
    assert await _inbox_count(world, recruiter.id) == 3
    assert await world.emails(recruiter.id) == []
    sender = MatchDigestSender(world.store, FixedClock(MONDAY))
    await sender.send_closed_days()
    assert await world.emails(recruiter.id) == []  # the day is not over
    assert await world.store.deliver_closed(TUESDAY, compose_digest, 50) == 1
    assert await world.store.deliver_closed(TUESDAY, compose_digest, 50) == 0
    (digest,) = await world.emails(recruiter.id)
    assert digest.subject == SUBJECT
    assert digest.dedupe_key == f"new-candidates-digest:{recruiter.id}:2026-12-07"


@pytest.mark.parametrize("digest, emails", [(MatchEmailDigest.OFF, 0), (MatchEmailDigest.IMMEDIATE, 3)])
async def test_off_mails_nothing_and_immediate_each_notice_both_keeping_the_inbox(world, digest, emails):
    recruiter = await _recruiter_with_notices(world, digest)
    assert await world.store.deliver_closed(TUESDAY, compose_digest, 50) == 0
    assert len(await world.emails(recruiter.id)) == emails
    assert await _inbox_count(world, recruiter.id) == 3


async def test_two_senders_at_once_send_each_day_once(world):
    people = [await _recruiter_with_notices(world) for _ in range(4)]
    other = await world.another_store()
    handled = await asyncio.gather(world.store.deliver_closed(TUESDAY, compose_digest, 50),
                                   other.deliver_closed(TUESDAY, compose_digest, 50))
    assert sum(handled) == len(people)
    assert await world.store.deliver_closed(TUESDAY, compose_digest, 50) == 0
    for person in people:
        assert [d.subject for d in await world.emails(person.id)] == [SUBJECT]


async def test_a_failure_between_composing_and_enqueueing_loses_and_repeats_nothing(world):
    recruiter = await _recruiter_with_notices(world)

    def composed_then_failed(user, day, entries):
        compose_digest(user, day, entries)
        raise RuntimeError("the process died here")

    with pytest.raises(RuntimeError):
        await world.store.deliver_closed(TUESDAY, composed_then_failed, 50)
    assert await world.emails(recruiter.id) == []
    assert await world.store.deliver_closed(TUESDAY, compose_digest, 50) == 1
    assert [d.subject for d in await world.emails(recruiter.id)] == [SUBJECT]
    assert [d.channel for d in await world.emails(recruiter.id)] == [Channel.EMAIL]


async def test_a_candidates_match_email_still_goes_at_once(world):
    from tests.integration.contract.repository_backends import a_candidate

    candidate = await a_candidate(world.repos, verified=True)
    notifier = ChannelNotifier(world.repos.users, world.devices, world.outbox, inbox=world.inbox,
                               clock=FixedClock(MONDAY))
    await notifier.send([Message(user_id=candidate.id, kind="match", subject="New match: Staff Nurse",
                                 text="Staff Nurse matches your profile (91%).", data={"jobId": "j1"},
                                 dedupe_key=f"match:{candidate.id}:j1")])
    assert [d.subject for d in await world.emails(candidate.id)] == ["New match: Staff Nurse"]
    assert await _inbox_count(world, candidate.id) == 1
    assert await world.store.deliver_closed(TUESDAY, compose_digest, 50) == 0
