"""What a licence or certificate the taxonomy does not know looks like as written, on a
résumé's licences list and in a job ad's requirements alike: a word of licensing ("White
Card", "Full UK Driving Licence", "Level 3 Food Safety") or a scheme's initials alone
("IPAF", "CSCS"); never a licence number beside it."""
from __future__ import annotations

import re

CREDENTIAL_WORDS = re.compile(
    r"\b(?:licen[cs]e[ds]?|certificate|certification|certified|card|permit|endorsements?|rating|"
    r"ticket|passport|clearance|first\s+aid|life\s+support|level\s+\d|driving\s+(?:record|history)|"
    # Australia's AQF titles: "Cert IV in ...", "Diploma of Nursing", "Advanced Diploma of ..."
    r"cert\s+(?:i{1,3}|iv|[1-4])|diploma\s+of)\b|(?-i:\([A-Z]{2,6}\))", re.IGNORECASE)
# The same words as the head of a noun phrase: what a job ad's item ends in when it names a
# credential ("Category D licence", "CPCS tickets"), not a word inside a duty ("card payments").
CREDENTIAL_HEAD = re.compile(r"\b(?:licen[cs]es?|certificates?|certification|cards?|permits?|endorsements?|"
                             r"tickets?|passport|clearance|driving\s+(?:record|history))$", re.IGNORECASE)
INITIALS = re.compile(r"^[A-Z]{3,6}$")
# A licence number: a digit run, or letters and digits mixed in one token ("16A1234N", "RN-12345").
_NUMBER = re.compile(r"\d{4,}|\b(?=\w*\d)(?=\w*[A-Za-z])\w{5,}\b|#|\b(?:no|number|pin|id)\b\.?", re.IGNORECASE)
MAX_WORDS = 7
# A result, not a credential: a percentage, a grade point average, a mark out of a whole, or a
# rating, score or mark given as a number, a grade or band after a colon ("Rating: 84.20%", "CGPA
# 8.6", "GPA 3.7/4.0", "Final mark: 72", "Score 450/500", "Board exam average 81.5", "Grade: 72").
_SCORE = re.compile(
    r"\d\s*%|\b(?:c?gpa|sgpa|cpi|qpi|gwa)\b|\b\d+(?:[.,]\d+)?\s*/\s*(?:4|5|10|20|100|[1-9]\d\d)(?:[.,]0+)?(?![\d/])|"
    r"(?:\b(?:ratings?|scores?|scored|marks?|results?|average|percentile|points)\b[ \t]*(?:[:=][ \t]*|of[ \t]+)?"
    # a grade or band given plainly is a level ("Piano Grade 8", "IELTS Band 7.5"); after a colon, a result
    r"|\b(?:grades?|band)[ \t]*[:=][ \t]*)"
    r"(?:\d+[.,]\d+|(?!(?:19|20)\d\d\b)\d+[ \t]*(?:$|[,;)]))", re.IGNORECASE)
# A qualification's title opens with its level and runs longer ("Level 3 Diploma in Health and
# Social Care", "NVQ Level 2 Certificate in Food Safety in Catering").
_LEVEL_TITLE = re.compile(r"^(?:(?:NVQ|SVQ|RQF|QCF)\s+)?(?:level|NVQ|SVQ)\s*\d\b", re.IGNORECASE)
MAX_TITLE_WORDS = 11


def a_level_title(item: str) -> bool:
    """A qualification's title opening with its level: "NVQ Level 3 in Electrotechnical"."""
    return _LEVEL_TITLE.match(item.strip()) is not None


# A name joined by "and" with the awarding body's bracketed number: "Inspection and Testing
# (2391)", "Design and Verification (2396)" is one qualification, not two skills.
_CODED = re.compile(r"(?<![\w-])(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*\s+(?:and|&)\s+(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*"
                    r"\s*\((?:C&G\s*|City\s*(?:&|and)\s*Guilds\s*)?\d{3,4}(?:-\d{1,3})?\)")


def coded_qualifications(text: str) -> list[tuple[int, int]]:
    """Where `text` names a qualification by its title and number, the number's brackets in."""
    return [(m.start(), m.end()) for m in _CODED.finditer(text)]


def a_short_name(item: str) -> bool:
    """Few enough words for a credential's name, with letters and without a licence number
    or a score."""
    most = MAX_TITLE_WORDS if _LEVEL_TITLE.match(item.strip()) else MAX_WORDS
    return 1 <= len(item.split()) <= most and not _NUMBER.search(item) and not a_score(item) \
        and re.search(r"[A-Za-z]", item) is not None


def a_score(item: str) -> bool:
    """The item tells a result ("Rating: 84.20%", "GPA 3.7/4.0"), which no body issues as a credential."""
    return _SCORE.search(item) is not None


def credential_shaped(item: str) -> bool:
    """A licence, certificate or scheme's initials as written, without a number."""
    if not a_short_name(item):
        return False
    return INITIALS.match(item) is not None or CREDENTIAL_WORDS.search(item) is not None
