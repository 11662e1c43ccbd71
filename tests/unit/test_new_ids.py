"""Ids made in bulk are made as one id alone is: random UUIDs of version 4 as 32 hex digits,
all different."""
import uuid

from domain.clock import new_id, new_ids


def test_ids_made_together_are_version_4_uuids_like_one_made_alone_and_all_differ():
    ids = new_ids(1000)
    assert len(set(ids)) == 1000
    for made in [*ids, new_id()]:
        parsed = uuid.UUID(hex=made)
        assert parsed.hex == made and len(made) == 32
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122


def test_no_ids_asked_none_made():
    assert new_ids(0) == []
