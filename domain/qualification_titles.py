"""A qualification named by its title and subject: "Diploma in Mechanical Engineering",
"Certificate III in Arboriculture", "NVQ Level 2 in Barbering", "QQI Level 5 in Healthcare
Support", "Master's in Library Science", "HND / HNC in Civil Engineering". Labelled job-ad
spans mark the title and its subject as one span; the subject read alone is a fragment of it.
A degree named loosely ("a degree in Chemistry") is not a title: its subject is read apart."""
from __future__ import annotations

import re

_LEVEL = r"(?:\s+(?:Level|level)\s+\d)"
_ROMAN = r"(?:\s+(?:I{1,3}|IV|V|[1-6]))"
_AWARD = (r"(?:(?:Level\s+\d\s+|Advanced\s+|Graduate\s+|Higher\s+|National\s+)?(?:Diploma|Certificate|Cert)" + _ROMAN + "?"
          r"|(?:NVQ|SVQ|QQI|QCF|RQF|BTEC)" + _LEVEL + r"?(?:\s+(?:Diploma|Certificate|Award))?"
          r"|(?:Bachelor|Master)(?:'s|’s)?(?:\s+of\s+(?:Science|Arts))?|B\.?Sc|M\.?Sc|HNC|HND|ONC|OND)")
# Several awards joined by slashes or "or" share the subject ("HND / HNC in Civil Engineering"),
# a degree among them too ("Degree / HND in Quantity Surveying").
_AWARDS = r"(?:Degree\s*(?:/|\bor\b)\s*)?" + _AWARD + r"(?:\s*(?:/|\bor\b)\s*" + _AWARD + r")*"
# The subject: capitalised words, with "and" or "&" inside it only where it runs to the end of
# the name ("Health and Social Care", not "Healthcare Support | and Garda vetting").
_CAP = r"[A-Z][\w'’-]*"
_SUBJECT = (_CAP + r"(?:\s+(?:of\s+|for\s+)?" + _CAP + r")*"
            r"(?:\s+(?:and|&)\s+" + _CAP + r"(?:\s+" + _CAP + r")*(?=\s*(?:[^\w\s]|$)))?")
_TITLE = re.compile(r"\b(?:" + _AWARDS + r")\s+(?:in|of)\s+" + _SUBJECT)


def qualification_titles(text: str) -> list[tuple[int, int]]:
    """Where `text` names a qualification by its title and subject, as (start, end) offsets."""
    return [(m.start(), m.end()) for m in _TITLE.finditer(text)]
