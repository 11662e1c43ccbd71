"""A value graphql-core refuses is not repeated in the error: a registration without a name
came back with the whole input, password included (`found: {...}`), and a number sent as a
password came back as the number. Each refusal still names the variable, the field and what
was wrong, and says what kind of value was sent."""
from __future__ import annotations

import pytest

REGISTER = "mutation($i: RegisterInput!){ register(input: $i){ user { id } } }"
LOGIN = "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken } }"
POST_JOB = "mutation($i: JobInput!){ postJob(input: $i){ id } }"
SECRET = "My-Secret-Passw0rd"
DESCRIPTION = "Confidential: replacing our head of nursing, who does not know yet."


async def _refusal(client, query: str, variables: dict, token: str | None = None) -> dict:
    body = await client.execute(query, variables, token)
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    return error


async def test_a_registration_without_a_name_does_not_repeat_the_password(client):
    error = await _refusal(client, REGISTER, {"i": {"email": "ana.kowalska@example.com", "password": SECRET,
                                                    "role": "CANDIDATE"}})
    assert SECRET not in error["message"] and "ana.kowalska" not in error["message"]
    assert error["message"] == ("Variable '$i' has invalid value: Expected value of type 'RegisterInput' to include"
                                " required field 'name'.")


async def test_a_number_sent_as_a_password_is_not_repeated(client):
    error = await _refusal(client, LOGIN, {"e": "ana.kowalska@example.com", "p": 12345678901})
    assert "12345678901" not in error["message"]
    assert error["message"] == ("Variable '$p' has invalid value: String cannot represent a non string value"
                                " (got a whole number).")


@pytest.mark.parametrize("salary, expected", [
    ({"min": "thirty thousand", "currency": "GBP"},
     "Variable '$i' has invalid value at .salary.min: it takes a whole number (Int), not text."),
    ({"min": 30000, "currency": "GBP", "bonus": SECRET},
     "Variable '$i' has invalid value at .salary: Expected value of type 'SalaryRangeInput' not to include"
     " unknown field 'bonus'."),
], ids=["wrong-type", "unknown-field"])
async def test_a_nested_refusal_names_the_field_and_repeats_nothing(client, salary, expected):
    token, _ = await client.employer()
    job = {"title": "Registered Nurse", "description": DESCRIPTION, "salary": salary}
    error = await _refusal(client, POST_JOB, {"i": job}, token)
    assert DESCRIPTION not in error["message"] and SECRET not in error["message"]
    assert error["message"] == expected


async def test_a_literal_in_the_document_is_not_repeated_either(client):
    body = await client.execute('mutation { login(email: "a@example.com", password: 1234567) { accessToken } }')
    (error,) = body["errors"]
    assert error["message"] == "String cannot represent a non string value (got a whole number)."
