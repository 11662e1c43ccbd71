"""The line of work a job was in, named where an employer could stand: an industry ("FMCG",
"Oil & Gas", "Retail Banking"), a function of a business ("Operations", "Sales & Marketing"),
or a phrase whose head noun is a kind of place in the work, not a business ("Banking Sector",
"IT Industry", "Night Shift", "Finance Department"). None is anybody's employer."""
from __future__ import annotations

import re

# Industries and functions, as people write them after a title's comma or "working in"
_INDUSTRY = (r"fmcg|fmcd|it|ites|bpo|kpo|bfsi|banking|insurance|retail|hospitality|healthcare|"
             r"pharma|pharmaceuticals?|telecom|telecommunications?|automobiles?|automotive|manufacturing|"
             r"construction|real\s+estate|oil\s*(?:&|and)\s*gas|e-?commerce|aviation|shipping|logistics|"
             r"finance|accounts|accounting|operations|sales|marketing|hr|human\s+resources|admin|administration|"
             r"production|maintenance|quality|procurement|purchasing|supply\s+chain|customer\s+(?:service|support)|"
             r"business\s+development|research|education|infrastructure|textiles?|agriculture|mining|power|energy")
# Words that narrow an industry or a function ("Retail Banking", "Corporate Sales")
_NARROWING = r"retail|corporate|commercial|consumer|investment|private|personal|general|domestic|field|inside|" \
             r"technical|clinical|medical|industrial|institutional|channel|key\s+account|direct|digital|b2b|b2c"
_LINE_OF_WORK = re.compile(rf"^(?:(?:{_NARROWING})\s+){{0,2}}(?:{_INDUSTRY})"
                           rf"(?:\s*(?:&|and|/|,)\s*(?:(?:{_NARROWING})\s+){{0,2}}(?:{_INDUSTRY}))*$", re.IGNORECASE)
# Head nouns of a part of the work or of the economy, never of a business's name ("Banking
# Sector", "Night Shift"); "Industries" (plural) closes businesses' names ("Reliance Industries").
_GENERIC_HEAD = re.compile(r"\b(?:sectors?|industry|domains?|fields?|shifts?|segments?|verticals?|functions?|"
                           r"streams?|areas?)$", re.IGNORECASE)
# A department or team is one of the work's parts when a line of work names it ("Finance
# Department", "Sales Team"); otherwise it may be an employer ("Public Works Department").
_PART_OF_A_BUSINESS = re.compile(r"^(?:the\s+)?(.+?)\s+(?:departments?|dept\.?|teams?|divisions?|units?|desk)$",
                                 re.IGNORECASE)


def a_line_of_work(part: str) -> bool:
    """"FMCG", "Sales & Marketing", "Banking Sector", "HR Department": a field of work, not an employer."""
    part = " ".join(part.strip(" ,.-").split())
    if not part:
        return False
    of_business = _PART_OF_A_BUSINESS.match(part)
    return bool(_LINE_OF_WORK.match(part) or _GENERIC_HEAD.search(part)
                or (of_business and _LINE_OF_WORK.match(of_business.group(1))))
