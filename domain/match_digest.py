"""The daily digest of "New candidates for <title>" emails (domain/match_email_digest.py).

A notice to someone on DAILY leaves an entry for their own day, in their time zone
(domain/time_zones.py: person, day, job, title, count, organization, and when that day ends) in
the same write as its inbox entry, and only when that entry is newly kept, so a retried send
counts nothing twice. Once the day is over there, each person's day becomes one email
listing their jobs and counts (never a candidate's name: the job's matches say who), enqueued
with the dedupe key `new-candidates-digest:<person>:<day>` in the same write that deletes the
day's entries: a day is mailed once, whoever sends it and whatever fails between."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from domain.channels import Channel
from domain.match_email_digest import DigestJob, MatchEmailDigest
from domain.ports.notifications import Delivery
from domain.time_zones import utc_day_end
from domain.users import User

DIGEST_KIND = "match"
__all__ = ["DigestEntry", "DigestJob", "compose_digest", "digest_key"]


@dataclass(frozen=True)
class DigestEntry:
    """One job's new candidates on one person's day, waiting for the day's digest.
    `note_key` is the dedupe key of the inbox entry it is written with; `ends_at` when that day
    ends in the person's zone (None: kept before days were anyone's own, a UTC day)."""

    user_id: str
    day: date
    job_id: str
    title: str
    count: int
    organization_id: str | None
    note_key: str | None = None
    ends_at: datetime | None = None

    @property
    def day_ends_at(self) -> datetime:
        return self.ends_at if self.ends_at is not None else utc_day_end(self.day)


def digest_key(user_id: str, day: date) -> str:
    return f"new-candidates-digest:{user_id}:{day.isoformat()}"


def compose_digest(user: User | None, day: date, entries: Sequence[DigestEntry]) -> Delivery | None:
    """The day's one email, or None when nothing is to be sent: the person is gone, turned
    the digest OFF or email off for matches since, has no proven address, or recruits for
    none of the entries' organizations now (a recruiter who left is told nothing more of its jobs)."""
    if user is None or user.match_email_digest is MatchEmailDigest.OFF:
        return None
    if not user.email_verified:  # an unproven address gets no such mail (services/notifications.py)
        return None
    if Channel.EMAIL not in user.preferences.channels.for_kind(DIGEST_KIND):
        return None
    mine = [e for e in entries if e.organization_id is None or e.organization_id == user.organization_id]
    counts: dict[str, tuple[str, int]] = {}
    for entry in mine:
        counts[entry.job_id] = (entry.title, counts.get(entry.job_id, ("", 0))[1] + entry.count)
    if not counts:
        return None
    jobs = sorted(counts.items(), key=lambda item: (-item[1][1], item[1][0].casefold(), item[0]))
    when = f"{day:%A} {day.day} {day:%B}"
    listed = ", ".join(f"{title} ({count})" for _, (title, count) in jobs)
    total = sum(count for _, (_, count) in jobs)
    lines = "\n".join(f"- {title}: {count}" for _, (title, count) in jobs)
    text = (f"Your new candidates for {when}: {total} across {len(jobs)} job{'s' if len(jobs) > 1 else ''}.\n"
            f"{lines}\nEach job's matches list them, best first, with each match's reasons.")
    return Delivery(
        user_id=user.id, channel=Channel.EMAIL, recipient=user.email, kind=DIGEST_KIND,
        subject=f"Your new candidates for {when}: {listed}"[:200], text=text,
        data={"digestDay": day.isoformat(), "newCandidates": total, "jobs": len(jobs)},
        dedupe_key=digest_key(user.id, day), organization_id=user.organization_id,
    )
