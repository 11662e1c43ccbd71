"""Time and identity, as ports so that tests can pin them."""
from __future__ import annotations

import secrets
import uuid
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


def new_id() -> str:
    return uuid.uuid4().hex


def new_ids(count: int) -> list[str]:
    """`count` ids made as new_id() makes each (a random UUID version 4, as hex), from one read
    of the system's random source instead of one read per id: a batch of jobs makes thousands."""
    return v4_hex(secrets.token_bytes(16 * count))


def v4_hex(raw: bytes) -> list[str]:
    """Each 16 bytes of `raw` as uuid.UUID(bytes=..., version=4).hex gives them: the version
    (4) and variant (10) bits set in place, without an object per id."""
    marked = bytearray(raw)
    marked[6::16] = bytes((b & 0x0F) | 0x40 for b in marked[6::16])
    marked[8::16] = bytes((b & 0x3F) | 0x80 for b in marked[8::16])
    text = marked.hex()
    return [text[at:at + 32] for at in range(0, len(text), 32)]


def time_ordered_ids(count: int, at: datetime) -> list[str]:
    """`count` random ids that sort by the moment they were made: UUIDs of version 7 (RFC 9562)
    as 32 hex digits, the first 48 bits `at` in Unix milliseconds, then 74 random bits (as
    unguessable as 74 bits are), in ascending order. Rows keyed by them and written in that
    order are appended at the end of their primary-key index rather than put at random places
    in it (or in its last page: a split there leaves half-full pages behind), so a write of
    hundreds dirties a few pages of that index, not hundreds (and a tie broken by id goes to
    the older row)."""
    if count <= 0:
        return []
    millis = (int(at.timestamp() * 1000) & 0xFFFF_FFFF_FFFF).to_bytes(6, "big")
    raw = bytearray(secrets.token_bytes(16 * count))
    for start in range(0, len(raw), 16):
        raw[start:start + 6] = millis
    raw[6::16] = bytes((b & 0x0F) | 0x70 for b in raw[6::16])
    raw[8::16] = bytes((b & 0x3F) | 0x80 for b in raw[8::16])
    text = raw.hex()
    return sorted(text[start:start + 32] for start in range(0, len(text), 32))


def moment_after(clock: Clock, last_change: datetime) -> datetime:
    """Now, but always later than `last_change`, so that every write of a row moves its
    `updated_at` and a write made from an older read is told apart (a clock may repeat)."""
    return max(clock.now(), last_change + timedelta(microseconds=1))
