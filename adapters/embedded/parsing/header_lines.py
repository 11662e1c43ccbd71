"""Whether a line of an experience section is set like a job's header (a title, an employer,
dates) rather than a sentence or a list item about the work."""
from __future__ import annotations

import re

BULLET = re.compile(r"^\s*[•●❖▪■◆➢►✓*·◦o-]\s+")
CLEAN_LEFT = re.compile(r"^(?:company|employer|organi[sz]ation|title|designation|role|position)\s*:\s*", re.I)
# The label says which half a line is ("Organisation : Bharat Steel Traders" over
# "Designation : Accounts Assistant"), whatever its words would suggest.
# in English, and as Europass writes them in Romanian ("Numele și adresa angajatorului",
# "Funcția sau postul ocupat")
EMPLOYER_LABEL = re.compile(r"^\s*(?:(?:company|employer|organi[sz]ation)(?:\s+name)?|name\s+and\s+address\s+of\s+employer|"
                            r"angajator(?:ul)?|numele\s+(?:și|şi|si)\s+adresa\s+angajatorului)\s*:\s*", re.I)
TITLE_LABEL = re.compile(r"^\s*(?:(?:(?:job\s+)?title|designation|role|position)(?:\s+held)?|occupation\s+or\s+position\s+held|"
                         r"func[țţt]ia(?:\s+sau\s+postul\s+ocupat)?|postul(?:\s+ocupat)?)\s*:\s*", re.I)
_LOWER_CONTENT_WORD = re.compile(r"(?<![\w-])[a-z]{4,}\b")


def _ends_a_sentence(s: str) -> bool:
    """A full stop that is not an abbreviation's ("Acme Inc.", "Smith & Co.", "S.A.")."""
    if not s.endswith("."):
        return False
    last = s.split()[-1] if s.split() else s
    if len(_LOWER_CONTENT_WORD.findall(s)) >= 3:
        # "... troubleshooting of motor controls and PLCs.": a sentence about the work, whose
        # last word only looks like an employer's "Inc." or "Co."; no employer's name reads so.
        return True
    return not (last[:1].isupper() and len(last.rstrip(".")) <= 4)


def is_header_like(line: str) -> bool:
    s = line.strip()
    if CLEAN_LEFT.match(s) and len(s) <= 90:
        return True  # "Role : Site Engineer", "Company: Apollo Hospitals"
    return (0 < len(s) <= 90 and not BULLET.match(line) and not _ends_a_sentence(s)
            and not s.lower().startswith(("http", "project", "client", "role", "responsib", "environment"))
            and _word_count(s) <= 12)


def _word_count(s: str) -> int:
    """Words of a header line, less a bracketed note and lone separators: "Senior Staff Nurse
    (Band 6) - Leeds Teaching Hospitals NHS Trust, Intensive Care Unit" is a header of 11."""
    return len([w for w in re.sub(r"\([^()]*\)", " ", s).split() if re.search(r"\w", w)])
