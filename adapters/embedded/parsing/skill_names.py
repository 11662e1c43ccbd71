"""An item as written reduced to the name it gives: versions and editions kept apart
("Java 17" -> Java, "Excel 365" -> Excel, "AutoCAD 2023" -> AutoCAD), a bracketed note
or level kept apart ("Spanish (conversational)"), an acronym in brackets tried too
("Registered Nurse (RN)")."""
from __future__ import annotations

import re

_VERSION = re.compile(
    r"(?:\s+|-)(?:v(?:er(?:sion)?)?\.?\s*)?(?:\d+(?:\.\d+|\.x)*\+?|(?:19|20)\d\d|365|xp|vista|"
    r"[ivx]{1,4}|se|ee|pro|professional|enterprise|ultimate|premium|standard|cc|cs\d*|dx|lts)$",
    re.I)
_BRACKET = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]?\s*$")
_OPEN_BRACKET = re.compile(r"\s*[(\[][^)\]]*$")


# A number after one of these words is no version but part of the name ("Food Hygiene Level 2",
# "NVQ 3", "Class 1", "Key Stage 2", "Band 5")
_NUMBERED = re.compile(r"\b(?:level|lvl|class|grade|stage|part|nvq|svq|category|cat|tier|band|step|module|unit)\.?$",
                       re.I)
# A date noted beside a credential or skill: "Care Certificate (2017)", "First Aid (exp. 03/2026)",
# "Forklift licence – 2019", "CPR, valid until 2025"
DATED_NOTE = re.compile(r"\s*(?:[(\[]\s*(?:(?:valid|exp\w*\.?|renew\w*|issued|obtained|completed|since|until|till|"
                        r"to|from|in|on)\s*:?\s*){0,2}(?:\d{1,2}[/.-])?(?:19|20)\d\d\s*[)\]]|"
                        r"\s*(?:[-–—,]\s*|\s)(?:(?:valid|exp\w*\.?|renew\w*|issued|obtained|completed|until|till|to)\s*:?\s*){0,2}"
                        r"(?:\d{1,2}[/.-])?(?:19|20)\d\d)$", re.I)


# A model's number joined by a hyphen to a code holding a digit ("Siemens S7-1200", "Airbus
# A320-200"), or a course's number to its scheme's ("City & Guilds 2391-52"): the number after
# the hyphen tells the model or the course, not a version ("S7" names a family).
# Years from one to another ("AutoCAD 2018-2024", "2016-17") are versions, not a model.
_MODEL_NUMBER = re.compile(r"\b(?:[A-Za-z]{1,4}\d+[A-Za-z]?|(?!(?:19|20)\d\d-(?:19|20)?\d\d$)\d{3,5})-\d+$")


def without_version(name: str) -> str:
    """"Java 17" -> "Java"; a bare number or a name that is only a version stays as it is,
    and so does a numbered level ("Food Hygiene Level 2") and a model's number ("S7-1200")."""
    stripped = name
    if _MODEL_NUMBER.search(stripped):
        return stripped
    while True:
        shorter = _VERSION.sub("", stripped).strip()
        if shorter == stripped or not re.search(r"[A-Za-z]{2}", shorter) or _NUMBERED.search(shorter):
            return stripped
        stripped = shorter


# A standard or regulation cited by its letters and number ("NR-10", "NR 35", "BS 7671", "EN 1090",
# "ISO 9001"): the number is the name's, and without it the code names nothing ("NR-10" and
# "NR-35" are Brazil's electrical and work-at-height regulations, both once read as "NR").
_CODE_AND_NUMBER = re.compile(r"^[A-Z]{1,4}[\s-]?\d{1,5}$")


# A regulation or standard cited by its code opening a training's line ("NR-10 – Segurança em
# Instalações Elétricas", "ISO 9001 Internal Auditor", "BS 7671 18th Edition"): the code names the
# training wherever the rest is unknown. A year ("JAN 2019") or COVID-19 is no such code.
_CITED_CODE = re.compile(r"^(?!COVID)(?P<code>(?P<letters>[A-Z]{2,4})(?:\s|-)?\d{1,5})(?![\d.,/:-]?\d)(?=$|[\s:(–—-])")
# Words written in capitals before a number that cite no standard: dates, counts, places.
_WORDS_BEFORE_A_NUMBER = frozenset("""
JAN FEB MAR APR MAY JUN JUNE JUL JULY AUG SEP SEPT OCT NOV DEC WEEK WK DAY DAYS YEAR YR TOP UK US
USA EU AGE PAGE UNIT PART ROOM TIER STEP BAND NO NUM REF TEL FAX APT FLAT BOX PO ZONE AREA
""".split())
_A_YEAR = re.compile(r"(?:19|20)\d\d$")


# Initials, then what they stand for after a dash ("MOPP – Movimentação Operacional de Produtos
# Perigosos", "ILS - Immediate Life Support"): the initials are the training's name.
_INITIALS_SPELLED = re.compile(r"^(?P<code>[A-Z]{2,6})\s*[–—:-]\s*(?P<words>[^\W\d_][^()]*?)\s*(?:\([^()]*\))?\s*$")
_SMALL_WORDS = frozenset("of and the for in on at to de da do das dos del e y et en des du la le el em".split())


def a_cited_code(item: str) -> str | None:
    """"NR-10" of "NR-10 – Segurança em Eletricidade (SENAI, 2019)", "MOPP" of "MOPP –
    Movimentação Operacional de Produtos Perigosos", or None."""
    item = item.strip()
    m = _CITED_CODE.match(item)
    if m and not _A_YEAR.search(m.group("code")) and m.group("letters") not in _WORDS_BEFORE_A_NUMBER:
        return m.group("code")
    spelled = _INITIALS_SPELLED.match(item)
    if spelled:
        initials = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", spelled.group("words"))
                           if w.lower() not in _SMALL_WORDS).upper()
        return spelled.group("code") if initials == spelled.group("code") else None
    return None


def without_version_unless_a_code(name: str) -> str:
    """without_version, but a bare code's number kept."""
    return name if _CODE_AND_NUMBER.match(name.strip()) else without_version(name)


_DASH_NOTE = re.compile(r"\s+[-–—]\s+([^-–—]{1,25})$")


def outside_and_inside(item: str) -> tuple[str, str | None]:
    """("Spanish", "conversational") for "Spanish (conversational)" or "Spanish – conversational";
    an unclosed bracket left by a cut is dropped with what follows it."""
    m = _DASH_NOTE.search(item)
    if m and len(m.group(1).split()) <= 2 and m.start() > 0:
        return item[:m.start()].strip(), m.group(1).strip()
    m = _BRACKET.search(item)
    if m and m.start() > 0:
        return item[:m.start()].strip(), m.group(1).strip() or None
    return (_OPEN_BRACKET.sub("", item).strip() or item).strip("()[] "), None


def candidates(item: str) -> list[str]:
    """The spellings to look up, best first."""
    outside, inside = outside_and_inside(item)
    out = [item, outside, without_version(outside)]
    if inside:
        out.append(inside)
        out.append(without_version(inside))
    seen: dict[str, None] = {}
    for c in out:
        if c and c not in seen:
            seen[c] = None
    return list(seen)


# A field's status alone ("NYSC: Completed 2015", "Driving licence: Yes", "Visa: Valid"): the
# item left of such a line once its label and year are read names no skill.
A_STATUS = re.compile(r"^(?:completed|complete|ongoing|on-?going|pursuing|passed|obtained|in\s+progress|n/?a|none|"
                      r"nil|yes|no|available|awaited|valid|current|expired|pending|exempted|clean|full)\.?$", re.IGNORECASE)
# A result after a credential's name ("PNLE – Passed", "Driver CPC: obtained 2014"): the
# credential is the name before it.
STATUS_TAIL = re.compile(r"\s*(?:[-–—:,]\s*|\((?=[^)]*\)\s*$))(?:passed|obtained|completed|awarded|achieved|valid|current)"
                         r"\b[^()]*\)?\s*$", re.IGNORECASE)
# A table of skills with a column of levels ("Skill | Level", "Excel | Advanced"): the columns'
# names and a level alone name no skill ("BASIC" in capitals is the language).
A_LEVEL_OR_COLUMN = re.compile(
    r"^(?-i:(?!BASIC$))(?:(?:beginner|elementary|basic|pre-?intermediate|(?:upper[- ])?intermediate|advanced|expert|"
    r"proficient|competent|fluent|native|novice|familiar|skilled|fair|average|good|very\s+good|excellent|"
    r"working\s+knowledge|(?:skills?|levels?|proficiency|proficiency\s+level|rating|self[- ]rating|years?|"
    r"years?\s+of\s+experience|experience)))$", re.IGNORECASE)
