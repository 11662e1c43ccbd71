"""A credential a document says is not held yet: applied for, in progress, awaiting a decision,
an exam booked, "working towards" it, expected. Overseas nurses, teachers and accountants write
their registration so while the regulator processes it ("NMC application in progress", "HCPC
registration pending", "Anerkennung beantragt"), and a recruiter must not read it as held: a
job that requires the registration is not met by it.

A passed exam that is a step toward a registration is not the registration either ("NMC CBT
passed", "NCLEX-RN exam booked"): the exam's word after the credential's name says so.

The words are matched in the credential's own clause (domain.pending_credentials.pending_spans),
next to it, so "pending orders processed; CSCS card" keeps the card."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# Words saying a credential is not yet held, in the languages résumés reach us in most.
PENDING = re.compile(
    r"\b(?:pending|applied\s+for|application\s+(?:submitted|lodged|made|sent|to|with)|applying|in\s+progress|"
    r"in\s+process(?:ing)?|under\s+(?:process(?:ing)?|review)|await(?:s|ed|ing)?|booked|being\s+processed|working\s+towards?|studying\s+(?:for|towards?)|"
    r"expected|anticipated|not\s+yet|to\s+be\s+(?:taken|sat|completed|obtained|issued)|appearing|eligible\s+for|"
    # German, French, Spanish, Portuguese, Italian, Dutch, Polish
    r"beantragt|in\s+bearbeitung|in\s+anerkennung|anerkennung\s+läuft|angestrebt|in\s+vorbereitung|"
    r"en\s+cours|en\s+attente|demandée?|prévue?|en\s+trámite|en\s+proceso|pendiente|solicitad[oa]|en\s+curso|"
    r"em\s+andamento|em\s+curso|pendente|em\s+processo|aguardando|in\s+corso|in\s+attesa|"
    r"in\s+behandeling|aangevraagd|in\s+afwachting|w\s+trakcie|w\s+toku|oczekuj\w*)\b",
    re.IGNORECASE)
# An exam toward a credential, named after it: "NMC CBT", "NCLEX-RN exam", "ACCA Part 2".
_EXAM_WORDS = (r"(?:CBT|OSCE|exams?|assessments?|examinations?|tests?|test\s+of\s+competence|part\s+(?:\d|[IV]+\b|[ab]\b)|"
               r"papers?|modules?|Prüfung|examen|egzamin\w*)\b")
_EXAM_AFTER = re.compile(r"[\s-]*" + _EXAM_WORDS, re.IGNORECASE)
_EXAM_ANYWHERE = re.compile(r"\b" + _EXAM_WORDS, re.IGNORECASE)
# A credential sought, the word right before its name ("seeking QTS", "pursuing CPA licensure"):
# only there, as "RGN seeking a new role" and "seeking a role that uses my CPA licence" hold theirs.
_SOUGHT_WORDS = (r"\b(?:seeking|pursuing|aiming\s+(?:for|at)|preparing\s+for|going\s+for|in\s+pursuit\s+of|"
                 r"en\s+vue\s+de|en\s+préparation\s+de?|auf\s+dem\s+Weg\s+zu[mr]?|buscando|cursando)")
_SOUGHT_RIGHT_BEFORE = re.compile(_SOUGHT_WORDS + r"\s+(?:(?:the|a|an|full|my|l[ae']|des?|la|el|o)\s*)?$", re.IGNORECASE)
_SOUGHT_ANYWHERE = re.compile(_SOUGHT_WORDS, re.IGNORECASE)
# Credentials a regulator or a body confers once the exams are passed; a test's own result
# ("IELTS test", "TOEIC exam") is the credential itself.
_CONFERRED = re.compile(r"regist|licen[cs]|chartered|certified|member|qualified|accountant|nurse|midwife", re.IGNORECASE)
# Where one credential's clause ends: a sentence, a line, a bracket, a list's comma.
_CLAUSE = re.compile(r"[^.;,\n()\[\]]+")
# A bracket or a clause that is a note on the credential before it: "(pending)", "(application in progress)".
_MOST_WORDS_OF_A_NOTE = 4


@dataclass(frozen=True)
class CredentialMention:
    start: int
    end: int
    name: str  # the taxonomy's name of the credential


def pending_spans(text: str, mentions: Sequence[CredentialMention]) -> list[tuple[int, int]]:
    """Where `text` names a credential as not yet held (`mentions`: its credentials found by
    the taxonomy). A pending word before a credential in its clause holds every one after it
    ("awaiting NMC and HCPC registration"); one after holds the nearest before it ("RN, NMC
    registration pending"); a clause of the pending word alone holds the credential just
    before it ("NMC registration (pending)"). A list of credentials before the word is held back
    whole: "NMC and HCPC registration pending", "NMC/HCPC applications in progress", "AHPRA,
    NMC and HCPC registrations pending" (coordinated_before)."""
    held_back: list[tuple[int, int]] = []
    previous: CredentialMention | None = None
    for clause in _CLAUSE.finditer(text):
        inside = [m for m in mentions if clause.start() <= m.start and m.end <= clause.end()]
        cues = [c for c in PENDING.finditer(text, clause.start(), clause.end())
                if not any(m.start <= c.start() < m.end for m in inside)]  # "ACCA student" is a name
        for cue in cues:
            after = [m for m in inside if m.start >= cue.end()]
            before = [m for m in inside if m.end <= cue.start()]
            if after:
                held_back += [(m.start, m.end) for m in after]
            elif before:
                held_back += [(m.start, m.end) for m in coordinated_before(text, mentions, before[-1])]
            elif previous is not None and len(clause.group().split()) <= _MOST_WORDS_OF_A_NOTE \
                    and "\n" not in text[previous.end:clause.start()]:
                held_back += [(m.start, m.end) for m in coordinated_before(text, mentions, previous)]
        held_back += [(m.start, m.end) for m in inside
                      if _CONFERRED.search(m.name) and _EXAM_AFTER.match(text, m.end)]
        held_back += [(m.start, m.end) for m in inside if _SOUGHT_RIGHT_BEFORE.search(text, clause.start(), m.start)]
        previous = inside[-1] if inside else previous
    return sorted(set(held_back))


def may_name_a_pending_credential(text: str) -> bool:
    """Whether `text` has a word that could hold a credential back (a pending word or an exam's);
    a text without one holds none back, so its credentials need not be looked for."""
    return any(cue.search(text) is not None for cue in (PENDING, _EXAM_ANYWHERE, _SOUGHT_ANYWHERE))


# What joins two credentials of one list: "and", "or", "&", a slash; a comma only in a list
# that ends with a conjunction ("AHPRA, NMC and HCPC").
_CONJUNCTION = re.compile(r"[ \t]*(?:/|&|,?[ \t]*\b(?:and|or)\b)[ \t]*", re.IGNORECASE)
_COMMA = re.compile(r"[ \t]*,[ \t]*")


def coordinated_before(text: str, mentions: Sequence[CredentialMention],
                       last: CredentialMention) -> list[CredentialMention]:
    """`last` and the credentials listed with it before it, on its line: what a status written
    after the list is said of ("NMC and HCPC registration pending": both are pending)."""
    earlier = sorted((m for m in mentions if m.end <= last.start), key=lambda m: m.start, reverse=True)
    listed, joined_by_a_conjunction = [last], False
    for m in earlier:
        gap = text[m.end:listed[-1].start]
        if _CONJUNCTION.fullmatch(gap):
            joined_by_a_conjunction = True
        elif not (joined_by_a_conjunction and _COMMA.fullmatch(gap)):
            break
        listed.append(m)
    return listed


def names_a_pending_credential(name: str) -> bool:
    """A held credential's name that says it is not held yet ("NMC registration pending")."""
    return PENDING.search(name) is not None
