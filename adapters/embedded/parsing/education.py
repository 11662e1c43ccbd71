"""Education entries: institution, degree, field and graduation year."""
from __future__ import annotations

import re

from adapters.embedded.parsing.dates import CJK_POINT, POINT, RANGE, YEAR
from adapters.embedded.parsing.education_bodies import awarding_body
from adapters.embedded.parsing.education_columns import a_header_row, cells_by_role, column_roles
from adapters.embedded.parsing.education_entry_ends import without_course_label
from adapters.embedded.parsing.education_entry_ends import year_of as _year
from adapters.embedded.parsing.education_fields import field_of
from adapters.embedded.parsing.education_labels import labelled_field, labelled_into
from adapters.embedded.parsing.education_parts import AWARD_FROM, WIDE_GAP, classify, line_parts
from adapters.embedded.parsing.education_school_below import award_below_its_school, school_below_its_award
from adapters.embedded.parsing.education_subjects import subject_after_the_degree
from adapters.embedded.parsing.education_words import (
    AN_AWARD,
    AWARD_OR_SCHOOL,
    CJK,
    CJK_ENROLMENT,
    CJK_STATUS,
    INSTITUTION,
    NAME_WORD,
    lettered,
    without_level_label,
)
from adapters.embedded.parsing.graded_subjects import detail_of_an_exam
from adapters.embedded.parsing.work_places import a_place_name
from domain.country_names import country_code
from domain.place_fold import fold
from domain.resumes import EducationEntry

# A school known by its initials ("GMIT", "NAIT", "BCIT"), named after the degree earned there.
_AN_ACRONYM = re.compile(r"^(?-i:[A-Z]{3,6})$")
# (not "CA Intermediate", "CMA Intermediate": a professional body's exam, not Class XII)
_SCHOOL_LEAVING = re.compile(r"\b(?:1[0-2]th|x(?:ii)?th|class|" + lettered("ssc", "hsc", "sslc", "puc") + r"|(?<!ca\s)(?<!cma\s)(?<!cs\s)intermediate|matric\w*|secondary|"
                             r"high\s+school|waec|wassce|kcse|gcses?|a[- ]levels?|o[- ]levels?|slc|see)\b", re.I)
_PROPER_NAME = re.compile(rf"^{NAME_WORD}(?:\s+{NAME_WORD}){{1,6}}$")
# A school known by its name and number ("CBTis 128", "Lyceum No. 5", "Szkoła Podstawowa nr 3")
_NUMBERED_SCHOOL = re.compile(rf"^{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}}\s+(?:no\.?\s*|nr\.?\s*|n[º°]\s*|#)?\d{{1,4}}$")
_QUALIFICATION_NAME = re.compile(r"^[A-Z][\w&'()./-]*(?:\s+[\w&'()./-]+){0,9}$")
_LOCATION_TAIL = re.compile(r"(?<!\s)\s+[-–—|]\s+.*$")


# A board named after the class it examined ("10th – CBSE – 2010") is where it was earned.
# ("[\w ]+\s+board" written so that its words and its blanks cannot share a space: a name with a
# word in it, or spaces alone; tried each way of sharing a long run of spaces, it took their square.)
_BOARD = re.compile(r"^(?:cbse|icse|isc|[A-Z]{2,6}|[\w ]*\w\s+board| \s+board)$", re.IGNORECASE)


# Dates that open a line ("2011 - 2015: Bachelor of ...", "2014    Baccalauréat, Lycée ..."),
# set off by a colon, a dash, a bar or a gap: they close the entry the rest of the line names.
_DATES_FIRST = re.compile(rf"^(?:{RANGE.pattern}|(?:{POINT.pattern})(?![\d/.-]))\s*(?:[:|–—-]\s*|\s{{2,}}|\t)(?=[^\W\d_])|"
                          rf"^{RANGE.pattern}\s(?=[^\W\d_])|"  # "2007 – 2010 Ausbildung zur ..."
                          # "2017 Certificate in Western Cuisine, Saigontourist College": a year, a
                          # space and a capital (not "2015 and 2016 ...")
                          r"^(?:19|20)\d\d\s(?=(?-i:[A-ZÀ-ÖØ-ÞİŞÇĞÖÜ]))|"
                          rf"^{CJK_POINT.pattern}\s*(?=[^\W\d_])", re.IGNORECASE)  # "2012年3月 東京大学 ..."


# "Zespół Szkół Rolniczych — Agricultural Technician, 2010": a school first, set off by a dash
_SCHOOL_DASH_FIRST = re.compile(r"^[^,–—|]+\s[–—-]\s\S")
# "QQI Level 5 Special Needs (5M4339) — Clare ETB, 2017": an award, a dash, its school, a comma and the year
_AWARD_DASH_SCHOOL_COMMA_YEAR = re.compile(rf"^[^,]+\s[–—-]\s[^,–—]+,\s*{YEAR.pattern}\s*$")


def _less_the_board(parts: list[str], cells: list[str], roles: list[str | None], by_role: dict[str, str]) -> list[str]:
    """The row's parts less the examining board's cell, which is no second school: by its column
    where the parts are the row's cells; else by its text, once when the college is named the
    same ("B.Sc. | University of Mumbai | University of Mumbai | 2015": the university both taught
    and examined)."""
    if [p.strip(" ,-") for p in parts] == [c.strip(" ,-") for c in cells]:
        board = roles.index("board")
        return [p for k, p in enumerate(parts) if k != board]
    boards = [k for k, p in enumerate(parts) if p.strip(" ,-") == by_role["board"]]
    if by_role["board"] == by_role["institution"]:
        boards = boards[-1:]  # one of the two cells: the college's stays
    return [p for k, p in enumerate(parts) if k not in boards]


def _unnamed_table_row(line: str, parts: list[str]) -> tuple[str, str, int | None] | None:
    """(degree, institution, year) of a table row ("a | b | 2014", "2014 | a | b") none of
    whose cells is known as a degree or a school, or None."""
    # ("Award, School, 2016" and "2016: Award, School": commas part such a row too, with a year
    # alone in its part: "H2S Alive, Fall Protection, CSTS-2020" lists three tickets)
    if " | " not in line and len(re.findall(r"\s[–—-]\s", line)) < 2 and not (
            "," in line and ("(" not in line or _AWARD_DASH_SCHOOL_COMMA_YEAR.match(line))
            and len(parts) == 3 and any(re.fullmatch(YEAR.pattern, p.strip(" .:")) for p in parts)):
        return None
    kinds = [classify(p) for p in parts]
    named = [p.strip(" ,-") for p, kind in zip(parts, kinds, strict=True) if kind is None]
    years = [p for p, kind in zip(parts, kinds, strict=True) if kind == "year"]
    if len(named) != 2 or len(years) != 1 or len(parts) != 3 \
            or not all(_QUALIFICATION_NAME.match(p.replace(": ", " ", 1)) for p in named):  # ("Trade Test: Fitter")
        return None
    # a town or a country is neither the award nor the school ("Accra, Ghana, 2014" under a
    # school; "Lyceum No. 5, Almaty, 2009"); and by commas alone, which part names what
    # only words of awards or schools say ("Dean's List, Golden Key, 2015" names neither)
    if any(_a_place(p) for p in named) or (
            " | " not in line and len(re.findall(r"\s[–—-]\s", line)) < 2
            and not any(AWARD_OR_SCHOOL.search(p) or _NUMBERED_SCHOOL.match(p) for p in named)):
        return None
    if _AN_ACRONYM.match(named[0]) and AN_AWARD.search(named[1]) and not _AN_ACRONYM.match(named[1]):
        return named[1], named[0], _year(years[0])  # "ENAC — Air Traffic Controller Course — 2019": the school's initials first
    return named[0], named[1], _year(years[0])


def _a_school_in_its_town(parts: list[str]) -> bool:
    """A line of a name the word lists do not know, then its town ("WIFI Steiermark, Graz")."""
    return len(parts) == 2 and classify(parts[0]) is None and classify(parts[1]) is None and \
        bool(_PROPER_NAME.match(parts[0].strip())) and not _a_place(parts[0]) and _a_place(parts[1].strip())


def _a_place(part: str) -> bool:
    return a_place_name(part.replace(".", "")) or country_code(fold(part.replace(".", ""))) is not None


_A_FACULTY = re.compile(r"^(?:faculty|facultad|faculdade|facult[eé]|facolt[aà]|fakultas|fakult[aä]t|wydzia[lł]|"
                        r"department|departamento|dipartimento|school)\s+(?:of|de|di|des|du|für|fur)\b", re.IGNORECASE)


# Until when a credential listed among the schooling is valid ("Driver CPC – valid to 2027",
# "STR (berlaku s/d 2026)", "First Aid (expires 03/2025)"): no date it was earned.
_VALID_UNTIL = re.compile(r"(?<![\s,;–—-])[\s,;–—-]*\(?\b(?:valid|expir(?:es|y|ing|ed)|renew(?:al|ed|s)?\s+due|berlaku|válid[oa]|"
                          r"valable|gültig|scadenza)\b[^()\d]{0,20}(?:\d{1,2}[/.-]){0,2}(?:[^\W\d_]+\s+)?"
                          r"(?:19|20)\d\d\)?", re.IGNORECASE)


# "Session 2012-13, Passing year 2016" (Bangladesh, Pakistan, India): the academic session is
# when the course began; the year of passing, where the line gives one, is when it was earned.
_SESSION = re.compile(r",?(?<!\s)\s*\bsession\s*:?\s*(?:19|20)\d\d\s*[-–/]\s*\d{2,4}\b", re.IGNORECASE)
_PASSING_YEAR = re.compile(r"\b(?:year\s+of\s+passing|pass(?:ing|ed)(?:\s+(?:year|out|in))?)\s*:?\s*(?=(?:19|20)\d\d)",
                           re.IGNORECASE)


def _without_the_session(line: str) -> str:
    """The line less its session, and less the label of its year of passing (the year stays)."""
    return _PASSING_YEAR.sub("", _SESSION.sub("", line)) if _PASSING_YEAR.search(line) else line


def _written(entry: EducationEntry | None) -> tuple[str | int | None, ...]:
    return (id(entry), entry.institution, entry.degree, entry.graduation_year) if entry else ()


def _dates_first(line: str) -> tuple[str, str | None]:
    m = _DATES_FIRST.match(line)
    if not m:
        return line, None
    return line[m.end():].strip(), line[:m.end()].strip(" :|–—-\t")


def _dated_otherwise(line: str, current: EducationEntry | None) -> bool:
    if current is None or not current.institution or current.graduation_year is None or not YEAR.search(line):
        return False
    year = _year(line)
    return year is not None and year != current.graduation_year


# Notes about a course that name nothing studied ("Pursuing", "Percentage 78", "Result awaited")
_COURSE_NOTE = re.compile(r"\b(?:pursuing|passed|completed|appearing|awaited|result|grade|percentage|marks|"
                          r"score|cgpa|gpa|aggregate|distinction|division|class)\b|\d", re.I)


def _studied_over_a_school(line: str, parts: list[str], current: EducationEntry | None) -> str | None:
    """A line naming no degree in words known, first in its entry, that job sites' exports put
    where the degree stands, over the school ("Marine Biology" over "Coastal University -
    Goa"): what was studied there. Only once the entry before it is whole: a line after a
    school that lacks its degree is that school's."""
    if len(parts) != 1 or classify(line) is not None or _COURSE_NOTE.search(line) or \
            not _QUALIFICATION_NAME.match(line) or len(line.split()) > 6 or line.endswith(":") or \
            a_place_name(line.replace(".", "")) or country_code(fold(line.replace(".", ""))) is not None:
        return None
    if current is not None and not (current.degree and current.institution):
        return None
    return line.strip(" ,-")


# "…, University of Pretoria, 2015. Postgraduate Diploma in …, 2016.": entries written as
# sentences in one paragraph, each closed by its year and a full stop
_SENTENCE_AFTER_A_YEAR = re.compile(r"(\b(?:19|20)\d\d)\.[ \t]+(?=[A-Z])")


def parse_education(text: str) -> list[EducationEntry]:
    entries: list[EducationEntry] = []
    current: EducationEntry | None = None

    def start() -> EducationEntry:
        entry = EducationEntry()
        entries.append(entry)
        return entry

    blank_before = False
    # A blank line (a section's end) since the entry was last written to: a credential listed
    # after it ("Driver CPC" under "Licences") is no degree of the school before it.
    blank_since_entry, last_written = False, _written(current)
    studied: str | None = None  # a line over a school, where the degree stands (_studied_over_a_school)
    roles: list[str | None] | None = None  # the columns a table's header row named (education_columns)
    for raw in _SENTENCE_AFTER_A_YEAR.sub(r"\1\n", text).splitlines():
        line = raw.strip().strip("•●❖▪*·").strip()
        if _written(current) != last_written:
            blank_since_entry, last_written = False, _written(current)
        if not line or line.lower().startswith("http"):
            blank_before = blank_before or not line
            blank_since_entry = blank_since_entry or not line
            continue
        labelled = labelled_field(line)
        if labelled is not None:
            role, value = labelled
            current = labelled_into(current, role, value, start)
            if role != "year" and current.graduation_year is None:
                current.graduation_year = _year(line)  # "Highest grade passed: Grade 12 (2007)"
            blank_before = False
            continue
        if current is not None and detail_of_an_exam(line, current.degree):
            continue  # "Mathematics (B), Physics (C)" under "A-Levels — ...": the exam's subjects
        line, dates_first = _dates_first(without_level_label(_without_the_session(_VALID_UNTIL.sub("", line))))
        if CJK.search(line):
            if CJK_ENROLMENT.search(line):
                continue
            line = CJK_STATUS.sub("", line)
        parts = line_parts(line, dates_first)
        if CJK.search(line) and len(line.split()) > 1:
            parts = line.split()
        if dates_first:
            parts.append(dates_first)  # read last, so that the degree before it opens the entry
        if a_header_row(parts):
            roles = column_roles(parts)
            continue  # a table's header row: "Qualification | Board/University | Year | Percentage"
        piped = [c.strip() for c in line.strip(" |").split("|")] if roles and "|" in line else parts
        by_role = cells_by_role(piped, roles) if roles else {}
        if by_role.get("board") and by_role.get("institution") and roles:
            parts = _less_the_board(parts, piped, roles, by_role)
        if "institution" in by_role and "degree" in by_role and \
                (classify(by_role["institution"]) != "institution" or classify(by_role["degree"]) not in ("degree", "both")) \
                and not (_AN_ACRONYM.match(by_role["institution"]) and _SCHOOL_LEAVING.search(by_role["degree"])):
            # a row whose school or award the word lists do not know: its header says which is
            # which (not the examining board of a school-leaving class: "12th | BSEB")
            current = start()
            current.institution, current.degree = by_role["institution"], by_role["degree"]
            current.field = field_of(current.degree)
            current.graduation_year = _year(by_role["year"]) if "year" in by_role else None
            blank_before = False
            continue
        cells = _unnamed_table_row(line, parts)
        if cells:
            # "Executive Chef Programme | Le Cordon Bleu London | 2014": a row of a table whose
            # cells name no degree or school in words known; the columns' order says which is which
            current = start()
            current.degree, current.institution, current.graduation_year = cells
            blank_before = False
            continue
        # a school with its years, then its degree on the next line, is one entry; after a
        # blank line a degree starts the next one
        # so does a line dated to another year under a school whose year is read ("Caregiving NC
        # II, TESDA, 2012" under "Quezon City High School, 2010"): a course taken after it
        closed = blank_before or _dated_otherwise(line, current)
        blank_before = False
        if current is not None and current.degree and not current.institution and not closed \
                and _a_school_in_its_town(parts):
            current.institution = parts[0].strip()  # "WIFI Steiermark, Graz" under the award it gave
            continue
        if current is not None and current.institution and not current.degree and current.graduation_year is None \
                and not closed and (award := award_below_its_school(parts)):
            current.degree, current.graduation_year = award, _year(line)  # "Arquitecta — 2014" under its university
            continue
        if current is not None and current.degree and not current.institution and not closed \
                and (below := school_below_its_award(parts)):
            current.institution = below[0]  # "SENAI Joinville — 2014" under "Técnico em Mecânica"
            if below[1] and current.graduation_year is None:
                current.graduation_year = _year(line)
            continue
        over_school, studied = studied, _studied_over_a_school(line, parts, current)
        unnamed: list[str] = []
        before_school: list[str] = []
        after_school: list[str] = []
        after_degree: list[str] = []
        degree_here = institution_here = False
        school_in_degree: str | None = None
        board: str | None = None  # "Class XII, CBSE, Kendriya Vidyalaya": the school named after it wins
        credential_and_body = awarding_body(parts)
        for position, part in enumerate(parts):
            kind = classify(part)
            if credential_and_body:  # "Chartered Professional Accountant (CPA), CPA Ontario": a credential, its body
                kind = "degree" if position == credential_and_body[0] else \
                    "institution" if position == credential_and_body[1] else kind
            if position == 0 and kind == "institution" and len(parts) > 1 and AWARD_FROM.match(line) \
                    and classify(parts[1]) == "institution":
                kind = "degree"  # "ITI (Fitter) from Government ITI Pune": what is named before "from" was earned there
            if kind == "institution" and institution_here and (not INSTITUTION.search(re.sub(r"\([^()]*\)", "", part))
                                                               or _A_FACULTY.match(part.strip())):
                # "Dhaka (University of Dhaka)" after the college: its town, and the university it is under;
                # "Cairo University, Faculty of Pharmacy": the university's faculty, no second school
                kind = None
            if kind == "degree" and degree_here and _BOARD.match(part.strip()):
                kind = "institution"
                board = part.strip(" ,-")
            degree_here = degree_here or kind in ("degree", "both")
            institution_here = institution_here or kind in ("institution", "both")
            if kind is None and len(parts) > 1:
                unnamed.append(part.strip(" ,-"))
                if not institution_here:
                    before_school.append(part.strip(" ,-"))
                else:
                    after_school.append(part.strip(" ,-"))
                if degree_here and not institution_here:
                    after_degree.append(part.strip(" ,-"))  # a town follows the school, not a subject
            if kind in ("degree", "both"):
                if current is None or current.degree or \
                        (current.institution and current.graduation_year and (closed or blank_since_entry)):
                    current = start()
                inst = INSTITUTION.search(part) if kind == "both" else None
                current.degree = part.strip(" ,-")
                current.field = field_of(part)
                if current.graduation_year is None and YEAR.search(part):
                    current.graduation_year = _year(part)  # "SSC 2006 from ...", its label "passed in" taken off
                if inst and not current.institution:
                    current.institution = part.strip(" ,-")
                    school_in_degree = current.institution
            elif kind == "institution" and institution_here and current is not None and current.institution \
                    and _A_FACULTY.match(current.institution) and current.institution in line:
                # "Faculty of Pharmacy, Cairo University": the faculty, then the university it is part of
                current.institution = f"{current.institution}, {_LOCATION_TAIL.sub('', part).strip(' ,-')}"
                if current.graduation_year is None and YEAR.search(part):
                    current.graduation_year = _year(part)
            elif kind == "institution":
                if current is None or (current.institution and current.institution not in (school_in_degree, board)) \
                        or (current.degree and not degree_here
                            and any(classify(p) in ("degree", "both") for p in parts[position + 1:])):
                    # ("Barnfield College, Luton — Level 2 Diploma, 2017" under a degree alone: the
                    # school of the degree on its own line, not of the one above)
                    # (a degree naming a kind of school, "Diploma di Istituto Professionale ...",
                    # gives way to the school named after it on its line)
                    current = start()
                current.institution = _LOCATION_TAIL.sub("", part).strip(" ,-")
                if over_school and not current.degree and not any(classify(p) in ("degree", "both") for p in parts):
                    current.degree, current.field = over_school, current.field or field_of(over_school)
                if current.graduation_year is None and YEAR.search(part):
                    current.graduation_year = _year(part)  # "Anna University - 2017 - CGPA 7.8"
            elif kind == "year" and current is not None and current.graduation_year is None:
                current.graduation_year = _year(part)
            if kind == "year" and (current is None or (closed and len(parts) == 1 and current.graduation_year
                                                       and current.graduation_year != _year(part))):
                # (a dated block after a blank line, its year first, opens the next entry)
                current = start()
                current.graduation_year = _year(part)
        if degree_here and current is not None and current.degree:
            current.field = subject_after_the_degree(current, after_degree, institution_here) or current.field
        if degree_here and not institution_here and current is not None and not current.institution:
            # "Welding Certificate, Harbour Skills Centre, 2019": the named part after a degree
            # is where it was earned, even without "college" or "institute" in its name
            # (initials after a school-leaving qualification are its examining board: "12th | BSEB")
            named = [p for p in unnamed if (_PROPER_NAME.match(p) or _NUMBERED_SCHOOL.match(p) or
                                            (_AN_ACRONYM.match(p) and not _SCHOOL_LEAVING.search(current.degree or "")))
                     and p != current.field]
            # ("CBTis 128, Ciudad Juárez — Técnico en Logística": the school before its town, not the town)
            named = [p for p in named if not a_place_name(p)] or named
            if named:
                current.institution = named[0]
        if institution_here and not degree_here and current is not None and not current.degree:
            # "CAP Cuisine, Institut Paul Bocuse, 2014": what a school awarded, named before it
            # in words the degree list does not know
            awarded = [p for p in before_school if _QUALIFICATION_NAME.match(p)]
            if not awarded and (WIDE_GAP.search(line) or " | " in line or len(re.findall(r"\s[–—-]\s", line)) >= 2
                                or _SCHOOL_DASH_FIRST.match(line)):
                # "School of Nursing, Jos      Registered Nurse      2012": the cell after the
                # school in a table's row is what it awarded, unless it names a place
                awarded = [p for p in after_school if _QUALIFICATION_NAME.match(p) and not a_place_name(p)
                           and country_code(fold(p)) is None]
                # ("Universidad de Buenos Aires – Facultad de Arquitectura, Diseño ...": its faculty's name)
                awarded = [] if any(_A_FACULTY.match(p) for p in after_school) else awarded
            # ("Lineworker Program" after "Training Center, Trenton, GA —": a course's word names it)
            awarded = awarded or [p for p in after_school if AN_AWARD.search(p) and _QUALIFICATION_NAME.match(p)]
            if awarded:
                current.degree, current.field = awarded[0], current.field or field_of(awarded[0])
    return [without_course_label(e) for e in entries if e.institution or e.degree]
