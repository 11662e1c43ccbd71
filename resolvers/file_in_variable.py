"""A file the multipart `map` put into a variable (or input field) that is not an Upload:
graphql-core refuses it naming the file object's internals ("<UploadFile instance>"); the
person is told what that variable takes instead, and where files may go."""
from __future__ import annotations

import re

# graphql-core's words: "Variable '$q' has invalid value[ at .path]: <why naming the value>",
# where an uploaded file (Starlette's UploadFile) is shown as "<UploadFile instance>".
_FILE_REFUSED = re.compile(
    r"^Variable '\$(?P<name>\w+)' has invalid value(?P<at> at \S+)?: (?P<why>.*)<UploadFile instance>")
_EXPECTED_TYPE = re.compile(
    r"^(?:(?P<scalar>\w+) cannot represent|Enum '(?P<enum>\w+)'|Expected (?:value of )?type '(?P<input>\w+)')")
_WHAT_A_SCALAR_TAKES = {
    "String": "text (String)",
    "ID": "an ID (text)",
    "Int": "a whole number (Int)",
    "Float": "a number (Float)",
    "Boolean": "true or false (Boolean)",
}


def file_in_variable_message(message: str) -> str | None:
    """The message for a file in a variable that takes something else, or None when the
    refusal is about some other value."""
    refused = _FILE_REFUSED.match(message)
    if refused is None:
        return None
    expected = _EXPECTED_TYPE.match(refused["why"])
    if expected is None:
        takes = "a value that is not a file"
    elif expected["scalar"]:
        takes = _WHAT_A_SCALAR_TAKES.get(expected["scalar"], f"a {expected['scalar']} value")
    elif expected["enum"]:
        takes = f"one of the {expected['enum']} values"
    else:
        takes = f"a {expected['input']} object"
    return (f"Variable '${refused['name']}'{refused['at'] or ''} takes {takes}, not a file: in the multipart"
            " `map`, point files only at variables (or input fields) of type Upload.")
