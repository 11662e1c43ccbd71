"""How a person takes the "New candidates for <title>" emails: one per job and matching pass as
it happens (IMMEDIATE), gathered into one email a day (DAILY), or none (OFF). Only the email
waits or goes: the inbox entry, SMS and push are sent as they happen whatever the choice.

Left unset, a recruiter (an employer, of an organization) gets the daily digest: one with
thirty jobs would otherwise get dozens of emails a day. Anyone else gets them as they happen."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class MatchEmailDigest(str, Enum):
    IMMEDIATE = "IMMEDIATE"
    DAILY = "DAILY"
    OFF = "OFF"


def chosen_or_default(chosen: MatchEmailDigest | None, employer: bool) -> MatchEmailDigest:
    if chosen is not None:
        return chosen
    return MatchEmailDigest.DAILY if employer else MatchEmailDigest.IMMEDIATE


@dataclass(frozen=True)
class DigestJob:
    """What a new-candidates message (Message.digest_job) adds to its person's daily digest."""

    job_id: str
    title: str
    count: int
