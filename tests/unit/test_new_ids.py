"""Ids made in bulk are made as one id alone is: random UUIDs of version 4 as 32 hex digits,
all different."""
import secrets
import uuid

from domain.clock import new_id, new_ids, v4_hex


def test_ids_made_together_are_version_4_uuids_like_one_made_alone_and_all_differ():
    ids = new_ids(1000)
    assert len(set(ids)) == 1000
    for made in [*ids, new_id()]:
        parsed = uuid.UUID(hex=made)
        assert parsed.hex == made and len(made) == 32
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122


def test_no_ids_asked_none_made():
    assert new_ids(0) == []


def test_the_bits_set_in_place_are_those_uuid_sets_for_version_4():
    raw = secrets.token_bytes(16 * 500) + bytes(16) + b"\xff" * 16
    assert v4_hex(raw) == [uuid.UUID(bytes=raw[at:at + 16], version=4).hex for at in range(0, len(raw), 16)]


def test_time_ordered_ids_are_version_7_uuids_that_sort_by_the_moment_they_were_made():
    from datetime import UTC, datetime, timedelta

    from domain.clock import time_ordered_ids

    at = datetime(2026, 12, 2, 23, 59, 1, 123456, tzinfo=UTC)
    earlier, later = time_ordered_ids(500, at), time_ordered_ids(500, at + timedelta(milliseconds=1))
    assert len(set(earlier + later)) == 1000
    for made in earlier + later:
        parsed = uuid.UUID(hex=made)
        assert parsed.hex == made and len(made) == 32
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
    assert {int(made[:12], 16) for made in earlier} == {int(at.timestamp() * 1000)}
    assert max(earlier) < min(later) and earlier == sorted(earlier)
    assert time_ordered_ids(0, at) == []
