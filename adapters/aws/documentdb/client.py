"""The motor client for DocumentDB or MongoDB, with TLS and the CA bundle configurable."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from motor.motor_asyncio import AsyncIOMotorClient


@dataclass(frozen=True)
class MongoConnection:
    url: str
    database: str = "talentgraph"
    tls: bool = False
    # DocumentDB presents certificates signed by the RDS CA: its bundle is global-bundle.pem.
    tls_ca_file: Path | None = None
    server_selection_timeout_ms: int = 10_000


def open_client(connection: MongoConnection) -> AsyncIOMotorClient:
    """Connects lazily: nothing is sent until the first operation."""
    options: dict[str, Any] = {
        "tz_aware": True,
        "appname": "talentgraph",
        "serverSelectionTimeoutMS": connection.server_selection_timeout_ms,
        # DocumentDB does not support retryable writes; inserts here are single documents.
        "retryWrites": False,
    }
    if connection.tls:
        options["tls"] = True
        if connection.tls_ca_file is not None:
            if not connection.tls_ca_file.is_file():
                raise FileNotFoundError(
                    f"the DocumentDB CA bundle {connection.tls_ca_file} does not exist; download"
                    " https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem"
                )
            options["tlsCAFile"] = str(connection.tls_ca_file)
    return AsyncIOMotorClient(connection.url, **options)
