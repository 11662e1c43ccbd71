"""Strawberry's schema-extension phases (operation, parsing, validation, execution), with each
hook's context-manager factory made once per extension class instead of on every request.

Strawberry's runner inspects every extension instance's hook and decorates it with
`contextlib.contextmanager` for each phase of each request (seven hooks here: a tenth of the
gateway's own time per request went to building decorators). The hooks then run exactly as
Strawberry runs them: entered in the schema's order, in one `ExitStack` per phase, so exits,
exceptions and suppression behave the same. Stream results keep Strawberry's own path."""
from __future__ import annotations

import contextlib
import inspect
from collections.abc import AsyncIterator, Callable, Iterator
from functools import cache
from typing import Any

from strawberry.extensions import SchemaExtension
from strawberry.extensions.runner import SchemaExtensionsRunner

Factory = Callable[[SchemaExtension], Any]


@cache
def hook_factory(extension_type: type, hook_name: str) -> tuple[Factory, bool] | None:
    """(a function making the hook's context manager for an instance, whether it is async), or
    None when the class keeps SchemaExtension's default (no hook). As Strawberry's
    ExtensionContextManagerBase.get_hook decides, once per class."""
    hook = getattr(extension_type, hook_name)
    if hook is getattr(SchemaExtension, hook_name):
        return None
    if inspect.isgeneratorfunction(hook):
        return contextlib.contextmanager(hook), False
    if inspect.isasyncgenfunction(hook):
        return contextlib.asynccontextmanager(hook), True
    if not callable(hook):
        raise ValueError(f"Hook {hook_name} on {extension_type.__name__} must be callable, received {hook!r}")
    if inspect.iscoroutinefunction(hook):
        @contextlib.asynccontextmanager
        async def awaited(extension: SchemaExtension) -> AsyncIterator[None]:
            await hook(extension)
            yield

        return awaited, True

    @contextlib.contextmanager
    def called(extension: SchemaExtension) -> Iterator[None]:
        hook(extension)
        yield

    return called, False


class Phase:
    """One phase's hooks over this request's extension instances, as a (sync or async)
    context manager."""

    __slots__ = ("_hooks", "_hook_name", "_stack", "_sync_stack")

    def __init__(self, extensions: list[SchemaExtension], hook_name: str) -> None:
        self._hook_name = hook_name
        self._hooks = [
            (found[0], found[1], extension)
            for extension in extensions
            if (found := hook_factory(type(extension), hook_name)) is not None
        ]

    async def __aenter__(self) -> None:
        async with contextlib.AsyncExitStack() as stack:
            for factory, is_async, extension in self._hooks:
                if is_async:
                    await stack.enter_async_context(factory(extension))
                else:
                    stack.enter_context(factory(extension))
            self._stack = stack.pop_all()

    async def __aexit__(self, *exc_info: Any) -> bool:
        return await self._stack.__aexit__(*exc_info)

    def __enter__(self) -> None:
        with contextlib.ExitStack() as stack:
            for factory, is_async, extension in self._hooks:
                if is_async:
                    raise RuntimeError(
                        f"SchemaExtension hook {extension}.{self._hook_name} failed to complete synchronously."
                    )
                stack.enter_context(factory(extension))
            self._sync_stack = stack.pop_all()

    def __exit__(self, *exc_info: Any) -> bool:
        return self._sync_stack.__exit__(*exc_info)


class PlannedExtensionsRunner(SchemaExtensionsRunner):
    def operation(self) -> Phase:  # type: ignore[override]
        return Phase(self.extensions, "on_operation")

    def validation(self) -> Phase:  # type: ignore[override]
        return Phase(self.extensions, "on_validate")

    def parsing(self) -> Phase:  # type: ignore[override]
        return Phase(self.extensions, "on_parse")

    def executing(self) -> Phase:  # type: ignore[override]
        return Phase(self.extensions, "on_execute")


def implements_resolve(extension_type: type) -> bool:
    return extension_type.resolve is not SchemaExtension.resolve


__all__ = ["PlannedExtensionsRunner", "Phase", "hook_factory", "implements_resolve"]
