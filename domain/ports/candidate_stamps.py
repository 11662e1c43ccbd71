"""Stamps of what candidate profiles are built from, so built profiles can be kept between
matching runs and never served stale.

A stamp changes whenever anything a profile is built from changes (the resume's status and
parsed content, its owner's preferences), whichever process or connection wrote it: it is
read from the store each time profiles are used, never remembered."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from domain.resumes import ParsedResume
from domain.users import Preferences


@dataclass(frozen=True)
class CandidateStamp:
    resume_id: str
    owner_id: str
    uploaded_at: datetime
    parsed: bool   # PARSED, with its parsed content
    stamp: str


@dataclass(frozen=True)
class StampedSource:
    """What a profile is built from, read in the same statement as its stamp: a profile built
    from it and kept under that stamp is exactly what the stamp describes."""
    stamp: CandidateStamp
    parsed: ParsedResume
    preferences: Preferences


class CandidateStamps(Protocol):
    async def stamps(self, resume_ids: Sequence[str]) -> list[CandidateStamp]:
        """The stamps of those of `resume_ids` that exist and whose owner exists, as stored now."""
        ...

    async def sources(self, resume_ids: Sequence[str]) -> list[StampedSource]:
        """Those of `resume_ids` that are parsed and whose owner exists, with their stamps."""
        ...
