"""Strawberry's schema-extension phases (operation, parsing, validation, execution), with each
hook's context-manager factory made once per extension class instead of on every request, and
generator hooks (all but one here) driven directly instead of through contextlib's manager.

Strawberry's runner inspects every extension instance's hook and decorates it with
`contextlib.contextmanager` for each phase of each request (seven hooks here: a tenth of the
gateway's own time per request went to building decorators). The hooks then run as Strawberry
runs them: entered in the schema's order and exited in reverse with `ExitStack`'s rules for
exceptions and suppression. Stream results keep Strawberry's own path."""
from __future__ import annotations

import contextlib
import inspect
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from functools import cache
from typing import Any

from strawberry.extensions import SchemaExtension
from strawberry.extensions.runner import SchemaExtensionsRunner

from domain.coroutines import run_without_waiting

Factory = Callable[[SchemaExtension], Any]
# How a phase drives a hook: a generator hook's generator directly (the common kind: entering
# and exiting a contextlib manager cost five times the hook's own work), any other through the
# (async) context manager made for it.
GENERATOR, CONTEXT_MANAGER, ASYNC_CONTEXT_MANAGER = "generator", "context manager", "async context manager"
_WAITED = "a synchronous extension phase tried to wait"


@cache
def hook_factory(extension_type: type, hook_name: str) -> tuple[Factory, str] | None:
    """(a function making the hook's generator or context manager for an instance, how it is
    driven), or None when the class keeps SchemaExtension's default (no hook). As Strawberry's
    ExtensionContextManagerBase.get_hook decides, once per class."""
    hook = getattr(extension_type, hook_name)
    if hook is getattr(SchemaExtension, hook_name):
        return None
    if inspect.isgeneratorfunction(hook):
        return hook, GENERATOR
    if inspect.isasyncgenfunction(hook):
        return contextlib.asynccontextmanager(hook), ASYNC_CONTEXT_MANAGER
    if not callable(hook):
        raise ValueError(f"Hook {hook_name} on {extension_type.__name__} must be callable, received {hook!r}")
    if inspect.iscoroutinefunction(hook):
        @contextlib.asynccontextmanager
        async def awaited(extension: SchemaExtension) -> AsyncIterator[None]:
            await hook(extension)
            yield

        return awaited, ASYNC_CONTEXT_MANAGER

    @contextlib.contextmanager
    def called(extension: SchemaExtension) -> Iterator[None]:
        hook(extension)
        yield

    return called, CONTEXT_MANAGER


def _enter_generator(generator: Generator[Any, None, None]) -> None:
    """As contextlib's _GeneratorContextManager.__enter__."""
    try:
        next(generator)
    except StopIteration:
        raise RuntimeError("generator didn't yield") from None


def _exit_generator(generator: Generator[Any, None, None], exc_type: Any, exc: Any, tb: Any) -> bool:
    """As contextlib's _GeneratorContextManager.__exit__ (Python 3.11): True when the hook
    suppressed the exception; raises what the hook raised instead of it."""
    if exc_type is None:
        try:
            next(generator)
        except StopIteration:
            return False
        raise RuntimeError("generator didn't stop")
    if exc is None:
        exc = exc_type()
    if tb is not None and exc.__traceback__ is not tb:
        exc = exc.with_traceback(tb)  # what contextlib's throw(type, value, traceback) does
    try:
        generator.throw(exc)
    except StopIteration as stopped:
        return stopped is not exc
    except RuntimeError as raised:
        if raised is exc:
            raised.__traceback__ = tb
            return False
        if isinstance(exc, StopIteration) and raised.__cause__ is exc:
            exc.__traceback__ = tb
            return False
        raise
    except BaseException as raised:
        if raised is not exc:
            raise
        raised.__traceback__ = tb
        return False
    raise RuntimeError("generator didn't stop after throw()")


class Phase:
    """One phase's hooks over this request's extension instances, as a (sync or async)
    context manager. Entered hooks are exited in reverse order the way `ExitStack` exits them
    (an exception goes to each in turn, one that suppresses it clears it for the rest, one
    raised by an exit replaces it), without an ExitStack's own bookkeeping per request; a hook
    failing on entry first unwinds those already entered."""

    __slots__ = ("_hooks", "_hook_name", "_entered")

    def __init__(self, extensions: list[SchemaExtension], hook_name: str) -> None:
        self._hook_name = hook_name
        self._hooks = [
            (found[0], found[1], extension)
            for extension in extensions
            if (found := hook_factory(_class_of(extension), hook_name)) is not None
        ]

    async def __aenter__(self) -> None:
        entered: list[tuple[Any, str]] = []
        self._entered = entered
        try:
            for factory, kind, extension in self._hooks:
                manager = factory(extension)
                if kind is GENERATOR:
                    _enter_generator(manager)
                elif kind is ASYNC_CONTEXT_MANAGER:
                    await manager.__aenter__()
                else:
                    manager.__enter__()
                entered.append((manager, kind))
        except BaseException as error:
            await self._unwind(type(error), error, error.__traceback__)
            raise

    async def __aexit__(self, *exc_info: Any) -> bool:
        return await self._unwind(*exc_info)

    async def _unwind(self, exc_type: Any, exc: Any, tb: Any) -> bool:
        received = exc_type is not None
        suppressed = replaced = False
        entered, self._entered = self._entered, []
        for manager, kind in reversed(entered):
            try:
                if kind is GENERATOR:
                    done = _exit_generator(manager, exc_type, exc, tb)
                elif kind is ASYNC_CONTEXT_MANAGER:
                    done = await manager.__aexit__(exc_type, exc, tb)
                else:
                    done = manager.__exit__(exc_type, exc, tb)
            except BaseException as new:
                if exc is not None and new is not exc and new.__context__ is None:
                    new.__context__ = exc
                exc_type, exc, tb, replaced = type(new), new, new.__traceback__, True
            else:
                if done and exc_type is not None:
                    suppressed, replaced = True, False
                    exc_type = exc = tb = None
        if replaced:
            raise exc
        return received and suppressed

    # Strawberry's synchronous execution path: the same steps, with every hook synchronous,
    # so the coroutines above complete without ever suspending.
    def __enter__(self) -> None:
        for _, kind, extension in self._hooks:
            if kind is ASYNC_CONTEXT_MANAGER:
                raise RuntimeError(
                    f"SchemaExtension hook {extension}.{self._hook_name} failed to complete synchronously."
                )
        run_without_waiting(self.__aenter__(), _WAITED)

    def __exit__(self, *exc_info: Any) -> bool:
        return run_without_waiting(self._unwind(*exc_info), _WAITED)


class PlannedExtensionsRunner(SchemaExtensionsRunner):
    # Each phase returns a Phase where Strawberry's names its own context-manager class (the
    # [override] below): Strawberry only enters and exits what these return.
    def operation(self) -> Phase:  # type: ignore[override]
        return Phase(self.extensions, "on_operation")

    def validation(self) -> Phase:  # type: ignore[override]
        return Phase(self.extensions, "on_validate")

    def parsing(self) -> Phase:  # type: ignore[override]
        return Phase(self.extensions, "on_parse")

    def executing(self) -> Phase:  # type: ignore[override]
        return Phase(self.extensions, "on_execute")

    async def get_extensions_results(self, ctx: Any) -> dict[str, Any]:
        # As Strawberry's, asking only the extensions whose class has results to give.
        data: dict[str, Any] = {}
        for extension in self.extensions:
            if gives_results(_class_of(extension)):
                results = extension.get_results()
                data.update(await results if inspect.isawaitable(results) else results)
        data.update(ctx.extensions_results)
        return data


@cache
def gives_results(extension_type: type) -> bool:
    return issubclass(extension_type, SchemaExtension) and (
        extension_type.get_results is not SchemaExtension.get_results
    )


def _class_of(extension: SchemaExtension) -> type:
    # Widened to `type` for the caches' keys: mypy does not see a `type[SchemaExtension]` as
    # Hashable (python/mypy#11470), though every class is.
    return type(extension)


__all__ = ["PlannedExtensionsRunner", "Phase", "hook_factory", "gives_results"]
