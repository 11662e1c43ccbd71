"""An education table's header row ("Institution | Qualification | Year completed") says which
cell of each row below is the school and which the award: read so when the word lists know
one of a row's names but not the other ("Unisa", "Honours in Accounting Science")."""
from __future__ import annotations

import re

_SCHOOL = frozenset(["university", "institute", "institution", "school", "college", "board", "établissement",
                     "etablissement", "école", "einrichtung", "schule", "hochschule", "centro", "institución",
                     "escola", "instituição", "instituicao", "istituto", "instelling", "uczelnia"])
_AWARD = frozenset(["qualification", "qualifications", "degree", "course", "diploma", "diplôme", "diplome",
                    "abschluss", "titulación", "titulacion", "título", "titulo", "curso", "grau", "titolo",
                    "opleiding", "kierunek", "examination", "exam"])
_WHEN = frozenset(["year", "years", "date", "dates", "passing", "jahr", "année", "annee", "año", "ano",
                   "anno", "jaar", "rok", "period", "duration", "zeitraum"])


def column_roles(labels: list[str]) -> list[str | None] | None:
    """Each column's role ("institution", "degree", "year" or None), when the row names one
    school column and one award column; None otherwise ("Board/University" is the school's)."""
    roles: list[str | None] = []
    for label in labels:
        words = _words(label)
        roles.append("institution" if words & _SCHOOL else "degree" if words & _AWARD else
                     "year" if words & _WHEN else None)
    if roles.count("institution") == 2:
        # "Course | Institution | Board / University | Year" (India): the college attended, and
        # the board or university that examined it, which is no second school
        bodies = [k for k, label in enumerate(labels) if roles[k] == "institution" and _EXAMINING & _words(label)]
        if len(bodies) == 1:
            roles[bodies[0]] = "board"
    if roles.count("institution") != 1 or roles.count("degree") != 1:
        return None
    return roles


_EXAMINING = frozenset(["board", "university", "affiliation", "affiliated"])


def _words(label: str) -> set[str]:
    return set(re.split(r"[\s/&]+", label.lower()))


def cells_by_role(parts: list[str], roles: list[str | None]) -> dict[str, str]:
    """The row's cells by their columns' roles, when it has a cell for each column (the
    examining board's as "board")."""
    if len(parts) != len(roles):
        return {}
    return {role: part.strip(" ,-") for role, part in zip(roles, parts, strict=True) if role and part.strip(" ,-")}


# The words of an education table's header row, in the languages CVs are written in.
_LABEL_WORDS = frozenset(["qualification", "qualifications", "degree", "course", "board", "university", "institute",
                          "institution", "school", "college", "year", "years", "of", "passing", "passed", "percentage",
                          "%", "cgpa", "gpa", "grade", "marks", "class", "division", "result", "duration", "period",
                          "specialization", "specialisation", "stream", "examination", "exam", "name", "the",
                          "subject", "field", "major", "dates", "date", "from", "to", "awarding", "body", "location",
                          # what a year column says of the year: "Year completed", "Date obtained"
                          "completed", "obtained", "awarded", "attained", "achieved", "graduated", "graduation",
                          "attended", "studies", "study",
                          # the same columns' names in the other languages CVs are written in
                          "diplôme", "diplome", "diplômes", "formation", "établissement", "etablissement", "école",
                          "année", "annee", "dates", "lieu", "abschluss", "einrichtung", "schule", "hochschule",
                          "jahr", "zeitraum", "ort", "titulación", "titulacion", "título", "titulo", "centro",
                          "institución", "año", "ano", "curso", "fecha", "grau", "instituição", "instituicao",
                          "escola", "titolo", "istituto", "anno", "opleiding", "instelling", "jaar", "diploma",
                          "kierunek", "uczelnia", "rok", "de", "du", "d'études", "di", "studio"])


def a_header_row(parts: list[str]) -> bool:
    """The row names columns, not a school or an award: "Qualification | Board/University | Year"."""
    words = [w for p in parts for w in re.split(r"[\s/&]+", p.lower()) if w]
    return len(parts) >= 2 and bool(words) and all(w in _LABEL_WORDS for w in words)
