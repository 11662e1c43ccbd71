"""A moto server on a loopback port, started once per test session, standing in for AWS.

Import the fixtures into a conftest (`from tests.integration.aws_fixtures import *`).
Every test gets fresh names (bucket, queues, ...) so they never see each other's data."""
from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator

import pytest

# Credentials moto accepts; set before any client is built so nothing looks for real ones.
_FAKE_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def moto_endpoint() -> Iterator[str]:
    """The URL of a moto server (moto[server]) running in a thread of the test process."""
    from moto.server import ThreadedMotoServer

    for key, value in _FAKE_CREDENTIALS.items():
        os.environ.setdefault(key, value)
    from tests.integration.moto_serial_dynamodb import serialize_dynamodb

    serialize_dynamodb()  # moto's transactions are not isolated across its request threads
    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


@pytest.fixture
def aws_names() -> dict[str, str]:
    """Resource names unique to one test."""
    tag = uuid.uuid4().hex[:10]
    return {
        "table": f"tg-{tag}",
        "bucket": f"tg-{tag}",
        "queue": f"tg-work-{tag}",
        "dead_letter_queue": f"tg-dead-{tag}",
        "topic": f"tg-notify-{tag}",
        "event_bus": f"tg-bus-{tag}",
    }
