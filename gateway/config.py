"""Typed configuration from the environment (prefix TALENTGRAPH_) and the CLI flags."""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TALENTGRAPH_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = 8000
    data_dir: Path = Path("var")
    backend: Literal["embedded", "aws"] = "embedded"
    log_level: str = "INFO"

    # Auth. The signing secret is generated once and kept in the data dir unless given here.
    jwt_secret: str | None = None
    jwt_issuer: str = "talentgraph"
    jwt_audience: str = "talentgraph-api"
    access_token_minutes: int = 15
    refresh_token_days: int = 30
    require_verified_email: bool = True

    # Resume pipeline
    max_upload_bytes: int = 10 * 1024 * 1024
    max_resumes_per_candidate: int = 20
    pdf_page_cap: int = 50
    queue_workers: int = 2
    queue_lease_seconds: float = 120.0
    queue_max_attempts: int = 3
    # First retry delay; each later retry doubles it (with jitter).
    queue_backoff_seconds: float = 1.0
    embed_at_start: bool = False

    # Matching
    match_top_k: int = 200
    ann_threshold: int = 20_000

    # Gateway limits
    max_query_depth: int = 12
    max_aliases: int = 30
    max_tokens: int = 5_000
    max_cost: int = 50_000
    max_body_bytes: int = 12 * 1024 * 1024
    max_batch_operations: int = 10
    rate_limits: str = "on"
    cors_origins: list[str] = Field(default_factory=lambda: ["http://localhost:3000"])
    smtp_url: str | None = None

    @property
    def database_path(self) -> Path:
        return self.data_dir / "talentgraph.sqlite3"

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"
