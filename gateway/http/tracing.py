"""OpenTelemetry tracing, on only when an exporter is configured: "console" prints spans,
an http(s) URL sends them over OTLP/HTTP, "memory" keeps them in process (tests, debugging)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from strawberry.extensions import SchemaExtension
from strawberry.extensions.tracing import OpenTelemetryExtension

from gateway.config import Settings

if TYPE_CHECKING:
    from opentelemetry.sdk.trace.export import SpanExporter


def configure_tracing(settings: Settings) -> tuple[list[type[SchemaExtension]], SpanExporter | None]:
    """The schema extensions to add and the exporter (None when tracing is off)."""
    if not settings.tracing_exporter:
        return [], None
    from opentelemetry import trace
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import (
        BatchSpanProcessor,
        ConsoleSpanExporter,
        SimpleSpanProcessor,
    )
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    target = settings.tracing_exporter
    exporter: SpanExporter
    processor: type[BatchSpanProcessor] | type[SimpleSpanProcessor]
    if target == "console":
        exporter, processor = ConsoleSpanExporter(), BatchSpanProcessor
    elif target == "memory":
        exporter, processor = InMemorySpanExporter(), SimpleSpanProcessor
    elif target.startswith(("http://", "https://")):
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        exporter, processor = OTLPSpanExporter(endpoint=target), BatchSpanProcessor
    else:
        raise ValueError(f"TALENTGRAPH_TRACING_EXPORTER must be console, memory or an OTLP URL, not {target!r}")
    provider = trace.get_tracer_provider()
    if not isinstance(provider, TracerProvider):
        # The global provider can be set once per process; later apps add their exporter to it.
        provider = TracerProvider(resource=Resource.create({"service.name": settings.tracing_service_name}))
        trace.set_tracer_provider(provider)
    provider.add_span_processor(processor(exporter))
    return [OpenTelemetryExtension], exporter
