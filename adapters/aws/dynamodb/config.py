"""Where the table lives and how patiently the client talks to it."""
from __future__ import annotations

from typing import Any

from botocore.config import Config
from pydantic import BaseModel, Field


class DynamoConfig(BaseModel):
    table_name: str = "talentgraph"
    region: str = "us-east-1"
    # Set for DynamoDB Local or a moto server; None means the regional AWS endpoint.
    endpoint_url: str | None = None
    connect_timeout_seconds: float = Field(default=3.0, gt=0)
    read_timeout_seconds: float = Field(default=10.0, gt=0)
    # botocore's adaptive mode also rate-limits the client itself after throttling.
    max_attempts: int = Field(default=5, ge=1)

    def client_kwargs(self) -> dict[str, Any]:
        """Arguments for `aioboto3.Session().client("dynamodb", **kwargs)`."""
        kwargs: dict[str, Any] = {
            "region_name": self.region,
            "config": Config(
                connect_timeout=self.connect_timeout_seconds,
                read_timeout=self.read_timeout_seconds,
                retries={"mode": "adaptive", "max_attempts": self.max_attempts},
            ),
        }
        if self.endpoint_url:
            kwargs["endpoint_url"] = self.endpoint_url
        return kwargs
