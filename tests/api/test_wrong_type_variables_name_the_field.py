"""A variable of the wrong type (a decimal where a whole number goes, a whole number past
what an Int holds) is refused before anything runs, 400 BAD_USER_INPUT, naming the variable,
the input field, what that field takes and what kind of value was sent (never the value itself),
in words a person can act on rather than graphql-core's ("non 32-bit signed integer value")."""
from __future__ import annotations

import pytest

SEARCH = "query($f: JobFilter){ searchJobs(filter: $f){ totalCount } }"
PAGE = "query($n: Int){ searchJobs(first: $n){ totalCount } }"
RANGE = "a whole number (Int) from -2147483648 to 2147483647"


@pytest.mark.parametrize("query, variables, expected", [
    (SEARCH, {"f": {"minSalary": 52000.5}},
     "Variable '$f' has invalid value at .minSalary: it takes a whole number (Int), not a decimal number."),
    (SEARCH, {"f": {"minSalary": 2**40}},
     f"Variable '$f' has invalid value at .minSalary: it takes {RANGE}, not a number outside that range."),
    (PAGE, {"n": 2**40}, f"Variable '$n' has invalid value: it takes {RANGE}, not a number outside that range."),
], ids=["decimal", "too-big-field", "too-big-variable"])
async def test_a_wrong_type_variable_says_which_field_and_what_it_takes(client, query, variables, expected):
    token, _ = await client.candidate()
    response = await client.http.post(client.path, json={"query": query, "variables": variables},
                                      headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 400
    (error,) = response.json()["errors"]
    assert (error["extensions"]["code"], error["message"]) == ("BAD_USER_INPUT", expected)
