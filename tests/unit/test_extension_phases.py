"""The schema-extension phases run their hooks as Strawberry's own runner does: in the
schema's order, unwound in reverse, with errors reaching the hooks that wrap them."""
from __future__ import annotations

import pytest
from strawberry.extensions import SchemaExtension

from resolvers.fastpath.extension_phases import Phase, hook_factory

calls: list[str] = []


class Generator(SchemaExtension):
    def on_operation(self):
        calls.append("generator in")
        try:
            yield
        except ValueError:
            calls.append("generator saw the error")
            raise
        calls.append("generator out")


class AsyncGenerator(SchemaExtension):
    async def on_operation(self):
        calls.append("async generator in")
        yield
        calls.append("async generator out")


class Plain(SchemaExtension):
    def on_operation(self):
        calls.append("plain")


class Coroutine(SchemaExtension):
    async def on_operation(self):
        calls.append("coroutine")


class FailsOnEntry(SchemaExtension):
    def on_operation(self):
        raise RuntimeError("refused")
        yield  # pragma: no cover


class Unwinds(SchemaExtension):
    def on_operation(self):
        try:
            yield
        finally:
            calls.append("unwound")


class Suppresses(SchemaExtension):
    def on_operation(self):
        try:
            yield
        except ValueError:
            calls.append("suppressed")


@pytest.fixture(autouse=True)
def fresh_calls():
    calls.clear()


async def test_hooks_of_every_kind_run_in_order_and_unwind_in_reverse():
    async with Phase([Generator(), AsyncGenerator(), Plain(), Coroutine(), SchemaExtension()], "on_operation"):
        calls.append("phase")
    assert calls == [
        "generator in", "async generator in", "plain", "coroutine", "phase", "async generator out", "generator out",
    ]


async def test_an_error_in_the_phase_reaches_the_hooks_around_it_and_propagates():
    with pytest.raises(ValueError):
        async with Phase([Generator(), AsyncGenerator()], "on_operation"):
            raise ValueError("boom")
    assert calls == ["generator in", "async generator in", "generator saw the error"]


async def test_a_hook_may_suppress_an_error_for_the_hooks_outside_it():
    async with Phase([Generator(), Suppresses()], "on_operation"):
        raise ValueError("boom")
    assert calls == ["generator in", "suppressed", "generator out"]


async def test_a_hook_failing_on_entry_unwinds_the_hooks_already_entered():
    with pytest.raises(RuntimeError, match="refused"):
        async with Phase([Unwinds(), FailsOnEntry()], "on_operation"):
            calls.append("never")
    assert calls == ["unwound"]


def test_the_synchronous_path_runs_sync_hooks_and_refuses_async_ones():
    with Phase([Generator(), Plain()], "on_operation"):
        calls.append("phase")
    assert calls == ["generator in", "plain", "phase", "generator out"]
    with pytest.raises(RuntimeError, match="failed to complete synchronously"):
        with Phase([AsyncGenerator()], "on_operation"):
            pass


def test_a_class_hook_is_decorated_once_and_a_default_hook_is_none():
    assert hook_factory(Generator, "on_operation") is hook_factory(Generator, "on_operation")
    assert hook_factory(Generator, "on_validate") is None


class RaisesOnExit(SchemaExtension):
    def on_operation(self):
        yield
        raise KeyError("from the exit")


class SeesWhatComesOut(SchemaExtension):
    def on_operation(self):
        try:
            yield
        except Exception as error:
            calls.append(f"outer saw {type(error).__name__}")
            raise


async def test_an_error_raised_by_an_exit_replaces_the_one_before_for_the_hooks_outside_it():
    with pytest.raises(KeyError):
        async with Phase([SeesWhatComesOut(), RaisesOnExit()], "on_operation"):
            pass
    assert calls == ["outer saw KeyError"]


def test_the_synchronous_path_unwinds_errors_the_same_way():
    with pytest.raises(ValueError):
        with Phase([Generator(), Unwinds()], "on_operation"):
            raise ValueError("boom")
    assert calls == ["generator in", "unwound", "generator saw the error"]
    calls.clear()
    with Phase([Generator(), Suppresses()], "on_operation"):
        raise ValueError("boom")
    assert calls == ["generator in", "suppressed", "generator out"]


class Reports(SchemaExtension):
    def get_results(self):
        return {"sync": 1}


class ReportsLater(SchemaExtension):
    async def get_results(self):
        return {"async": 2}


async def test_results_come_from_every_extension_that_gives_some_and_the_context():
    from types import SimpleNamespace

    from resolvers.fastpath.extension_phases import PlannedExtensionsRunner

    context = SimpleNamespace(extensions_results={"context": 3})
    runner = PlannedExtensionsRunner(context, [Reports(), SchemaExtension(), ReportsLater()])
    assert await runner.get_extensions_results(context) == {"sync": 1, "async": 2, "context": 3}


class NeverStops(SchemaExtension):
    def on_operation(self):
        yield
        yield


class NeverYields(SchemaExtension):
    def on_operation(self):
        return
        yield  # pragma: no cover


class ReplacesTheError(SchemaExtension):
    def on_operation(self):
        try:
            yield
        except ValueError as error:
            raise KeyError("instead") from error


@pytest.mark.parametrize("hook, raised", [
    (NeverStops, None), (NeverStops, ValueError), (NeverYields, None), (ReplacesTheError, ValueError),
    (Suppresses, ValueError), (Generator, ValueError), (Unwinds, KeyError),
])
async def test_a_generator_hook_ends_as_under_contextlib(hook, raised):
    """Generator hooks are driven directly: each way one can end (stop, suppress, re-raise,
    replace, fail to stop or to yield) ends as contextlib's own manager ends it."""
    import contextlib

    def outcome(enter_and_exit):
        try:
            return ("returned", enter_and_exit())
        except BaseException as error:  # noqa: BLE001 - what is compared is any outcome at all
            return ("raised", type(error), str(error))

    async def through_phase():
        async with Phase([hook()], "on_operation"):
            if raised is not None:
                raise raised("boom")

    def through_contextlib():
        with contextlib.contextmanager(hook.on_operation)(hook()):
            if raised is not None:
                raise raised("boom")

    ours = await _async_outcome(through_phase)
    assert ours == outcome(through_contextlib)


async def _async_outcome(run):
    try:
        return ("returned", await run())
    except BaseException as error:  # noqa: BLE001
        return ("raised", type(error), str(error))
