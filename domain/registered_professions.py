"""A requirement naming a registered profession and its regulator ("registered pharmacists with
the GPhC", "registered with the HCPC as a paramedic") asks for the profession's registration,
not for any entry on the regulator's register: one regulator registers several rungs of a
trade (pharmacists and pharmacy technicians, dentists and dental nurses, vets and veterinary
nurses), so the regulator's name alone would be met by the rung below.

The credential is the one the taxonomy knows for the regulator and the profession together
("GPhC registered pharmacist"), else the profession's registration without a regulator
("registered paramedic"), else the regulator's own, as the regulator's name alone reads."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from domain.ports.documents import SkillExtractor
from domain.resumes import SkillEntry
from domain.skills import SkillKind, tokens

# A regulator as written: capitalised words, "of", "and", "for" between them ("GPhC", "Social
# Work England", "Nursing and Midwifery Council").
_BODY = r"(?P<body>[A-Z][\w&'-]*(?:\s+(?:(?:of|and|for)\s+)?[A-Z][\w&'-]*){0,5})"
_PROFESSION = r"(?!(?i:with|by|on|to|the|as)\b)(?P<profession>[A-Za-z][A-Za-z'-]*(?:\s+[A-Za-z][A-Za-z'-]*){0,3}?)"
_ON = r"(?i:with|by|on|to)\s+(?i:the\s+)?"
# "registered pharmacists with the GPhC"
_PROFESSION_FIRST = re.compile(rf"\b(?i:registered)\s+{_PROFESSION}\s+{_ON}{_BODY}")
# "registered with the GPhC as a pharmacist"
_BODY_FIRST = re.compile(rf"\b(?i:registered)\s+{_ON}{_BODY}\s+(?i:as)\s+(?i:an?\s+)?{_PROFESSION}"
                         r"(?=\s*(?:[.,;:)(]|$)|\s+(?:and|or|with|in|who|to|for|at|is|are)\b)")


@dataclass(frozen=True)
class Registration:
    start: int
    end: int
    name: str
    # The regulator's own credential, as its name alone reads ("GPhC" -> GPhC registration).
    regulator: str | None


def registrations(text: str, skills: SkillExtractor) -> list[Registration]:
    """The registered professions `text` asks for, each where its phrase is written."""
    found: list[Registration] = []
    for pattern in (_PROFESSION_FIRST, _BODY_FIRST):
        for m in pattern.finditer(text):
            if any(r.start < m.end() and m.start() < r.end for r in found):
                continue
            body = m.group("body")
            name = _credential(body, _singular(m.group("profession")), skills)
            if name:
                found.append(Registration(m.start(), m.end(), name, _regulator(body, skills)))
    return sorted(found, key=lambda r: r.start)


def _regulator(body: str, skills: SkillExtractor) -> str | None:
    return _known(body, skills) or _known(f"{body} registration", skills)


def _credential(body: str, profession: str, skills: SkillExtractor) -> str | None:
    regulator = _regulator(body, skills)
    # The regulator written in full ("General Pharmaceutical Council") by the initials its
    # credential is named with ("GPhC registration").
    bodies = [body, *([regulator.split()[0]] if regulator and _initials(regulator.split()[0]) else [])]
    for name in bodies:
        both = _known(f"{name} registered {profession}", skills)
        if both:
            return both
    return _known(f"registered {profession}", skills) or regulator


def _known(name: str, skills: SkillExtractor) -> str | None:
    canonical = skills.canonical(name)
    return canonical if canonical and skills.kind(canonical) is SkillKind.CERTIFICATION else None


def _initials(word: str) -> bool:
    return len(word) >= 2 and sum(c.isupper() for c in word) >= 2


def _singular(words: str) -> str:
    """"registered pharmacists" names one pharmacist's registration."""
    head, _, last = words.lower().rpartition(" ")
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        last = last[:-1]
    return f"{head} {last}".strip()


# A regulator's registration written straight after the words before it on its line, which
# name the profession registered: "Pharmacy Technician registered with the GPhC", "Dental
# Nurse, GDC registered"; a regulator by its initials (two capitals in its first three letters).
# Each alternative starts at a word's start and its runs of spaces are followed by a word, so
# the search is linear in the text.
_REGISTRATION_AFTER_WORDS = re.compile(
    r"\b(?i:registered)[ \t]+(?i:with|by|on)\b|\b[A-Z][a-z]?[A-Z]\w*[ \t-]+(?i:registered)\b")
_WORDS_BEFORE = 4
_LOOKED_BACK = 80


def professions_written(text: str) -> tuple[str, ...]:
    """The words written just before a registration on its line ("Pharmacy Technician" of
    "Pharmacy Technician registered with the GPhC"), up to four: what a regulator's name alone
    is a registration of when they name a profession it registers (for_the_profession)."""
    out: dict[str, None] = {}
    for m in _REGISTRATION_AFTER_WORDS.finditer(text):
        head = m.group().split()[0].split("-")[0]
        if head.lower() != "registered" and not _initials(head):
            continue
        before = text[max(0, m.start() - _LOOKED_BACK):m.start()]
        line = re.split(r"[\n\r.;:|(]", before)[-1].rstrip(" \t,-")
        words = line.split()[-_WORDS_BEFORE:]
        if words:
            out.setdefault(" ".join(words), None)
    return tuple(out)


def with_professions_written(entries: Sequence[SkillEntry], text: str, skills: SkillExtractor) -> list[SkillEntry]:
    """A résumé's credentials with each regulator's registration read alone named as the
    profession's the words before it name ("Pharmacy Technician registered with the GPhC" under
    the name, a line no section keeps: GPhC Registered Pharmacy Technician)."""
    written = professions_written(text)
    if not written:
        return list(entries)
    out = []
    for entry in entries:
        known = skills.canonical(entry.name)
        named = for_the_profession(known, (), skills, (), written) if known else None
        out.append(entry.model_copy(update={"name": named}) if named and named != known else entry)
    return out


def for_the_profession(name: str, titles: Sequence[str], skills: SkillExtractor,
                       earlier: Sequence[str] = (), written: Sequence[str] = ()) -> str:
    """A regulator's registration read alone ("GPhC registered") on a document whose title
    names a profession the regulator registers apart ("Pharmacy Technician", "Pharmacist
    Manager"): that profession's registration, as "GPhC registered pharmacy technician" reads.
    The rungs of a trade one regulator registers are told apart so on both sides, an ad's bare
    "GPhC" for a pharmacist's post and a technician's "GPhC registration" alike. Titles naming
    several of the regulator's professions ("Pharmacist or Pharmacy Technician") say no one of
    them: the registration stays the regulator's, which any of them meets (on_one_register).
    `earlier`: titles held before, latest first, read when `titles` name none of them (a
    résumé whose current post is "Locum" or a career break). `written`: the words a document
    writes just before a registration (professions_written), read first: "Pharmacy Technician
    registered with the GPhC" is a technician's registration whatever the title of the post."""
    first = name.split()[0] if name.strip() else ""
    if not _initials(first) or skills.kind(name) is not SkillKind.CERTIFICATION:
        return name
    by_words = list(dict.fromkeys(p for words in written for p in _professions(first, words, name, skills)))
    if len(by_words) == 1:
        return by_words[0]
    named = [p for title in titles for p in _professions(first, title, name, skills)]
    for title in earlier:
        if named:
            break
        named = _professions(first, title, name, skills)
    distinct = list(dict.fromkeys(named))
    return distinct[0] if len(distinct) == 1 else name


def _professions(first: str, title: str, name: str, skills: SkillExtractor) -> list[str]:
    """The registrations of the professions `title` names, each phrase read once, the longest
    first ("Vet Nurse" is a veterinary nurse, not a vet)."""
    words = tokens(title)
    taken = [False] * len(words)
    found: list[str] = []
    for size in (4, 3, 2, 1):
        for at in range(len(words) - size + 1):
            if any(taken[at:at + size]):
                continue
            phrase = " ".join(words[at:at + size])
            known = _known(f"{first} registered {phrase}", skills)
            if known == name:
                known = _on_the_regulators_only_register(first, phrase, skills)
            if known and known != name:
                taken[at:at + size] = [True] * size
                found.append(known)
    return found


def _on_the_regulators_only_register(first: str, profession: str, skills: SkillExtractor) -> str | None:
    """A regulator whose registration the taxonomy names the profession's with it by ("NMC
    registered nurse" is NMC registration, as are NMBI's, SANC's): on a document whose title
    names that profession, the registration is the profession's, awarded by the regulator
    ("NMC Registered Nurse"), so it meets the profession's registration asked for without a
    regulator ("registered nurse", domain.matching.specialisations) and the regulator's alone,
    while another profession's with the same regulator (a midwife's) does not meet it."""
    generic = _known(f"registered {profession}", skills)
    if generic is None:
        return None
    return f"{first} Registered {' '.join(w.capitalize() for w in profession.split())}"


_BARE_NOUNS = frozenset({"registration", "registered", "register"})


def on_one_register(held: str, wanted: str) -> bool:
    """Whether one of two credentials is a regulator's registration alone ("GPhC registration")
    and the other a profession's registration with the same regulator ("GPhC Registered
    Pharmacist"): whoever holds either is on the regulator's register. A job asking for the
    regulator's registration is met by each profession's; a résumé whose titles name no
    profession of the regulator's is not known to lack the one asked for."""
    h, w = held.split(), wanted.split()
    if not h or not w or h[0] != w[0] or not _initials(h[0]):
        return False
    return (_bare(h) and _named(w)) or (_named(h) and _bare(w))


def _bare(words: list[str]) -> bool:
    return len(words) == 1 or (len(words) == 2 and words[1].lower() in _BARE_NOUNS)


def _named(words: list[str]) -> bool:
    return len(words) >= 3 and words[1].lower() == "registered"
