"""graphql-core's refusals lose the value they repeat and keep the rest."""
from __future__ import annotations

import pytest

from resolvers.values_not_repeated import without_values


@pytest.mark.parametrize("message, expected", [
    ("Variable '$i' has invalid value: Expected value of type 'RegisterInput' to include required field 'name',"
     " found: {'email': 'a@example.com', 'password': 'hunter2'}.",
     "Variable '$i' has invalid value: Expected value of type 'RegisterInput' to include required field 'name'."),
    ("Variable '$i' has invalid value at .salary: Expected value of type 'SalaryRangeInput' not to include unknown"
     " field 'mni'. Did you mean 'min'? Found: {'mni': 'hunter2'}.",
     "Variable '$i' has invalid value at .salary: Expected value of type 'SalaryRangeInput' not to include unknown"
     " field 'mni'. Did you mean 'min'?"),
    ("Variable '$d' has invalid value: Expected value of type 'Decimal', but encountered error 'x'; found: 'hunter2'.",
     "Variable '$d' has invalid value: Expected value of type 'Decimal', but encountered error 'x'."),
    ("Variable '$p' has invalid value: String cannot represent a non string value: 12345678901",
     "Variable '$p' has invalid value: String cannot represent a non string value (got a whole number)."),
    ("Boolean cannot represent a non boolean value: 'hunter2: yes'",
     "Boolean cannot represent a non boolean value (got text)."),
    ("Variable '$s' has invalid value: Enum 'Status' cannot represent non-string value: 5. Did you mean 'A'?",
     "Variable '$s' has invalid value: Enum 'Status' cannot represent non-string value (got a whole number)."
     " Did you mean 'A'?"),
    ("Variable '$s' has invalid value: Value 'hunter2' does not exist in 'Status' enum.",
     "Variable '$s' has invalid value: The value sent does not exist in 'Status' enum."),
    ("Variable '$n' of required type 'Int!' was not provided.", "Variable '$n' of required type 'Int!' was not provided."),
])
def test_the_value_is_cut_and_the_rest_kept(message, expected):
    assert without_values(message) == expected
