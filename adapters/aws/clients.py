"""One aioboto3 session and the service clients opened from it, each once, kept open for
the life of the app and closed by the AsyncExitStack that opened them."""
from __future__ import annotations

from contextlib import AsyncExitStack
from dataclasses import dataclass
from typing import Any

import aioboto3
from botocore.config import Config


@dataclass(frozen=True)
class Connection:
    region: str = "us-east-1"
    endpoint_url: str | None = None
    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    max_attempts: int = 4


class AwsClients:
    def __init__(self, connection: Connection, stack: AsyncExitStack, session: aioboto3.Session | None = None) -> None:
        self.connection = connection
        self._stack = stack
        self._session = session or aioboto3.Session(region_name=connection.region)
        self._clients: dict[str, Any] = {}

    def config(self, service: str) -> Config:
        options: dict[str, Any] = {
            "connect_timeout": self.connection.connect_timeout,
            "read_timeout": self.connection.read_timeout,
            "retries": {"mode": "standard", "total_max_attempts": self.connection.max_attempts},
        }
        if service == "s3":
            # Path-style keeps presigned URLs valid for endpoints without wildcard DNS (moto).
            options["s3"] = {"addressing_style": "path" if self.connection.endpoint_url else "virtual"}
            options["signature_version"] = "s3v4"
        return Config(**options)

    async def get(self, service: str) -> Any:
        if service not in self._clients:
            client = self._session.client(
                service,
                region_name=self.connection.region,
                endpoint_url=self.connection.endpoint_url,
                config=self.config(service),
            )
            self._clients[service] = await self._stack.enter_async_context(client)
        return self._clients[service]


def error_code(error: Exception) -> str:
    """The AWS error code of a botocore ClientError ('' for anything else)."""
    response = getattr(error, "response", None) or {}
    return str(response.get("Error", {}).get("Code", ""))
