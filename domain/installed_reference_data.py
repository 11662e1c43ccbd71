"""The reference tables (domain.ports.reference_data) the place and currency rules read,
installed once per process by the composition root (gateway.bootstrap.open_services) and by the tests.

A holder rather than an argument: those rules are pure functions called from parsing, search,
matching, the stores' filters and input checks alike, and a table threaded through each of
them would change every signature for one process-wide fact. Asking before anything is
installed is a wiring mistake and says so, instead of reading files from inside the domain."""
from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from domain.ports.reference_data import ReferenceData


class ReferenceDataNotInstalled(RuntimeError):
    pass


class _Cache(Protocol):
    def cache_clear(self) -> None: ...


CacheT = TypeVar("CacheT", bound=_Cache)

_installed: ReferenceData | None = None
_derived_caches: list[Callable[[], None]] = []


def install_reference_data(source: ReferenceData) -> None:
    """Makes `source` the tables every later place or currency rule reads. Installing another
    source forgets what was derived from the one before."""
    global _installed
    if source is not _installed:
        _forget_derived()
    _installed = source


def uninstall_reference_data() -> None:
    """For tests of what a rule does before anything is installed."""
    global _installed
    _forget_derived()
    _installed = None


def _forget_derived() -> None:
    for clear in _derived_caches:
        clear()


def reference_data() -> ReferenceData:
    if _installed is None:
        raise ReferenceDataNotInstalled(
            "No reference data is installed: the place and currency rules need the country, region,"
            " town and currency tables. The composition root installs them (gateway.bootstrap.open_services"
            " calls domain.installed_reference_data.install_reference_data with"
            " adapters.reference_data.packaged.packaged_reference_data()); a script or test that uses these"
            " rules without it must install them first."
        )
    return _installed


def derived_from_reference_data(cached: CacheT) -> CacheT:
    """Marks a cached function (functools.lru_cache) whose results come from the installed
    tables, so that installing other tables clears it."""
    _derived_caches.append(cached.cache_clear)
    return cached
