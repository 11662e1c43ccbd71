"""The moto fence: every method the race tests rely on being serialized exists and is wrapped."""
from __future__ import annotations

from tests.integration.moto_serial_dynamodb import SERIALIZED_METHODS, serialize_dynamodb


def test_every_serialized_method_exists_in_this_moto_and_is_wrapped():
    from moto.dynamodb.models import DynamoDBBackend

    serialize_dynamodb()
    serialize_dynamodb()  # idempotent: no lock around a lock
    for name in SERIALIZED_METHODS:
        method = getattr(DynamoDBBackend, name)
        assert getattr(method, "_talentgraph_serialized", False), name
        assert not getattr(method.__wrapped__, "_talentgraph_serialized", False), name

