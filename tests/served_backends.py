"""The in-process gateway on either backend, for API tests whose behaviour lives in the
adapters: `served` is (client, app) on the embedded backend, then on AWS (moto)."""
from __future__ import annotations

import pytest

from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.graphql_client import GraphQLClient


@pytest.fixture(params=["embedded", "aws"])
def served(request) -> tuple[GraphQLClient, object]:
    if request.param == "embedded":
        return request.getfixturevalue("client"), request.getfixturevalue("app")
    return request.getfixturevalue("aws_client")
