"""Words of a job ad that name no skill whatever the taxonomy reads in them: what closes a list
("etc", "and so forth", "and so on") and the parts of a web address ("www.acme.com",
"www . acme . co . uk"), where "etc", "com" and "forth" are no product or language."""
from __future__ import annotations

import re

_CLOSING_A_LIST = re.compile(r"\b(?:etc|et\s+cetera)\b\.?|\bso\s+(?:forth|on)\b", re.IGNORECASE)
# a web address, spaced apart or not: "www.acme.com", "http :// www . acme . com / jobs", "jobs . com"
# (".NET", "ASP.NET" are products: "net" ends no address here.)
_WEB_ADDRESS = re.compile(r"(?:\bhttps?\s*:\s*//\s*|\bwww\s*\.\s*)?(?:[A-Za-z0-9-]+\s*\.\s*)+"
                          r"(?:com|org|co\s*\.\s*uk|org\s*\.\s*uk|gov|edu)\b(?:\s*/\s*[\w.-]+)*",
                          re.IGNORECASE)


def filler(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] closes a list, or is a part of a web address (a product named
    by its address, "Salesforce.com", is the whole of it, and stays)."""
    return any(a <= start and end <= b for m in _CLOSING_A_LIST.finditer(text) for a, b in [m.span()]) \
        or any(a <= start and end <= b and (a, b) != (start, end) for m in _WEB_ADDRESS.finditer(text)
               for a, b in [m.span()])
