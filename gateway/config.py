"""Typed configuration from the environment (prefix TALENTGRAPH_) and the CLI flags."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from gateway.config_aws import AwsSettings


def default_model_cache() -> Path:
    """The user's cache directory's, as the XDG base directories name it."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "talentgraph" / "models"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TALENTGRAPH_", extra="ignore", env_nested_delimiter="__")

    host: str = "127.0.0.1"
    port: int = 8000
    data_dir: Path = Path("var")
    backend: Literal["embedded", "aws"] = "embedded"
    # What this process does (gateway/roles): "api" answers GraphQL only, "worker" runs the
    # durable queue's work (and loads the model), "all" both in one process.
    role: Literal["all", "api", "worker"] = "all"
    # On SIGTERM: how long requests in flight (API) and items in hand (worker) may take to
    # finish before they are cut off (an item's lease is then handed back).
    graceful_shutdown_seconds: float = Field(default=20.0, ge=0, le=600)
    # The worker role (`talentgraph worker`, alone or started by `run`) lowers its CPU priority
    # by this much (every thread, and its extraction processes): where it shares cores with API
    # processes, the requests are served first and the résumés take what is left. 0: not lowered.
    worker_niceness: int = Field(default=10, ge=0, le=19)
    log_level: str = "INFO"
    # A served API process runs the cyclic collector's young pass after this many more
    # container objects were made than freed (Python's default: 700). A request makes ~400
    # and a dozen are in flight at once, so at 700 the pass ran every few requests and mostly
    # walked (and promoted) objects still in use. 0: Python's default.
    gc_young_threshold: int = Field(default=7000, ge=0)
    # "production" keeps what only a developer should see off the public port: /metrics is off
    # there unless given its own listener or a token, and "public" is refused at start.
    environment: Literal["development", "production"] = "development"

    # /metrics: "public" (on the API port, to anyone), "token" (API port, with
    # `Authorization: Bearer <metrics_token>`), "bind" (a listener of its own at
    # metrics_host:metrics_port, e.g. reached only by the scraper's network) or "off".
    # Unset: "public" in development, "off" in production.
    metrics: Literal["public", "token", "bind", "off"] | None = None
    metrics_host: str = "127.0.0.1"
    metrics_port: int = 9464
    metrics_token: str | None = None

    # Auth. The signing secret is generated once and kept in the data dir unless given here.
    jwt_secret: str | None = None
    jwt_issuer: str = "talentgraph"
    jwt_audience: str = "talentgraph-api"
    access_token_minutes: int = 15
    refresh_token_days: int = 30
    # A rotated refresh token used again within this many seconds (two tabs refreshing at
    # once) gets the same new pair; later, reuse ends the session as a stolen copy would.
    refresh_reuse_grace_seconds: float = Field(default=10.0, ge=0, le=300)
    require_verified_email: bool = True
    # argon2id's cost per password hash (passes, and memory in KiB); unset: argon2-cffi's
    # defaults, which follow RFC 9106. Lower only where hashing cost is beside the point (tests);
    # production refuses anything below OWASP's floor (2 passes, 19 MiB).
    password_hash_time_cost: int | None = Field(default=None, ge=1)
    password_hash_memory_kib: int | None = Field(default=None, ge=64)

    # Resume pipeline
    max_upload_bytes: int = 10 * 1024 * 1024
    max_resumes_per_candidate: int = 20
    pdf_page_cap: int = 50
    # Drawing instructions (inflated content streams) one PDF page, and a whole PDF, may hold,
    # and how long one page's text may take to read: past them the file is refused.
    pdf_page_content_bytes: int = 4_000_000
    pdf_content_bytes: int = 24_000_000
    pdf_page_seconds: float = 5.0
    queue_workers: int = 2
    # Items about one person's resumes a worker may hold at once; the rest of their uploads wait
    # (taking turns with everyone else's). Unset: one worker fewer than there are, at least 1,
    # so a worker is always left for someone else's upload.
    queue_leases_per_owner: int | None = None
    queue_lease_seconds: float = 120.0
    queue_max_attempts: int = 3
    # First retry delay; each later retry doubles it (with jitter).
    queue_backoff_seconds: float = 1.0
    # The worker role's sweep of trash copies a crashed deletion left (domain/services/trash_sweep.py):
    # how often, and the age past which a copy is finished even while its work is still queued
    # (the only test where the queue cannot say what is pending: SQS). Well past any retry.
    trash_sweep_seconds: float = Field(default=3600.0, gt=0)
    trash_max_age_hours: float = Field(default=24.0, gt=0)
    # How often the worker closes jobs whose closing time has come (gateway/roles/job_closing_sweep.py).
    # Applying is refused from that time on regardless, and search leaves such jobs out; match
    # lists show them until this sweep closes them, so this is their staleness bound.
    job_closing_sweep_seconds: float = Field(default=60.0, gt=0)
    # Load the embedding model (and, outside an API process, start the extraction processes and
    # read the skill relations and town table) when the process starts instead of on the first
    # résumé. Unset: yes in a worker role process (`talentgraph worker`, and the one `run`
    # starts), whose start-up then runs once at its low priority rather than inside the first
    # résumés; no in an API process or `run --in-one-process`, whose readiness would wait for it.
    embed_at_start: bool | None = None
    # The local embedding model's number format: "auto" is "onnx-int8" (ONNX Runtime with int8
    # weights, built once into `model_cache_dir`; adapters/embedded/onnx_embedder.py) where ONNX
    # Runtime is installed, else PyTorch in bf16 on a CPU with bf16 matrix units and fp32
    # elsewhere. A change re-embeds every stored résumé and job once at the next start, on
    # either backend (adapters/embedded/sqlite/embedding_model.py,
    # adapters/aws/dynamodb/embedding_model.py).
    embedding_precision: Literal["auto", "fp32", "bf16", "onnx-int8"] = "auto"
    # Where files derived from the bundled model are kept (its int8 ONNX export, ~15 s of CPU to
    # build): one per machine, shared by every data directory, since the file's name carries a
    # fingerprint of the weights and the recipe. Unset: $XDG_CACHE_HOME/talentgraph/models, else
    # ~/.cache/talentgraph/models (`make model-cache` builds it ahead of the first embedding).
    model_cache: Path | None = None

    # Matching
    match_top_k: int = 200
    # How many matches are kept per candidate and per job (the best; weaker ones are pruned
    # as better arrive).
    match_keep: int = 100
    # The match floor: matches scoring below it are neither stored nor notified. The default
    # is measured on the dev sets (`make eval-match-calibration`): the highest floor in steps of
    # 0.05 that keeps 95 % of the relevant dev pairs and every professions job's best résumé,
    # while dropping about four in five of the other pairs (docs/match-storage.md, "What is stored").
    # A candidate who sets notify_min_score below it is not told of matches below it.
    match_min_score: float = 0.25
    # Workers that take only job matching, beside queue_workers, each with a batch of jobs in
    # hand (match_batch): two, so one's model pass overlaps the other's scoring.
    # Embedded backend only (SQS cannot lease by kind).
    match_workers: int = 2
    # Each of those workers takes up to this many ready jobs at once: one model pass for their
    # texts, and what their matching reads in common read once (domain/services/matching_job_batch.py).
    match_batch: int = 32
    # Overrides of domain.matching.weights.MatchWeights, e.g. {"skills": 0.4} (JSON in the env).
    match_weights: dict[str, float] | None = None
    # The skill -> open-job-count table (IDF weights of job skills) is read again at most this
    # often, and only after jobs changed.
    match_skill_frequencies_seconds: float = 300.0
    # Claims of a match announcement that keeps failing before it is kept aside as dead
    # (logged with its id, counted in talentgraph_match_announcements_dead); retries back off
    # from 1 s to 5 min, so the default 20 is about an hour of failures.
    match_announcement_attempts: int = Field(default=20, ge=1)
    ann_threshold: int = 20_000

    # Bias audit (docs/admin.md): a candidate counts as selected when one of their matches is
    # among the first `audit_top_n` of its job's matches; groups smaller than
    # max(audit_min_group_size, audit_min_group_share x sample) get counts, not ratios.
    audit_top_n: int = 10
    audit_min_group_size: int = 30
    audit_min_group_share: float = 0.02

    # Gateway limits
    max_query_depth: int = 12
    max_aliases: int = 30
    max_tokens: int = 5_000
    max_cost: int = 50_000
    max_body_bytes: int = 12 * 1024 * 1024
    # A GraphQL answer larger than this is refused (400, BAD_USER_INPUT) rather than sent.
    max_response_bytes: int = 4 * 1024 * 1024
    max_batch_operations: int = 10
    rate_limits: str = "on"
    cors_origins: list[str] = Field(default_factory=lambda: ["http://localhost:3000"])
    # Gateway for real clients. Buckets are "<requests>/<seconds>": the burst is the
    # request count and it refills evenly over the period.
    rate_limit_default: str = "600/60"
    # The API processes serving one deployment (`serve --workers N` and `run` set it for theirs;
    # on AWS, set it to the processes of all replicas). With more than one, each client's
    # request bucket is one budget for all of them, taken in leases of at most
    # max(1, capacity / (4 x api_processes)) tokens (gateway/http/token_leases.py).
    api_processes: int = Field(default=1, ge=1)
    # How long a process spends a lease before it renews it (giving back what is left): longer
    # means fewer writes for clients that send a request now and then, and that tokens one
    # process holds for a client busy on another come back later.
    rate_limit_lease_seconds: float = Field(default=10.0, gt=0)
    # "deployment": one request bucket per client for all API processes (leases); "process":
    # each API process its own (a client gets api_processes times the bucket). Embedded only.
    rate_limit_request_scope: Literal["deployment", "process"] = "deployment"
    # Against guessing and mail or text floods: each field below, each time it runs, takes from
    # a bucket of this size per client address and field.
    rate_limit_sensitive: str = "10/60"
    rate_limit_sensitive_fields: list[str] = Field(default_factory=lambda: [
        "login", "register", "requestPasswordReset", "resetPassword", "changePassword", "verifyPhone",
        "requestPhoneVerification", "inviteRecruiter", "acceptInvitation",
        # They (and changePassword) check the current password: an access token alone must not
        # allow guessing it. Each guess also takes from one bucket of the signed-in account, so
        # many client addresses do not multiply the guesses.
        "requestEmailChange", "deleteAccount",
        # Not guessable, but the costliest read a person can ask for (every list of theirs).
        "exportMyData",
    ])
    # Peers (IPs or CIDRs) whose X-Forwarded-For names the client (the rate-limit key); from
    # any other peer the header is ignored. None by default: a client could otherwise claim any
    # address. E.g. "10.0.0.0/8,127.0.0.1" (or a JSON list).
    trusted_proxies: Annotated[list[str], NoDecode] = Field(default_factory=list)
    max_subscriptions_per_connection: int = 20
    # A websocket that sends no connection_init within this time is closed with 4408.
    ws_connection_init_seconds: float = 10.0
    apq_cache_entries: int = 10_000  # persisted queries kept (LRU beyond this)
    apq_max_query_bytes: int = 100_000
    # Apollo persisted-query manifest of the operations partners (API keys) may run.
    trusted_documents_manifest: Path | None = None
    # "console" or an OTLP/HTTP endpoint URL turns tracing on; unset, no spans are made.
    tracing_exporter: str | None = None
    tracing_service_name: str = "talentgraph-gateway"
    graphiql_enabled: bool = True
    smtp_url: str | None = None

    # Account lifecycle and notifications. Links in mails point at the web app.
    public_base_url: str = "http://localhost:3000"
    # Where this gateway is reached from outside, for download links (default: host and port).
    gateway_base_url: str | None = None
    download_link_seconds: int = 900
    mail_from: str = "TalentGraph <no-reply@talentgraph.local>"
    email_verification_hours: int = 48
    password_reset_minutes: int = 30
    # How long an invitation to join an organization stays usable.
    invitation_hours: int = 7 * 24
    # The outbox dispatcher: attempts per delivery, first retry delay (doubling after), idle poll.
    outbox_max_attempts: int = 6
    outbox_backoff_seconds: float = 30.0
    outbox_poll_seconds: float = 2.0
    # The in-app inbox keeps this many notifications per person; each new one past it drops the oldest.
    inbox_limit: int = Field(default=500, ge=1, le=10_000)
    # At most this many mails of a kind ("account", "application", "match") go to one address an
    # hour, whoever asks for them (an address change asked for again and again towards it,
    # verification resends, invitations): past it they are dropped silently, counted
    # (talentgraph_mails_over_recipient_cap) and logged. Kinds not named take the default.
    mail_cap_per_recipient_hour: dict[str, int] = Field(default_factory=lambda: {"account": 10})
    mail_cap_per_recipient_hour_default: int = Field(default=100, ge=1)
    # The same per phone number for SMS and per device for push (dropped ones counted in
    # talentgraph_notifications_over_recipient_cap): what reaches them follows other people's
    # actions too, a text costs money and a buzz interrupts, so the defaults are far below
    # mail's. Account SMS (phone codes) have a bucket per message as account mail has.
    sms_cap_per_recipient_hour: dict[str, int] = Field(default_factory=lambda: {"account": 5})
    sms_cap_per_recipient_hour_default: int = Field(default=10, ge=1)
    push_cap_per_recipient_hour: dict[str, int] = Field(default_factory=dict)
    push_cap_per_recipient_hour_default: int = Field(default=30, ge=1)
    # Account messages (one-time links and codes) lose their bodies in the outbox table once
    # sent or given up on. True keeps them; unset keeps them only in development with no mail
    # provider (messages go to the log), where the outbox is the only place to read a
    # verification link. True is refused in production.
    outbox_keep_delivered_bodies: bool | None = None

    # Analytics and audit store: "sqlite" (the embedded database) or "mongodb"
    # (MongoDB or Amazon DocumentDB through motor). Unset: sqlite when embedded, mongodb in AWS mode.
    analytics_store: Literal["sqlite", "mongodb"] | None = None
    analytics_mongodb_url: str | None = None  # e.g. mongodb://user:pass@docdb-host:27017/?replicaSet=rs0
    analytics_mongodb_database: str = "talentgraph"
    # TLS to the store; unset means on in AWS mode (DocumentDB requires it) and off otherwise.
    analytics_mongodb_tls: bool | None = None
    # CA bundle DocumentDB's certificates chain to (global-bundle.pem from AWS).
    analytics_mongodb_tls_ca_file: Path | None = None

    # The AWS backend (--backend aws): TALENTGRAPH_AWS__REGION, TALENTGRAPH_AWS__BUCKET, ...
    aws: AwsSettings = Field(default_factory=AwsSettings)

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                return json.loads(text)
            return [part.strip() for part in text.split(",") if part.strip()]
        return value

    @field_validator("mail_cap_per_recipient_hour", "sms_cap_per_recipient_hour", "push_cap_per_recipient_hour")
    @classmethod
    def _positive_caps(cls, value: dict[str, int]) -> dict[str, int]:
        low = sorted(kind for kind, n in value.items() if n < 1)
        if low:
            raise ValueError(f"a recipient cap is at least 1 an hour; {', '.join(low)} has less")
        return value

    @property
    def outbox_keeps_delivered_bodies(self) -> bool:
        if self.outbox_keep_delivered_bodies is not None:
            return self.outbox_keep_delivered_bodies
        return self.environment == "development" and not self.smtp_url

    @property
    def warms_at_start(self) -> bool:
        """`embed_at_start` as given, or the role's default."""
        return self.embed_at_start if self.embed_at_start is not None else self.role == "worker"

    @property
    def leases_per_owner(self) -> int:
        return self.queue_leases_per_owner or max(1, self.queue_workers - 1)

    @property
    def database_path(self) -> Path:
        return self.data_dir / "talentgraph.sqlite3"

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    @property
    def model_cache_dir(self) -> Path:
        """Files derived from the bundled model (its ONNX export), rebuilt when missing."""
        return self.model_cache if self.model_cache is not None else default_model_cache()
