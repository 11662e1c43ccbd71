"""Prometheus metrics at /metrics and the one JSON log line per operation.

Each app has its own registry (tests build many apps in one process). Operation names come
from clients, so the label is bounded: past a number of distinct names they count as "other"."""
from __future__ import annotations

import inspect
import logging
import time
import weakref
from collections.abc import Callable, Iterator
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from starlette.requests import Request
from starlette.responses import Response
from strawberry.extensions import SchemaExtension
from strawberry.types import ExecutionContext

log = logging.getLogger("talentgraph.requests")

_MAX_OPERATION_LABELS = 200
_BATCH_BUCKETS = (1, 2, 5, 10, 20, 50, 100, 200, 500)


class GatewayMetrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.operations = Counter(
            "talentgraph_graphql_operations", "GraphQL operations by name and outcome",
            ["operation", "outcome"], registry=self.registry,
        )
        self.latency = Histogram(
            "talentgraph_graphql_operation_seconds", "GraphQL operation latency by name",
            ["operation"], registry=self.registry,
        )
        self.errors = Counter(
            "talentgraph_graphql_errors", "GraphQL errors by extensions.code", ["code"], registry=self.registry
        )
        self.batch_sizes = Histogram(
            "talentgraph_dataloader_batch_size", "Keys per dataloader batch", ["loader"],
            buckets=_BATCH_BUCKETS, registry=self.registry,
        )
        self.queue = Gauge("talentgraph_queue_items", "Work queue items by state (dead = dead letters)",
                           ["state"], registry=self.registry)
        self.dead_announcements = Gauge(
            "talentgraph_match_announcements_dead", "Match announcements kept aside after failing every attempt",
            registry=self.registry)
        self.mails_over_cap = Gauge(
            "talentgraph_mails_over_recipient_cap",
            "Mails this process dropped since it started, their address having had its hourly cap of the kind",
            ["kind"], registry=self.registry)
        self.notifications_over_cap = Gauge(
            "talentgraph_notifications_over_recipient_cap",
            "Messages this process dropped since it started, by channel and kind, their recipient (an address,"
            " a phone number, a device) having had its hourly cap", ["channel", "kind"], registry=self.registry)
        self.refusals = Counter(
            "talentgraph_http_refusals", "Requests the gateway refused before executing, by code",
            ["code"], registry=self.registry,
        )
        self._names: set[str] = set()
        self._batch_observers: dict[str, Callable[[float], None]] = {}
        self._operation_children: dict[tuple[str, str], tuple[Any, Any]] = {}

    def operation_label(self, name: str | None) -> str:
        if not name:
            return "anonymous"
        if name in self._names:
            return name
        if len(self._names) < _MAX_OPERATION_LABELS:
            self._names.add(name)
            return name
        return "other"

    def instrument_loader(self, name: str, loader: Any) -> None:
        """Counts every batch this dataloader sends (Loaders calls it as it builds each one)."""
        batch = getattr(loader, "batch_load_fn", None)
        if batch is not None:
            observe = self._batch_observers.get(name)
            if observe is None:
                observe = self._batch_observers[name] = self.batch_sizes.labels(name).observe
            loader.batch_load_fn = _observed(batch, observe)

    def extension(self) -> Callable[[], SchemaExtension]:
        metrics = self

        class Observability(SchemaExtension):
            def on_operation(self) -> Iterator[None]:
                started = time.perf_counter()
                yield
                metrics.record(self.execution_context, time.perf_counter() - started)

        return Observability

    def record(self, execution_context: ExecutionContext, seconds: float) -> None:
        operation = self.operation_label(execution_context.operation_name)
        result = execution_context.result
        errors = (getattr(result, "errors", None) or execution_context.pre_execution_errors) or []
        codes = [(error.extensions or {}).get("code", "INTERNAL_SERVER_ERROR") for error in errors]
        key = (operation, "error" if codes else "ok")
        children = self._operation_children.get(key)
        if children is None:  # prometheus_client's labels() costs more than the counting itself
            children = self._operation_children[key] = (self.operations.labels(*key), self.latency.labels(operation))
        children[0].inc()
        children[1].observe(seconds)
        for code in codes:
            self.errors.labels(code).inc()
        request_id = getattr(execution_context.context, "request_id", None)
        if log.isEnabledFor(logging.INFO):
            log.info(
                "%s %s in %.1f ms%s", operation, "failed" if codes else "ok", seconds * 1000,
                f" ({', '.join(sorted(set(codes)))})" if codes else "",
                extra={"request_id": request_id, "operation": operation, "event": "graphql.operation"},
            )

    async def endpoint(self, request: Request) -> Response:
        services = getattr(request.app.state, "services", None)
        if services is not None:
            depth = await services.queue.depth()
            for state in ("ready", "leased", "dead"):
                self.queue.labels(state).set(depth.get(state, 0))
            if services.matching is not None:
                self.dead_announcements.set(await services.matching.store.dead_announcements())
            caps = getattr(services.notifier, "caps", None)
            for kind, dropped in (getattr(caps, "dropped", None) or {}).items():
                self.mails_over_cap.labels(kind).set(dropped)
            for (channel, kind), dropped in (getattr(caps, "dropped_by_channel", None) or {}).items():
                self.notifications_over_cap.labels(channel, kind).set(dropped)
        return Response(generate_latest(self.registry), media_type=CONTENT_TYPE_LATEST)


def _observed(batch: Callable[..., Any], observe: Callable[[float], None]) -> Callable[..., Any]:
    # The loader keeps this wrapper; the wrapper reaches the loader's method only weakly, so the
    # two form no reference cycle and a request's loaders are freed as soon as it ends.
    if not inspect.ismethod(batch):  # a plain function given to DataLoader(): no cycle to avoid
        async def observed_function(keys: Any) -> Any:
            observe(len(keys))
            return await batch(keys)

        return observed_function
    method = weakref.WeakMethod(batch)

    async def observed_batch(keys: Any) -> Any:
        observe(len(keys))
        bound = method()
        if bound is None:  # the loader was freed: nothing is left to wait for this batch
            raise RuntimeError("the loader of this batch is gone")
        return await bound(keys)

    return observed_batch
