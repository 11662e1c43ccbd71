"""Licences and certificates the taxonomy does not know, kept as written when a licences
section lists them and they are shaped like a credential: a word of licensing ("White Card",
"Full UK Driving Licence", "Level 3 Food Safety") or a scheme's initials alone ("IPAF",
"CSCS"). Places, issuing bodies and licence numbers beside them are not."""
from __future__ import annotations

import re

from adapters.embedded.parsing.driving_licences import names_a_licence_in_an_item

_CREDENTIAL_WORDS = re.compile(
    r"\b(?:licen[cs]e[ds]?|certificate|certification|certified|card|permit|endorsements?|rating|"
    r"ticket|passport|clearance|first\s+aid|life\s+support|level\s+\d)\b|(?-i:\([A-Z]{2,6}\))", re.IGNORECASE)
_INITIALS = re.compile(r"^[A-Z]{3,6}$")
# A licence number: a digit run, or letters and digits mixed in one token ("16A1234N", "RN-12345").
_NUMBER = re.compile(r"\d{4,}|\b(?=\w*\d)(?=\w*[A-Za-z])\w{5,}\b|#|\b(?:no|number|pin|id)\b\.?", re.IGNORECASE)
MAX_WORDS = 7


def credential_as_written(item: str) -> bool:
    words = item.split()
    if not 1 <= len(words) <= MAX_WORDS or _NUMBER.search(item) or not re.search(r"[A-Za-z]", item):
        return False
    if len(words) == 1 and _INITIALS.match(item):
        return True
    return bool(_CREDENTIAL_WORDS.search(item)) or names_a_licence_in_an_item(item)
