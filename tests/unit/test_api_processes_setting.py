"""`serve --workers N` tells its API processes how many they are (the rate-limit leases are
sized by it), unless the operator counted more (API processes of several replicas); the
embedded backend shares the request bucket only when there is more than one."""
from __future__ import annotations

import os

import pytest

from gateway.backends.embedded import requests_shared
from gateway.config import Settings
from gateway.roles.commands import export


@pytest.fixture
def environment():
    saved = dict(os.environ)
    yield os.environ
    os.environ.clear()
    os.environ.update(saved)


@pytest.mark.parametrize(("counted", "processes", "exported"), [(1, 4, "4"), (12, 4, "12"), (1, 1, "1")])
def test_serve_exports_its_process_count_unless_the_operator_counted_more(
        environment, tmp_path, counted, processes, exported):
    export(Settings(data_dir=tmp_path, api_processes=counted), processes)
    assert environment["TALENTGRAPH_API_PROCESSES"] == exported
    assert Settings().api_processes == int(exported)


@pytest.mark.parametrize(("processes", "scope", "shared"), [
    (1, "deployment", False), (2, "deployment", True), (2, "process", False),
])
def test_the_request_bucket_is_shared_only_among_several_api_processes(tmp_path, processes, scope, shared):
    settings = Settings(data_dir=tmp_path, api_processes=processes, rate_limit_request_scope=scope)
    assert requests_shared(settings) is shared


@pytest.mark.parametrize("setting", [{"api_processes": 0}, {"rate_limit_lease_seconds": 0}])
def test_a_process_count_or_lease_time_that_makes_no_sense_is_refused_at_start(tmp_path, setting):
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        Settings(data_dir=tmp_path, **setting)
