"""A file mapped onto a variable that is not an Upload is told what the variable takes."""
from __future__ import annotations

import pytest

from resolvers.file_in_variable import file_in_variable_message


@pytest.mark.parametrize("refusal, takes", [
    ("Variable '$q' has invalid value: String cannot represent a non string value: <UploadFile instance>",
     "Variable '$q' takes text (String), not a file"),
    ("Variable '$s' has invalid value: Enum 'RemotePolicy' cannot represent non-string value: <UploadFile instance>.",
     "Variable '$s' takes one of the RemotePolicy values, not a file"),
    (("Variable '$f' has invalid value: Expected value of type 'JobFilter' to be an object, found:"
      " <UploadFile instance>."),
     "Variable '$f' takes a JobFilter object, not a file"),
])
def test_the_refusal_names_what_the_variable_takes_and_where_files_go(refusal, takes):
    message = file_in_variable_message(refusal)
    assert message is not None and message.startswith(takes), message
    assert "type Upload" in message


def test_other_refusals_are_left_as_they_are():
    assert file_in_variable_message("Variable '$n' has invalid value: Int cannot represent non-integer value: 'x'") is None
