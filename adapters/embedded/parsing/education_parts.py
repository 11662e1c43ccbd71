"""An education line in parts (table cells, commas, dashes, "from", "at"), and what each part
names: a degree, an institution, both, or a year."""
from __future__ import annotations

import re

from adapters.embedded.parsing.dates import POINT, RANGE, YEAR
from adapters.embedded.parsing.education_words import (
    AWARD_IN_A_FIELD,
    DEGREE,
    EXPANSION_AFTER,
    INSTITUTION,
    QUALIFICATION_END,
    SCHOOL_LEVEL_FIRST,
)
from adapters.embedded.parsing.work_places import a_place_name

# "Graduated: 2014", "Year of passing - 2012", "Completed 2019": a year with its label
# and as Portuguese, Spanish, French, German and Polish write it ("concluído em 2014", "terminado en
# 2012", "obtenu en 2015", "abgeschlossen 2010", "ukończone w 2016")
_YEAR_LABEL = re.compile(r"^\s*(?:(?:graduated|completed|passed(?:\s+out)?|awarded|expected)(?:\s+(?:in|on))?|graduation|"
                         r"year(?:\s+of\s+passing)?|class\s+of|period|duration|"
                         r"(?:inclusive\s+)?dates?(?:\s+of\s+(?:attendance|study))?|"
                         r"(?:conclu[ií]d[oa]|terminad[oa]|finalizad[oa]|obtenid[oa]|egresad[oa]|formad[oa]|obtenu|"
                         r"obtenue|abgeschlossen|ukończon[eya])(?:\s+(?:em|en|no|el|in|w|le))?)\b\s*[:\-–]?", re.IGNORECASE)

# Commas and bars inside brackets list a note's items ("GCSEs (English C, Maths B)"): hidden
# while the line is parted, restored after.
_BRACKETED = re.compile(r"\([^()]*\)")
_SEPARATORS = ",;|"
_HIDE = str.maketrans(_SEPARATORS, "".join(chr(0xE000 + k) for k in range(len(_SEPARATORS))))
_SHOW = {v: k for k, v in _HIDE.items()}


def _hidden(m: re.Match[str]) -> str:
    return m.group().translate(_HIDE)


def classify(part: str) -> str | None:
    """"degree", "institution", "both", "year", or None for a part the word lists do not know."""
    text = part.strip()
    if not text:
        return None
    # a note in brackets after the year ("2014 (Dean's Lister)") names nothing studied
    without_dates = _BRACKETED.sub("", _YEAR_LABEL.sub("", YEAR.sub("", POINT.sub("", RANGE.sub("", text)))))
    if YEAR.search(text) and len(re.findall(r"[A-Za-z]", without_dates)) <= 8 and \
            not DEGREE.search(without_dates) and not INSTITUTION.search(without_dates):
        return "year"  # "2015", "2011 to 2015", "Passed out: 2012"
    if INSTITUTION.search(text) and (QUALIFICATION_END.search(text) or AWARD_IN_A_FIELD.match(text)) and DEGREE.search(text):
        return "degree"  # ("College Diploma in Nursing": the award, in its field, names the kind of school)
    expanded = EXPANSION_AFTER.search(text)
    if expanded and QUALIFICATION_END.search(expanded.group(1)):
        return "degree"  # "SLC (School Leaving Certificate)": the award's initials, then its name
    if INSTITUTION.search(text):
        level = SCHOOL_LEVEL_FIRST.match(text)
        if level and INSTITUTION.search(text[level.end():]) and not DEGREE.search(text[level.end():]):
            return "institution"  # "Secondary Technical School Brno": the level names the kind of school
        # "B.Tech from XYZ Institute" is a degree line that names its institution; "High
        # School Diploma" is a degree whose name only sounds like a school
        if DEGREE.match(text.strip("•●*- ")):
            rest = DEGREE.sub(" ", text)
            named = INSTITUTION.sub(" ", rest).split()
            proper = [w for w in named if w[:1].isupper() and w.lower() not in ("of", "in", "and")]
            return "both" if INSTITUTION.search(rest) and proper else "degree"
        return "institution"
    if DEGREE.search(text) and len(text.split()) <= 14:
        return "degree"
    if _NUMBERED_SCHOOL.match(text):
        return "institution"  # "Secundaria Técnica No. 45", "Gymnasium Nr. 3", "School № 57": a school by its number
    if re.search(r"\s[-–—]\s*$|\s[-–—]\s{1,3}[A-Z]", text):
        return "institution"  # "Xyz -  Pune, Maharashtra": an institution with its place
    return None


# A name and its number, with the word for number ("No.", "Nr.", "Nº", "№", "#"); a number alone
# after a name is as often a level ("Level 3", "Grade 12", "National 5")
_NUMBERED_SCHOOL = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'.-]*(?:\s+[\w'.-]+){0,5}\s+(?:[Nn]o\.|[Nn]r\.|[Nn][º°]|№|#)\s*\d{1,4}$")
_CELL_GAP = re.compile(r"\t|\s{3,}|\||\s[·•]\s")
# A spaced dash parts a line except inside a range of years ("2011 - 2015", "2019 - present")
_PARTS = re.compile(r"\s*\((?=" + YEAR.pattern + r"(?:\s*[-–—]\s*(?:" + YEAR.pattern + r"|(?i:present|now|current|ongoing|date)))?\s*\)\s*(?:$|[-–—|,;]))|\s*[,;]\s+|\s+[·•]\s+|\s*\|\s*|\s*\t+\s*|\s{3,}|\s+[-–—]\s+(?=\D)(?!(?i:present|now|current|ongoing|today|till|to\s+date|date)\b)|(?<=\D)\s+[-–—]\s+|"
                    r"\s+from\s+|\s+at\s+|\s+with\s+|\s+in\s+(?=" + YEAR.pattern + r"\b)")  # "... Board in 2008 (with 68%)."
# "..., 2014", "..., May 2014": a date after a comma ends the line
_DATE_AFTER_A_COMMA = re.compile(rf",\s*(?:{POINT.pattern})\s*+\.?\s*+$", re.I)  # (its full stop too)
# "SSC – 2002", "Matric - Dec 2009": a date after a spaced dash ends the line too
_DATE_AFTER_A_DASH = re.compile(rf"\D\s[-–—]\s*(?:{POINT.pattern})\s*+\.?\s*+$", re.I)
# "..., Portland Community College (2019)", "... - TESDA (2012)": the year in brackets after the school
_YEAR_IN_BRACKETS = re.compile(rf"(?:,|\s[-–—]\s).*\(\s*{YEAR.pattern}\s*\)\s*$|\(\s*{YEAR.pattern}\s*[-–—]\s*(?:{YEAR.pattern}|"
                               r"(?i:present|now|current|ongoing|date))\s*\)\s*$")  # "Kumasi Academy (2010 - 2013)"
# Cells of a flattened table: a tab or a wide gap between them
WIDE_GAP = re.compile(r"\t|\s{3,}")
# "ITI (Electrician) from Government ITI Varanasi in 2012": an award, "from", then its school
AWARD_FROM = re.compile(r"^\S.*?(?<!\s)\s+from\s+(?=\S)", re.IGNORECASE)
_A_CAMPUS = re.compile(r"^(?:[\w.'-]+\s+){1,4}campus$", re.IGNORECASE)


# School-leaving examinations taken in subjects ("GCSEs", "A-Levels", "Highers"), then the subjects:
# their commas list subjects and grades, and no school is named unless a school's word says so.
_EXAM_IN_SUBJECTS = re.compile(r"^(?:\d{1,2}\s+)?(?:i?gcses?|a[- ]?levels?|as[- ]levels?|o[- ]levels?|(?:advanced\s+)?highers|"
                               r"national\s+[345]s?)\b(?P<rest>.*)$", re.I)
_SUBJECTS_FOLLOW = re.compile(r"^\s*(?::|\(|in\b|including\b|grades?\b|\d|(?:english|maths?|mathematics|science|biology|"
                              r"chemistry|physics|history|geography|french|spanish|german|art|music|ict)\b)", re.I)
# (Its runs of blanks and marks are tried from their start only and taken whole, a date starting
# with neither: tried at each of a long run's spaces and each way of splitting it, a run of
# spaces cost the cube of its length.)
_DATE_ENDS = re.compile(rf"(?<![\s,;(-])[\s,;(-]*+\(?\s*+((?:{POINT.pattern})(?:\s*[-–—]\s*(?:{POINT.pattern}))?)"
                        r"\s*+\)?\s*+\.?$", re.I)


def exam_in_subjects(line: str) -> list[str] | None:
    """["GCSEs: 9 grades A*-C including English, Maths", "2015"]: an examination in subjects with
    no school named, as one part (and its date), or None."""
    m = _EXAM_IN_SUBJECTS.match(line.strip())
    if m is None or not _SUBJECTS_FOLLOW.match(m.group("rest")):
        return None
    date = _DATE_ENDS.search(line)
    body = line[:date.start()] if date else line
    if INSTITUTION.search(body):
        return None
    return [body.strip(" ,;:-–—"), date.group(1)] if date else [body.strip(" ,;:-–—")]


def line_parts(line: str, dates_first: str | None) -> list[str]:
    """The parts of a line, or the line whole when it names one thing. Table cells (tabs, pipes,
    wide gaps), or a year after a comma, part a line; so does a dash between a school and its
    degree ("Kobe University - Bachelor of Law"). `dates_first`: the dates that opened the line."""
    if (subjects := exam_in_subjects(line)) is not None:
        return subjects
    if classify(line) in (None, "both") or len(line) > 60 or line.count(",") >= 2 or \
            _CELL_GAP.search(line) or _DATE_AFTER_A_COMMA.search(line) or _DATE_AFTER_A_DASH.search(line) or _YEAR_IN_BRACKETS.search(line) or \
            len(re.findall(r"\s[-–—]\s", line)) >= 2 or _a_school_dash_its_degree(line) or \
            (dates_first and "," in line) or _a_school_dash_another(line) or AWARD_FROM.match(line):
        # ("2013   Fagbrev i tømrerfaget, Byggfag Trondheim": the year before the line parts
        # it as a year after it would)
        return _parted(line)
    return [line]


def _parted(line: str) -> list[str]:
    """The parts of a line; a table's cell that names a school is one part ("School of Nursing,
    Teaching Hospital, Ibadan"), but for the town its last comma parts off ("Ibadan")."""
    cells = [c.strip() for c in WIDE_GAP.split(line) if c.strip()]
    if len(cells) >= 2 and any(classify(c) == "institution" for c in cells):
        # (a cell "Napier University – BA Policing" is a school and its degree, parted by the dash)
        return [part for c in cells for part in (_school_and_town(c) if classify(c) == "institution"
                                                 and not _a_school_dash_its_degree(c) else _split(c))]
    return _split(line)


# "Faculty of Business and Commerce (Bachelor of Commerce)": the award in brackets after the
# school or its faculty
_AWARD_IN_BRACKETS = re.compile(r"([^()]{3,120}?)\s*\(([^()]{4,80})\)\s*")
_A_SCHOOLS_PART = re.compile(r"^(?:faculty|department|school|college|institute)\s+of\b", re.IGNORECASE)


def _split(text: str) -> list[str]:
    parts: list[str] = []
    for part in (p.translate(_SHOW) for p in _PARTS.split(_BRACKETED.sub(_hidden, text)) if p):
        bracketed = _AWARD_IN_BRACKETS.fullmatch(part)
        if bracketed and classify(bracketed[2]) == "degree" \
                and (classify(bracketed[1]) == "institution" or _A_SCHOOLS_PART.match(bracketed[1])):
            parts += [bracketed[1].strip(), bracketed[2].strip()]
        elif parts and _A_CAMPUS.match(part) and classify(parts[-1]) == "institution":
            parts[-1] = f"{parts[-1]}, {part}"  # "Coast Polytechnic, Mombasa Campus": one school, at one campus
        else:
            parts.append(part)
    return parts


def _school_and_town(cell: str) -> list[str]:
    school, comma, town = cell.rpartition(", ")
    if comma and classify(school) == "institution" and a_place_name(town.strip()):
        return [school, town]
    return [cell]


def _a_school_dash_its_degree(line: str) -> bool:
    halves = re.split(r"\s[-–—]\s", line)
    return len(halves) == 2 and classify(halves[0]) == "institution" and classify(halves[1]) == "degree"


def _a_school_dash_another(line: str) -> bool:
    """"N3 Diesel Mechanic — Ekurhuleni TVET College (2011)": a dash between a school and a
    name the word lists do not know, which is what the school awarded (or its town)."""
    halves = re.split(r"\s[-–—]\s", line)
    return len(halves) == 2 and [classify(h) for h in halves].count("institution") == 1 and \
        None in [classify(h) for h in halves]
