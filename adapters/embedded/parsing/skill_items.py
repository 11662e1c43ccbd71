"""A skills section cut into the items people wrote: one a bullet, a line, a table cell, or
between commas, semicolons, pipes, middle dots and slashes; brackets kept whole (a comma
inside "(Excel, Word)" separates nothing at the outer level); lines a PDF wrapped mid-list
joined again."""
from __future__ import annotations

import re
from collections.abc import Callable

_BULLET_CHARS = "•●❖▪■◆➢►✓◦·»›▸▹➤➔→⇒✔★☆◇○❯‣⁃∙◾▫□✦✧⦿"
_SEPARATORS = set(",;|\t" + _BULLET_CHARS)
_SPACED_MARKS = re.compile(r"\s[@~>+]\s|^[@~>+]\s|\s[@~>+]$")  # "@ item @ item", "a + b": marks used as bullets
_OPEN, _CLOSE = "([{", ")]}"
_LABEL = re.compile(r"^[^:,;|]{2,40}:\s*")
_YEARS_NOTE = re.compile(r"\((?:[^()]*\b(?:years?|yrs?|months?)\b[^()]*)\)", re.I)
_WIDE_GAP = re.compile(r"\s{3,}")
# The date a line of credentials opens with, a column of its own ("2012.11  Forklift Driver Licence",
# "03/2019 – First Aid at Work"): when it was earned, no part of its name
_DATE_FIRST = re.compile(r"^(?:(?:0?[1-9]|1[0-2])[./-])?(?:19|20)\d\d(?:[./-](?:0?[1-9]|1[0-2]))?(?:\s*[-–—:]\s*|\s+)(?=[^\W\d_])")
# "and" in the languages résumés list skills in: Italian and Portuguese "e", Spanish "y",
# Catalan, Polish and Croatian "i", French "et", German "und", Turkish "ve", Indonesian "dan",
# Nordic "og" ("CLP Siemens S7-1200 e S7-300", "Français et anglais"); lower case only, as a
# joiner is written ("Vitamin E", "Part I" are names). Dutch "en" is left out: it is Spanish and
# French "in" ("Licenciatura en Derecho").
_AND = re.compile(r"\s+(?:(?i:and)|&|e|y|i|et|und|ve|dan|og)\s+")
# A slash separates two items ("Word / Excel", "Teaching/Tutoring") unless it joins short
# tokens of one name ("CI/CD", "TCP/IP", "A/B testing", "PL/SQL").
_SLASH = re.compile(r"\s+/\s+|(?<=[A-Za-z]{3})/(?=[A-Za-z]{3})")
# Share of the section's widest line past which a line is taken to have been wrapped.
_WRAP_SHARE = 0.8
PROSE_WORDS = 14


def _split_outside_brackets(line: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for ch in line:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        if ch in _SEPARATORS and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _slash_parts(part: str) -> list[str]:
    """The part split at its slashes outside brackets: "First aid (CPR/AED)" is one item, its
    bracket listing what it covers (read apart by _listed_inside)."""
    depth_at, depth = [], 0
    for ch in part:
        depth = depth + 1 if ch in _OPEN else max(0, depth - 1) if ch in _CLOSE else depth
        depth_at.append(depth)
    pieces, start = [], 0
    for m in _SLASH.finditer(part):
        if depth_at[m.start()] == 0:
            pieces.append(part[start:m.start()])
            start = m.end()
    return [*pieces, part[start:]]


def _unwrap(lines: list[str]) -> list[str]:
    """Joins a line a PDF wrapped inside a list ("..., Google" + "Classroom, Special ...")."""
    widest = max((len(line) for line in lines), default=0)
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        if (out and widest >= 40 and len(out[-1]) >= _WRAP_SHARE * widest
                and out[-1].count(",") >= 2 and "," in stripped
                and not out[-1].rstrip().endswith((",", ";", ".", ":"))
                and stripped and stripped[0] not in _BULLET_CHARS + "-*" and not _LABEL.match(stripped)):
            out[-1] = out[-1].rstrip() + " " + stripped
        else:
            out.append(stripped)
    return out


def section_items(text: str, known: Callable[[str], bool] = lambda _: False) -> tuple[list[str], list[str]]:
    """(items, prose lines): a skills section mixes lists with sentences about skills. A slash
    joins the parts of a name `known` knows whole ("Lockout/Tagout", "Hook/Tug")."""
    items, prose = [], []
    for line in _unwrap([_europass_label_closed(raw.strip()) for raw in _YEARS_NOTE.sub(" ", text).splitlines()]):
        line = _SPACED_MARKS.sub("\t", _WIDE_GAP.sub("\t", _DATE_FIRST.sub("", line.strip(" -*\t" + _BULLET_CHARS))))
        line = _GLUED_CATEGORY.sub("", line)  # "ATPL(A)", "CPL(H)": the licence's category
        label = _LABEL.match(line)
        if label and _LICENCE_LABEL.search(label.group()):
            items.append(label.group().rstrip(": "))  # "Driving licence: Full, clean (B, C1)"
            continue
        codes_listed = bool(label and _CREDENTIALS_LABEL.search(label.group()))
        line = _LABEL.sub("", line)
        line = _dashes_parted(line)
        if not line:
            continue
        parts = [p.strip() for p in _split_outside_brackets(line)]
        parts = [q for p in parts for q in ([p] if "/" in p and known(p.strip(" -*.:\t")) else _slash_parts(p))] \
            if not _looks_like_prose(line, parts) else parts
        parts = [_DANGLING.sub("", p.strip(" -*.:\t")).strip(" -*.:\t") for p in parts]
        parts = [p for p in parts if p and re.search(r"[^\W\d_]", p)]
        if _looks_like_prose(line, parts):
            prose.append(line)
            continue
        for part in parts:
            part = _STATUS_AFTER.sub("", part)
            if not (codes_listed and _an_unknown_code(part, known)):
                items.append(part)
            items.extend(p for p in _listed_inside(part) if not _an_unknown_code(p, known))
    return items, prose


# Europass labels its personal skills' lines with no colon: "Mother tongue(s) Swedish",
# "Job-related skills Wound care, ...", "Driving licence B"
# The same labels in the Romanian, Italian, Spanish and Portuguese forms ("Limba(i) maternă(e)",
# "Competenţe şi aptitudini de utilizare a calculatorului", "Madrelingua(e)", "Permiso(s) de conducción").
_EUROPASS_LABEL = re.compile(r"^(?:mother\s+tongue(?:\(s\)|s)?|other\s+language(?:\(s\)|s)?|"
                             r"(?:job-related|communication|organi[sz]ational(?:\s*/\s*managerial)?|digital|"
                             r"computer|artistic|other)\s+skills|driving\s+licen[cs]e|"
                             r"limba\(i\)\s+matern[aă]\(e\)|alt[aă]\(e\)\s+limb[aă]\(i\)|"
                             r"competen[tţț]e\s+[sşș]i\s+aptitudini\s+de\s+utilizare\s+a\s+calculatorului|"
                             r"permis\(e\)\s+de\s+conducere|madrelingua\(e\)|altr[ae]\s+lingu[ae]|"
                             r"capacit[aà]\s+e\s+competenze\s+informatiche|lengua\(s\)\s+materna\(s\)|"
                             r"otro\(s\)\s+idioma\(s\)|permiso\(s\)\s+de\s+conducci[oó]n|l[ií]ngua\(s\)\s+materna\(s\)"
                             r")\s+(?=\S)", re.IGNORECASE)
# (not Italian "Patente B" nor Portuguese "Carta de condução B": the licence's own name, read whole)


def _europass_label_closed(line: str) -> str:
    """"Mother tongue(s) Swedish" read as "Mother tongue(s): Swedish", when what follows the
    label begins a name ("Communication skills workshops" is an item of its own)."""
    m = _EUROPASS_LABEL.match(line)
    # (a form's column gap before the value closes the label too: "Limba(i) maternă(e)  română")
    if m is None or not (line[m.end():m.end() + 1].isupper() or line[m.end():m.end() + 1].isdigit()
                         or re.search(r"\s{2,}$|\t", m.group())):
        return line
    if m.end() > 40:  # longer than a label the list reads ("Competenţe şi aptitudini de utilizare a calculatorului")
        return line[m.end():]
    return f"{line[:m.end()].rstrip()}: {line[m.end():]}"


# Codes of a credential's units, ratings or categories ("CCN1", "HTR1", "A320", "E190", "G3"):
# what they name is a part of the credential the taxonomy may not know; alone they are no skill.
_CODE = re.compile(r"^(?=[A-Za-z-]*\d)(?=[\d-]*[A-Za-z])[A-Za-z\d-]{2,8}$")
# A label over codes of credentials: "Type ratings: A320, E190", "Tickets: CCN1, CENWAT".
_CREDENTIALS_LABEL = re.compile(r"\b(?:ratings?|tickets?|endorsements?|categories|units|modules|cards?|"
                                r"certificat\w*|qualifications?)\b", re.IGNORECASE)
_GLUED_CATEGORY = re.compile(r"(?<=[A-Z]{2})\([A-Z]{1,2}\)(?=[\s,;.]|$)")
# A credential's state written after it ("ATPL frozen", "SIA licence expired"): no part of its name.
_STATUS_AFTER = re.compile(r"(?<=\w)\s+\(?(?:frozen|expired|valid|lapsed)\)?$", re.IGNORECASE)


def _an_unknown_code(part: str, known: Callable[[str], bool]) -> bool:
    return bool(_CODE.match(part.strip())) and not known(part.strip())


_INSIDE = re.compile(r"[(\[]([^()\[\]]*[,;|][^()\[\]]*)[)\]]?")


def _listed_inside(part: str) -> list[str]:
    """"MS Office (Word, Excel, PowerPoint)": the bracketed list's items as well."""
    m = _INSIDE.search(part)
    if not m:
        return []
    inner = [q for p in _split_outside_brackets(m.group(1)) for q in _SLASH.split(p)]
    return [p.strip(" .") for p in inner if p.strip(" .")]


# A joining word left at an item's edge by a line wrapped or a list cut mid-phrase ("Hardware
# and", "and Networking", "such as Payroll"): no part of the item. In lower case only ("AS 9100",
# "OR Scrub" are names); a word that ends many names ("Check in", "Log in", "Sign up to") stays.
_DANGLING = re.compile(r"^(?:(?:and|or|&|as|such\s+as|like|including|incl\.|e\.g\.|i\.e\.|etc\.?)\s+)+|"
                       r"(?:\s+(?:and|or|&|with|(?i:etc)|such\s+as))+$")
_SPACED_DASH = re.compile(r"\s+[–—]\s+")  # en and em dashes: " - " joins too often ("UAE - Dubai")
_LICENCE_LABEL = re.compile(r"\b(?:licen[cs]e|permit|endorsement)\b", re.IGNORECASE)


def _dashes_parted(line: str) -> str:
    """"Customer service – Cash handling – Merchandising": dashes part the items when nothing
    else does; a lone dash joins ("Portuguese – native", "Pune University -  Lonavale"), and
    so does one beside commas or inside brackets ("(LF - Forklift)")."""
    if len(_SPACED_DASH.findall(line)) >= 2 and not re.search(r"[,;|(\t]", line):
        return _SPACED_DASH.sub("\t", line)
    return line


def _looks_like_prose(line: str, parts: list[str]) -> bool:
    return (len(line.split()) > PROSE_WORDS and sum(len(p.split()) for p in parts) > 4 * max(1, len(parts))) \
        or _AN_ACHIEVEMENT.match(line) is not None


# A functional CV's achievement under a skill's heading, opened by what was done ("Translated
# 2,000+ pages of contracts, court decisions and ...", "Coordinated a team of 6 ..."): a sentence
# whose commas list no skills. A past tense before a number, an article or a possessive; not a
# skill named so ("Advanced Excel", "Automated testing", "Distributed systems").
_AN_ACHIEVEMENT = re.compile(r"^[A-Z][a-z]{2,}ed\s+(?:\d|(?:a|an|the|over|more\s+than|up\s+to|all|our|my|\d+)\s)")


_AND_AFTER_A_BRACKET = re.compile(r"(?<=\))\s+(?:and|&)\s+(?=[^()]*\([^()]*\)\s*$)", re.IGNORECASE)


def bracketed_and_parts(item: str) -> list[str]:
    """"Basic Life Support (BLS) and Advanced Cardiovascular Life Support (ACLS)": the names
    joined by "and", each closed by its own bracket."""
    return [p.strip() for p in _AND_AFTER_A_BRACKET.split(item) if p.strip()]


def and_parts(item: str) -> list[str]:
    """"Excel and PowerPoint" -> both; for an item the taxonomy does not know whole."""
    if "(" in item:
        return [item]
    return [p.strip() for p in _AND.split(item) if p.strip()]
