"""graphql-core's refusals of Int values are reworded to say what the field takes; any other
refusal is left alone."""
from __future__ import annotations

import pytest

from resolvers.int_variable import int_variable_message


@pytest.mark.parametrize("message, expected", [
    ("Variable '$f' has invalid value at .minSalary: Int cannot represent non-integer value: 1.5",
     "Variable '$f' has invalid value at .minSalary: it takes a whole number (Int), not a decimal number."),
    ("Variable '$n' has invalid value: Int cannot represent non 32-bit signed integer value: 3000000000",
     "Variable '$n' has invalid value: it takes a whole number (Int) from -2147483648 to 2147483647,"
     " not a number outside that range."),
    ("Variable '$n' has invalid value at .pay[0]: Int cannot represent non-integer value: 'ten'",
     "Variable '$n' has invalid value at .pay[0]: it takes a whole number (Int), not text."),
])
def test_int_refusals_say_what_the_field_takes(message, expected):
    assert int_variable_message(message) == expected


@pytest.mark.parametrize("message", [
    "Variable '$q' has invalid value: String cannot represent a non string value: 5",
    "Variable '$n' of required type 'Int!' was not provided.",
    "Int cannot represent non-integer value: 1.5",
])
def test_other_refusals_are_left_alone(message):
    assert int_variable_message(message) is None
