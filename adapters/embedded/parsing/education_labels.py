"""Education written label on the left ("Institution: Kgotso Technical Centre", "Course:
Welding NQF 3", "Year of completion: 2014"): the label says which field the value is, so a
school whose name holds no word of schooling still reads as the school."""
from __future__ import annotations

import re
from collections.abc import Callable

from adapters.embedded.parsing.dates import RANGE, YEAR, find_ranges
from adapters.embedded.parsing.education_fields import field_of
from domain.resumes import EducationEntry

_SCHOOL = (r"name\s+of\s+(?:the\s+)?(?:institution|institute|school|college|university)|institution|institute|"
           r"university|school|college|campus|training\s+(?:provider|cent(?:re|er)|institution)|"
           r"universidad|université|universität|hochschule|schule|escuela|escola|école|uczelnia|szkoła")
_AWARD = (r"highest\s+(?:grade|standard|qualification|level)(?:\s+(?:passed|obtained|completed|achieved))?|"
          r"degree(?:\s+obtained|\s+name|\s+title)?|qualification(?:\s+obtained)?|course(?:\s+name|\s+title)?|"
          r"programme|program|award|titulación|título|diplôme|abschluss|kierunek")
_WHEN = (r"year(?:\s+of\s+(?:passing|graduation|completion|award))?|(?:graduation|passing|completion)\s+year|"
         r"graduated|completed|year\s+completed|"
         # Spanish, Portuguese, French and German ("Año de grado: 2018", "Ano de conclusão", "Année d'obtention")
         r"a[ñn]o(?:\s+de\s+(?:grado|graduaci[óo]n|egreso|finalizaci[óo]n|conclus[ãa]o|formatura))?|"
         r"fecha\s+de\s+(?:grado|graduaci[óo]n|egreso)|ann[ée]e(?:\s+d['’]obtention)?|abschlussjahr|jahr")
_LABELLED = re.compile(rf"^(?:(?P<school>{_SCHOOL})|(?P<award>{_AWARD})|(?P<when>{_WHEN}))\s*[:：]\s*(?P<value>\S.*)$",
                       re.IGNORECASE)


def labelled_field(line: str) -> tuple[str, str] | None:
    """("institution" | "degree" | "year", the value) of a line that labels its value; a school's
    or an award's value without its dates ("University: Unisa, 2012" names Unisa)."""
    m = _LABELLED.match(line.strip())
    if m is None:
        return None
    value = m.group("value").strip()
    if m.group("when"):
        return ("year", value) if YEAR.search(value) else None
    named = YEAR.sub("", RANGE.sub("", value)).strip(" ,;|-–—()")
    if not named or not re.search(r"[^\W\d_]", named):
        return None
    if named.count("(") > named.count(")") and value.rstrip(" ,;.").endswith(")"):
        named += ")"  # "Technik logistyk (Logistics Technician)": the strip took the name's own bracket
    return ("institution" if m.group("school") else "degree"), named


def labelled_into(current: EducationEntry | None, role: str, value: str,
                  start: Callable[[], EducationEntry]) -> EducationEntry:
    """The entry a labelled line fills: the current one while that field is empty, else a new one."""
    if role == "year":
        if current is None or current.graduation_year is not None:
            current = start()
        ranges = find_ranges(value)
        years = YEAR.findall(value)
        current.graduation_year = (ranges[0].end.year if ranges[0].end else None) if ranges else \
            int(years[-1]) if years else None
    elif role == "institution":
        if current is None or current.institution:
            current = start()
        current.institution = value
    else:
        if current is None or current.degree:
            current = start()
        current.degree, current.field = value, field_of(value)
    return current
