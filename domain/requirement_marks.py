"""Which of a job ad's sentences, or clauses of one, name nice-to-haves: "a plus", "preferred",
"desirable" against "required", "must", "essential"."""
from __future__ import annotations

import re

# "Plus" right after "in" or "of" begins a subject's name ("Diploma in Plus Size Fashion").
_NICE = re.compile(r"\b(?:a plus|(?<!\bin\s)(?<!\bof\s)plus\b|preferred|nice to have|nice-to-have|bonus|desirable|"
                   r"advantage|advantageous|ideally|is welcome|would be great|useful|helpful|beneficial|an asset|"
                   # "experience of Cambridge IGCSE welcome": a word closing its clause that welcomes what
                   # it follows ("Welcome guests" opens a duty)
                   r"(?:welcomed?|appreciated|preferable)(?=\s*(?:[.;,!)]|$)))\b",
                   re.I)

_REQUIRED = re.compile(r"\b(?:required|requires?|must|essential|mandatory)\b", re.I)
_CLAUSE = re.compile(r",\s+|\s+(?:but|while|whereas)\s+", re.I)
# The same labels in the other languages ads are written in: German, Spanish, French, Dutch,
# Portuguese and Italian, of what is asked ("Ihr Profil:", "Requisitos:", "Profil recherché :")
# and of the duties, whose items name the skills where no English verb opens them ("Missions :
# taille de la vigne, palissage").
_ABROAD = ("ihr profil|anforderungen|voraussetzungen|qualifikationen|ihre aufgaben|aufgaben|"
           "requisitos|perfil|funciones|responsabilidades|competencias|"
           "profil(?: recherché)?|missions|compétences|exigences|"
           "functie-eisen|profiel|vereisten|taken|"
           "requisiti|mansioni|competenze|funções|requisitos obrigatórios")
# A label opening a line that says what the list after it (on the line, or the lines below it)
# is: "Essential: ...", "Desirable:", "Requirements: ...", "Nice to have: ...".
_LABEL = re.compile(r"^\s*(?:(?P<nice>desirable|preferred|nice[- ]to[- ]haves?|bonus|advantageous|"
                    r"wünschenswert|deseable|souhaité|pluspunten)|"
                    r"essential|required|requirements?|must[- ]haves?|qualifications?|key skills|skills required|"
                    rf"{_ABROAD})\s*:\s*", re.I)


# The words that join a list's items in the languages whose labels these are, which in English
# are words of their own ("e", "o", "en", "of"): read as joins only under such a label.
_ROMANCE = re.compile(r"requisit[oi]s?(?: obrigatórios)?|perfil|funciones|funções|responsabilidades|competencias|"
                      r"mansioni|competenze", re.I)
_DUTCH = re.compile(r"functie-eisen|profiel|vereisten|taken", re.I)


def label_joins(label: re.Match[str]) -> tuple[str, ...]:
    """The words joining items under `label` beyond those of English, German and French."""
    name = label.group().strip().rstrip(":").strip()
    if _ROMANCE.fullmatch(name):
        return ("e", "o")
    return ("en", "of") if _DUTCH.fullmatch(name) else ()


def requirement_label(line: str) -> re.Match[str] | None:
    """The label opening `line`, if any: its end is where the list it names begins."""
    return _LABEL.match(line)


def lines_under_labels(text: str) -> list[tuple[str, bool | None]]:
    """The lines of `text` but the labels alone on theirs, each with whether such a label above
    it opened a list of nice-to-haves (True: "Desirable:"), of requirements (False:
    "Essential:"), or none (None). The list runs to a blank line or the next heading."""
    out: list[tuple[str, bool | None]] = []
    label: bool | None = None
    after_bullets = False
    for line in text.split("\n"):
        opened = requirement_label(line)
        if opened and not line[opened.end():].strip():
            label, after_bullets = opened.group("nice") is not None, False
            continue
        if ends_a_labelled_list(line, after_bullets):
            label = None
        after_bullets = label is not None and bool(_BULLET_LINE.match(line))
        out.append((line, label))
    return out


# A line that is a field of its own ("Salary: £28,000", "Hours: 40 a week"), and a bulleted one.
_INLINE_FIELD = re.compile(r"^\s*[A-Z][A-Za-z /&-]{0,30}:\s+\S")
_BULLET_LINE = re.compile(r"^\s*(?:[-*•●▪■◆➢►✓–]|\d+[.)])\s+")


def ends_a_labelled_list(line: str, after_bullets: bool) -> bool:
    """Whether `line` ends the list a label alone on its line opened: a blank line, another
    heading ("Benefits:"), a field of its own ("Salary: £28,000") or, after bulleted items, a
    line without a bullet ("Monday to Friday")."""
    stripped = line.strip()
    if not stripped or stripped.endswith(":"):
        return True
    if _INLINE_FIELD.match(line) and not requirement_label(line):
        return True
    return after_bullets and not _BULLET_LINE.match(line)


def clause_marks(sentence: str) -> list[tuple[int, bool]]:
    """(end, names nice-to-haves) of each clause of a sentence, in order. A sentence that says
    both what is required and what is preferred ("BLS and ACLS required, Epic experience
    preferred") is marked clause by clause, each by its own word or as `_unmarked_clause_mark`
    says; any other sentence is one clause."""
    if not (_NICE.search(sentence) and _REQUIRED.search(sentence)):
        return [(len(sentence), bool(_NICE.search(sentence)))]
    cuts = [0, *(m.end() for m in _CLAUSE.finditer(sentence)), len(sentence)]
    clauses = [sentence[a:b] for a, b in zip(cuts, cuts[1:])]
    marks = [True if _NICE.search(c) else False if _REQUIRED.search(c) else None for c in clauses]
    return [(cuts[k + 1], _clause_mark(clauses, marks, k)) for k in range(len(clauses))]


def _clause_mark(clauses: list[str], marks: list[bool | None], k: int) -> bool:
    own = marks[k]
    return own if own is not None else _unmarked_clause_mark(clauses, marks, k)


def marked_nice(marks: list[tuple[int, bool]], start: int) -> bool:
    return next((nice for end, nice in marks if start < end), marks[-1][1])


def _unmarked_clause_mark(clauses: list[str], marks: list[bool | None], k: int) -> bool:
    """A clause without a word of its own goes on the list a marker opened before it ("Must
    hold a CPC card, a tachograph card, ADR desirable"), else takes the next clause's ("Epic,
    Cerner experience preferred"), else the one before."""
    before = next((j for j in range(k - 1, -1, -1) if marks[j] is not None), None)
    if before is not None and _opens_with_its_mark(clauses[before]):
        return bool(marks[before])
    after = next((m for m in marks[k:] if m is not None), None)
    if after is not None:
        return after
    return bool(marks[before]) if before is not None else False


def _opens_with_its_mark(clause: str) -> bool:
    """"Must hold ...", "Essential: ...": the clause's marker stands before what it marks."""
    mark = _NICE.search(clause) or _REQUIRED.search(clause)
    return mark is not None and set(clause[:mark.start()].lower().split()) <= _WHO_IS_ASKED


# Who a marker may follow and still open its clause ("You must hold ...", "Candidates must ...").
_WHO_IS_ASKED = frozenset("you we candidates applicants the candidate applicant".split())
