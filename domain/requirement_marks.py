"""Which of a job ad's sentences, or clauses of one, name nice-to-haves: "a plus", "preferred",
"desirable" against "required", "must", "essential"."""
from __future__ import annotations

import re

_NICE = re.compile(r"\b(?:a plus|plus\b|preferred|nice to have|nice-to-have|bonus|desirable|"
                   r"advantage|advantageous|ideally|is welcome|would be great)\b", re.I)

_REQUIRED = re.compile(r"\b(?:required|requires?|must|essential|mandatory)\b", re.I)
_CLAUSE = re.compile(r",\s+|\s+(?:but|while|whereas)\s+", re.I)


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
    out: list[tuple[int, bool]] = []
    for k in range(len(clauses)):
        own = marks[k]
        out.append((cuts[k + 1], own if own is not None else _unmarked_clause_mark(clauses, marks, k)))
    return out


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
