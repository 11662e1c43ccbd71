"""Employers and their jobs on every backend and on the fake the unit tests use
(tests/fakes/jobs.py): the fixture the job repository contract runs against."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.fakes.accounts import FakeUsers
from tests.fakes.jobs import FakeJobs
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import repositories_on


@pytest.fixture(params=[*BACKENDS, "fake"])
async def repositories(request, database, aws_clients, aws_names):
    """Employers and their jobs; the fake as the unit tests use it."""
    if request.param == "fake":
        return SimpleNamespace(users=FakeUsers(), jobs=FakeJobs())
    return await repositories_on(request.param, database, aws_clients, aws_names)
