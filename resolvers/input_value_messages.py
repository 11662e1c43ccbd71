"""Variable and literal values graphql-core refuses in words that do not say what to send: an
enum value that does not exist (the allowed ones are listed), and an Upload! variable left
null (a multipart request whose `map` placed no file in it)."""
from __future__ import annotations

import re

from graphql import GraphQLEnumType, GraphQLSchema

# graphql-core: "Value 'X' does not exist in 'Kind' enum.[ Did you mean ...?]" and, for a
# number or a quoted string where an enum goes, "Enum 'Kind' cannot represent non-...".
_NO_SUCH_ENUM_VALUE = re.compile(r"does not exist in '(?P<enum>\w+)' enum\.|Enum '(?P<other>\w+)' cannot represent")
# graphql-core's words for a non-null Upload variable (or input field) holding null.
_NO_FILE = re.compile(
    r"^Variable '\$(?P<name>\w+)' has invalid value(?: at (?P<at>\S+))?: Expected value of non-null type"
    r" '(?P<type>\w+)!' not to be None\.$")
_FILE_TYPES = frozenset({"Upload"})
_TAKES = " It takes one of: "


def enum_values_message(message: str, schema: GraphQLSchema | None) -> str | None:
    """`message` with the enum's allowed values after it, or None when it is about no enum."""
    found = _NO_SUCH_ENUM_VALUE.search(message)
    if found is None or schema is None or _TAKES in message:  # said already: a cached validation's error
        return None
    enum = schema.get_type(found["enum"] or found["other"])
    if not isinstance(enum, GraphQLEnumType):
        return None
    return f"{message}{_TAKES}{', '.join(enum.values)}."


def missing_file_message(message: str) -> str | None:
    """For a file variable left null: which variable, and what places a file in it."""
    found = _NO_FILE.match(message)
    if found is None or found["type"] not in _FILE_TYPES:
        return None
    path = "variables." + found["name"] + (found["at"] or "").replace("[", ".").replace("]", "")
    return (f"Variable '${found['name']}'{' at ' + found['at'] if found['at'] else ''} takes a file and none was"
            f" placed in it: upload it as a multipart request whose `map` names the file's part and this"
            f" variable, e.g. {{\"0\": [\"{path}\"]}}, as the GraphQL multipart request spec says.")
