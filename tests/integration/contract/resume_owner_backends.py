"""Owners and their resumes on every backend and on the fake the unit tests use
(tests/fakes/resumes.py): the one fixture both resume contract modules run against."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.fakes.accounts import FakeUsers
from tests.fakes.resumes import FakeResumes
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import repositories_on


@pytest.fixture(params=[*BACKENDS, "fake"])
async def repositories(request, database, aws_clients, aws_names):
    """Owners and their resumes; the fake as the unit tests use it."""
    if request.param == "fake":
        return SimpleNamespace(users=FakeUsers(), resumes=FakeResumes())
    return await repositories_on(request.param, database, aws_clients, aws_names)
