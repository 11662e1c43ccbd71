"""Domain event classes by name, to rebuild events that crossed the wire."""
from __future__ import annotations

from domain.events import DomainEvent


def event_types() -> dict[str, type[DomainEvent]]:
    found: dict[str, type[DomainEvent]] = {}
    pending = list(DomainEvent.__subclasses__())
    while pending:
        cls = pending.pop()
        found[cls.name] = cls
        pending.extend(cls.__subclasses__())
    return found


def rebuild(name: str, detail: dict) -> DomainEvent | None:
    cls = event_types().get(name)
    return cls.model_validate(detail) if cls is not None else None
