"""The set of adapters one backend supplies, one per port."""
from __future__ import annotations

import inspect
from dataclasses import dataclass, field, fields
from typing import Any

from domain.ports.accounts import OrganizationRepository, SessionRepository, UserRepository
from domain.ports.blobs import BlobStore
from domain.ports.events import EventBus
from domain.ports.jobs import JobRepository
from domain.ports.queue import WorkQueue
from domain.ports.resumes import ApplicationRepository, MatchRepository, ResumeRepository


@dataclass
class Repositories:
    users: UserRepository
    organizations: OrganizationRepository
    sessions: SessionRepository
    jobs: JobRepository
    resumes: ResumeRepository
    matches: MatchRepository
    applications: ApplicationRepository


@dataclass
class Adapters:
    repositories: Repositories
    blobs: BlobStore
    events: EventBus
    queue: WorkQueue
    # Document and model ports (text extraction, parsing, skills, embeddings, vectors,
    # notifier, ...) keyed by port name; filled by the backend as they exist.
    extra: dict[str, Any] = field(default_factory=dict)


def counted(adapters: Adapters) -> Adapters:
    """The same adapters, each wrapped so the calls a request makes are counted."""
    from gateway.backend_calls import CountingPort

    repos = adapters.repositories
    wrapped = Repositories(**{f.name: CountingPort(f.name, getattr(repos, f.name)) for f in fields(repos)})
    return Adapters(
        repositories=wrapped,
        blobs=CountingPort("blobs", adapters.blobs),
        events=adapters.events,
        queue=CountingPort("queue", adapters.queue),
        extra={name: _count(name, port) for name, port in adapters.extra.items()},
    )



def _count(name: str, port: Any) -> Any:
    from gateway.backend_calls import CountingPort

    # Plain functions (the content sniffer) are pure computation, not backend calls.
    return port if inspect.isfunction(port) else CountingPort(name, port)
