"""JSON may spell a character as UTF-16 escapes, and half of a pair alone ("\\ud800") decodes
to a Python string that no UTF-8 encoder takes: argon2 hashing a password, the JSON answer
echoing an address, SQLite storing a word all failed on it (INTERNAL_SERVER_ERROR, or HTTP 500
with no GraphQL body). Such text is no Unicode at all, so a request holding it is refused
where it is read, naming where it lies."""
from __future__ import annotations

import json
import re

# Only a body with a surrogate escape can decode to one: anything else costs one scan.
_ESCAPE_BYTES = re.compile(rb"\\u[dD][89a-fA-F]")
_ESCAPE_TEXT = re.compile(r"\\u[dD][89a-fA-F]")


class UnpairedSurrogate(json.JSONDecodeError):
    def __init__(self, where: str) -> None:
        shown = where or "the request"
        self.message = (
            f"{shown} holds half of a UTF-16 surrogate pair alone (an escape such as \\ud800 with no partner),"
            " which is no Unicode text: send the text as UTF-8, or escape a character beyond U+FFFF as its"
            " whole pair (\\ud83d\\ude00)."
        )
        super().__init__(self.message, "", 0)


def refuse_unpaired_surrogates(raw: str | bytes, decoded: object, within: str = "") -> None:
    """Raises UnpairedSurrogate naming the first place (`variables.input.password`) that holds
    one; `within` names what was decoded when it is not a whole request (a GET's `variables`)."""
    found = _ESCAPE_BYTES.search(raw) if isinstance(raw, bytes) else _ESCAPE_TEXT.search(raw)
    if found is None:
        return
    where = _first_unpaired(decoded, within)
    if where is not None:
        raise UnpairedSurrogate(f"`{where}`" if where else "")


def _first_unpaired(value: object, path: str) -> str | None:
    if isinstance(value, str):
        return path if _unpaired(value) else None
    if isinstance(value, dict):
        for key, item in value.items():
            inner = f"{path}.{_shown(key)}" if path else _shown(key)
            if _unpaired(key):
                return inner
            found = _first_unpaired(item, inner)
            if found is not None:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = _first_unpaired(item, f"{path}[{index}]")
            if found is not None:
                return found
    return None


def _unpaired(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _shown(key: str) -> str:
    return key.encode("utf-8", "backslashreplace").decode("utf-8")
