"""graphql-core's refusals of an input value repeat the value: `found: {...}` prints the whole
input object (a registration without a name came back with its password), `String cannot
represent a non string value: 12345678901` the value itself, `Value 'x' does not exist in
'Kind' enum` the string. A response travels on to logs, screenshots and support tickets, so
the value is cut out; the variable, field path and what was wrong stay, with the kind of
value sent (text, a number, an object) where that is what was wrong."""
from __future__ import annotations

import re

# "..., found: <value>." / "...? Found: <value>." / "...'; found: <value>.": the value runs to the end.
_FOUND = re.compile(r"(?:[,;] found| Found): .*\Z", re.DOTALL)
# "<Type> cannot represent <why>: <value>[.][ Did you mean ...?]" (scalars and enums).
_CANNOT_REPRESENT = re.compile(
    r"(?P<head>cannot represent [^:]*?): (?P<value>.*?)(?P<tail>\.? Did you mean .*)?\Z", re.DOTALL)
# graphql-core: "Value '<value>' does not exist in '<Enum>' enum." (greedy: the last one is graphql-core's).
_NO_SUCH_ENUM_VALUE = re.compile(r"Value '.*' does not exist in '(?P<enum>\w+)' enum\.", re.DOTALL)
_WHOLE_NUMBER = re.compile(r"-?\d+\Z")
_DECIMAL = re.compile(r"-?(?:\d+\.?\d*(?:e[-+]?\d+)?|inf|nan)\Z", re.IGNORECASE)


def kind_of(printed: str) -> str:
    """What kind of value graphql-core's print of it (`inspect`, or a literal's source) is."""
    printed = printed.strip().rstrip(".")
    if printed[:1] in ("'", '"'):
        return "text"
    if printed in ("True", "False", "true", "false"):
        return "true or false"
    if printed in ("None", "null"):
        return "null"
    if printed[:1] == "{":
        return "an object"
    if printed[:1] == "[":
        return "a list"
    if _WHOLE_NUMBER.match(printed):
        return "a whole number"
    if _DECIMAL.match(printed):
        return "a decimal number"
    if printed == "<UploadFile instance>":
        return "a file"
    return "a value of another kind"


def without_values(message: str) -> str:
    """`message` with any input value graphql-core put into it cut out."""
    message = _NO_SUCH_ENUM_VALUE.sub(lambda found: f"The value sent does not exist in '{found['enum']}' enum.",
                                      message)
    represent = _CANNOT_REPRESENT.search(message)
    if represent is not None:
        message = (f"{message[:represent.start()]}{represent['head']} (got {kind_of(represent['value'])})."
                   f"{(represent['tail'] or '').removeprefix('.')}")
    found = _FOUND.search(message)
    if found is not None:
        message = message[:found.start()]
        if not message.endswith((".", "?", "!")):
            message += "."
    return message
