"""Everything the HTTP edge needs for one app, built in the lifespan once the backend is open."""
from __future__ import annotations

from dataclasses import dataclass

from domain.services.api_keys import ApiKeyService
from gateway.config import Settings
from gateway.http.metrics import GatewayMetrics
from gateway.http.rate_limit import RateLimiter, rate_limits_enabled
from gateway.http.stores import PersistedQueryCache
from gateway.http.trusted_documents import TrustedDocuments


@dataclass
class Edge:
    settings: Settings
    metrics: GatewayMetrics
    rate_limiter: RateLimiter
    trusted_documents: TrustedDocuments
    persisted_queries: PersistedQueryCache | None = None
    api_keys: ApiKeyService | None = None


def build_edge(settings: Settings, metrics: GatewayMetrics) -> Edge:
    """The parts that need no backend; the lifespan attaches the stores once it has them."""
    manifest = settings.trusted_documents_manifest
    return Edge(
        settings=settings,
        metrics=metrics,
        rate_limiter=RateLimiter(
            settings.rate_limit_default, settings.rate_limit_sensitive, settings.rate_limit_sensitive_fields,
            enabled=rate_limits_enabled(settings.rate_limits),
            processes=settings.api_processes, lease_seconds=settings.rate_limit_lease_seconds,
        ),
        trusted_documents=TrustedDocuments.load(manifest) if manifest else TrustedDocuments.empty(),
    )
