"""The status rule for an executed operation's result under legacy application/json."""
from __future__ import annotations

import pytest

from gateway.http.error_status import refused_status, retry_after_headers


def result(data, *codes: str, path: list[str] | None = None) -> dict:
    return {"data": data, "errors": [{"message": "m", "extensions": {"code": code}, **({"path": path} if path else {})}
                                     for code in codes]}


@pytest.mark.parametrize(("code", "status"), [
    ("BAD_USER_INPUT", 400), ("GRAPHQL_PARSE_FAILED", 400), ("GRAPHQL_VALIDATION_FAILED", 400),
    ("UNAUTHENTICATED", 401), ("FORBIDDEN", 403), ("NOT_FOUND", 404), ("CONFLICT", 409), ("RATE_LIMITED", 429),
])
def test_each_client_code_has_its_status(code, status):
    assert refused_status(result(None, code)) == status
    assert refused_status(result({"a": None, "b": None}, code, code)) == status
    # The null stopped at a nullable object inside a root field: still nothing answered.
    assert refused_status(result({"me": {"organization": None}}, code, path=["me", "organization", "x"])) == status
    assert refused_status(result({"a": {"b": {"c": None}}, "d": None}, code, path=["a", "b", "c"])) == status


@pytest.mark.parametrize(("codes", "status"), [
    (("UNAUTHENTICATED", "FORBIDDEN"), 401),
    (("FORBIDDEN", "UNAUTHENTICATED", "FORBIDDEN"), 401),
    (("UNAUTHENTICATED", "NOT_FOUND"), 400),
    (("CONFLICT", "RATE_LIMITED"), 400),
    (("FORBIDDEN", "BAD_USER_INPUT"), 400),
])
def test_errors_of_several_statuses(codes, status):
    assert refused_status(result(None, *codes)) == status


@pytest.mark.parametrize("payload", [
    result({"a": None, "b": {"id": "1"}}, "UNAUTHENTICATED"),  # partial: some data came back
    result({"a": 0}, "BAD_USER_INPUT"),  # a falsy value is data too
    result({"me": {"id": "1", "organization": None}}, "BAD_USER_INPUT"),  # partial, deeper down
    result({"me": {"jobs": [], "organization": None}}, "BAD_USER_INPUT"),  # an empty list is an answer
    result(None, "BAD_USER_INPUT", "INTERNAL_SERVER_ERROR"),
    result(None, "INTERNAL_SERVER_ERROR"),
    result(None, "PERSISTED_QUERY_NOT_FOUND"),
    result(None, "PERSISTED_QUERY_NOT_SUPPORTED"),
    result(None, "SOMETHING_ELSE"),
    {"data": None, "errors": [{"message": "no code"}]},
    {"data": {"a": None}},  # nothing refused: a field that is null
    {"data": None, "errors": []},
])
def test_no_refusal_status(payload):
    assert refused_status(payload) is None


def test_a_429_says_the_longest_wait_in_whole_seconds():
    limited = {"data": None, "errors": [
        {"message": "m", "extensions": {"code": "RATE_LIMITED", "retryAfter": 0.2}},
        {"message": "m", "extensions": {"code": "RATE_LIMITED", "retryAfter": 41.3}},
    ]}
    assert retry_after_headers(limited) == {"retry-after": "42"}
    limited["errors"][1]["extensions"]["retryAfter"] = 0.0
    assert retry_after_headers(limited) == {"retry-after": "1"}


@pytest.mark.parametrize("extensions", [
    {"code": "RATE_LIMITED"}, {"code": "RATE_LIMITED", "retryAfter": "soon"},
    {"code": "RATE_LIMITED", "retryAfter": True}, {"code": "RATE_LIMITED", "retryAfter": float("inf")},
    {"code": "BAD_USER_INPUT", "retryAfter": 3},
])
def test_no_header_without_a_rate_limit_naming_its_wait(extensions):
    assert retry_after_headers({"data": None, "errors": [{"message": "m", "extensions": extensions}]}) == {}


def test_a_null_no_error_reached_is_an_answer():
    from gateway.http.error_status import refused_status

    payload = {"data": {"me": {"phone": None, "headline": None}, "job": None},
               "errors": [{"message": "No job with that id", "path": ["job"], "extensions": {"code": "NOT_FOUND"}}]}
    assert refused_status(payload) is None


def test_a_null_an_error_stopped_at_deep_down_is_no_answer():
    from gateway.http.error_status import refused_status

    payload = {"data": {"me": {"organization": None}},
               "errors": [{"message": "bad id", "path": ["me", "organization", "applications"],
                           "extensions": {"code": "BAD_USER_INPUT"}}]}
    assert refused_status(payload) == 400


def test_no_data_at_all_with_a_request_error_is_refused():
    from gateway.http.error_status import refused_status

    assert refused_status({"data": None, "errors": [{"message": "x", "extensions": {"code": "BAD_USER_INPUT"}}]}) == 400
