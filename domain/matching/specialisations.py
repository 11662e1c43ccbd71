"""A held skill that is a grade, class or level of the skill a job asks for meets the ask:
"Commercial Driver's License Class A (CDL-A)" is a CDL, "Level 3 Food Safety" is food safety,
"Python 3" is Python. Only such qualifiers count: "Nursing home administration" is not nursing.
The reverse (asking for Class A, holding a CDL of unknown class) stays a relation.

Between two EU driving licences the category decides, whatever each scheme calls it: CE meets a
C, a C or a "Klasse C" never meets a CE (domain/driving_licences.py). A higher level of one
subject meets a lower one ("Level 3 Food Safety" a "Level 2 Food Hygiene": credential_levels.py)."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from domain.driving_licences import COVERS, licence_category, licence_covers
from domain.matching.credential_levels import level_covers
from domain.pending_credentials import names_a_pending_credential
from domain.registered_professions import on_one_register
from domain.skills import SkillKind, normalise

_PARENTHESES = re.compile(r"\([^)]*\)")
# A grade, class, level, version or the like: "class a", "level 3", "grade ii", "cat c1", "3", "b".
_QUALIFIER = re.compile(
    r"^(?:(?:class|level|grade|category|cat|type|tier|group|stage|version|v)\s+)?(?:[a-z]|[a-z]?\d+[a-z]?|[ivx]+)$"
)

# A body's initials, some with a small letter: "ICAEW", "GPhC".
_BODY_INITIALS = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){3})[A-Z][A-Za-z]{2,5}$")
# A credential's name with its own initials in brackets ("Chartered Accountant (CA)"), or a
# register's ("Registered Pharmacist").
_CREDENTIAL = re.compile(r"\((?-i:[A-Z]{2,6})\)\s*$|^registered\s", re.IGNORECASE)


def _words(name: str) -> list[str]:
    return normalise(_PARENTHESES.sub(" ", name)).split()


@lru_cache(maxsize=65_536)
def specialises(held: str, wanted: str) -> bool:
    """Whether `held` is `wanted` with a grade/class/level qualifier before or after it."""
    h, w = _words(held), _words(wanted)
    if w and _a_kind_of_the_credential(h, w, held):
        return True
    if not w or len(h) <= len(w):
        return False
    if _a_schemes_kind(h, w, wanted):
        return True
    if h[:len(w)] == w:
        extra = h[len(w):]
    elif h[-len(w):] == w:
        extra = h[:-len(w)]
    else:
        return False
    return bool(_QUALIFIER.match(" ".join(extra))) or _awarded_by(held, wanted, len(extra))


# The noun a scheme's credential is named by, after the scheme's initials ("CSCS card").
_SCHEME_NOUNS = frozenset({"card", "licence", "license", "ticket", "certificate", "registration", "permit"})
_SCHEME_INITIALS = re.compile(r"^[A-Z]{2,6}\b")
_MOST_KIND_WORDS = 3


def _a_schemes_kind(h: list[str], w: list[str], wanted: str) -> bool:
    """A scheme's credential asked for by its initials and noun ("CSCS card", "SIA licence") is
    held as one of its kinds, named between the two ("CSCS Blue Skilled Worker card", "SIA Door
    Supervisor licence"): each kind of the scheme's card is its card."""
    return (len(w) == 2 and w[1] in _SCHEME_NOUNS and _SCHEME_INITIALS.match(wanted) is not None
            and h[0] == w[0] and h[-1] == w[1] and len(h) - 2 <= _MOST_KIND_WORDS)


# The nouns a credential is named by, one as good as another ("Forklift certification" is asked
# for, "Counterbalance forklift licence" held).
_CREDENTIAL_NOUNS = frozenset({"licence", "license", "licences", "licenses", "certification", "certificate",
                               "card", "ticket"})
# Words that make a credential something less than held: a provisional licence is no licence.
_LESS_THAN_HELD = frozenset({"provisional", "learner", "learners", "trainee", "student", "expired", "lapsed",
                             "suspended", "revoked", "pending", "applied", "probationary", "temporary", "interim",
                             "awaiting", "expected", "prospective", "aspiring", "applicant", "candidate"})
_HELD_INITIALS = re.compile(r"\((?-i:[A-Z]{3,6})\)")


def _stem(words: list[str]) -> list[str]:
    return words[:-1] if words and words[-1] in _CREDENTIAL_NOUNS else words


def _a_kind_of_the_credential(h: list[str], w: list[str], held: str) -> bool:
    """A credential asked for by its subject and noun ("Forklift certification", "First aid
    certificate") is held as a kind of it: one or two words before the subject, named as a
    credential itself ("Counterbalance forklift licence", "Reach truck (RTITB)" is not: its
    subject differs; "Paediatric first aid certificate"). Never one less than held
    ("Provisional driving licence")."""
    wanted_stem, held_stem = _stem(w), _stem(h)
    if len(wanted_stem) == len(w) or not wanted_stem:
        return False  # the ask names no credential noun
    extra = len(held_stem) - len(wanted_stem)
    named_as_held = len(held_stem) < len(h) or _HELD_INITIALS.search(held) is not None
    return (1 <= extra <= 2 and named_as_held and held_stem[extra:] == wanted_stem
            and not _LESS_THAN_HELD & set(held_stem[:extra]))


def _awarded_by(held: str, wanted: str, extra: int) -> bool:
    """A credential asked for by its generic name ("Chartered Accountant (CA)") is held as one
    body's award of it, named with the body's initials first ("ICAEW Chartered Accountant"):
    each body's award is a kind of the generic one, though never the same as another body's
    ("GPhC Registered Pharmacist" meets "Registered Pharmacist", never "PSI Registered Pharmacist")."""
    first = _PARENTHESES.sub(" ", held).split()[0]
    return extra == 1 and _BODY_INITIALS.match(first) is not None and _CREDENTIAL.search(wanted) is not None


@lru_cache(maxsize=65_536)
def meets(held: str, wanted: str) -> bool:
    """Whether holding `held` is holding `wanted`: a licence category that covers the one asked
    for, the skill asked for with a grade or class qualifier, or its subject at a level as high;
    a regulator's registration and one profession's with it (registered_professions.on_one_register).
    Never one named as not held yet ("NMC registration (application in progress)")."""
    if names_a_pending_credential(held):
        return False
    if licence_category(held) is not None and licence_category(wanted) is not None:
        return licence_covers(held, wanted)
    return (specialises(held, wanted) or level_covers(held, wanted) or on_one_register(held, wanted)
            or _a_field_of_the_register(held, wanted))


_REGISTERED_PHRASE = re.compile(r"\bregistered\s+[a-z][a-z' -]*", re.IGNORECASE)
_MOST_FIELD_WORDS = 3
# Words that make another profession of the one named after them, not a field of it: a dental
# or veterinary nurse is no registered nurse, a veterinary surgeon no surgeon.
_ANOTHER_PROFESSION = frozenset({"dental", "veterinary", "vet", "animal", "equine", "nursery", "pharmacy"})
# Words that name a lower grade registered apart, not a field: a registered practical nurse
# (Ontario's RPN), an enrolled, auxiliary, assistant or associate nurse is no registered nurse.
_LOWER_GRADE = frozenset({"practical", "vocational", "enrolled", "auxiliary", "assistant", "associate", "aide"})


def _registered_words(name: str) -> list[list[str]]:
    """The "Registered ..." phrases of a name, as written or in its brackets ("RGN (Registered
    General Nurse)")."""
    return [normalise(m.group(0)).split() for m in _REGISTERED_PHRASE.finditer(name)]


@lru_cache(maxsize=65_536)
def _a_field_of_the_register(held: str, wanted: str) -> bool:
    """A profession's registration asked for without a field ("Registered Nurse (RN)") is held
    as the registration of one of its fields, named between the two words ("RGN (Registered
    General Nurse)", "Registered Mental Health Nurse"): each field's registered nurse is a
    registered nurse. Never the reverse, one less than held ("Registered Student Nurse"), nor
    another profession ("Registered Dental Nurse")."""
    if "registered" not in wanted.lower() or "registered" not in held.lower():
        return False
    for w in _registered_words(wanted):
        if len(w) < 2:
            continue
        for h in _registered_words(held):
            field = h[1:len(h) - len(w) + 1]
            if (1 <= len(field) <= _MOST_FIELD_WORDS and h[len(h) - len(w) + 1:] == w[1:]
                    and not (_LESS_THAN_HELD | _ANOTHER_PROFESSION | _LOWER_GRADE) & set(field)):
                return True
    return False


def _opens_and_closes_as(key: str, wanted_key: str) -> bool:
    """A cheap test that `key` may name a kind of the scheme credential `wanted_key` names."""
    head, _, noun = wanted_key.partition(" ")
    return bool(noun) and key.startswith(head + " ") and key.endswith(" " + noun)


def _ends_as_a_kind_of(key: str, wanted_key: str) -> bool:
    """A cheap test that `key` may name a kind of the credential `wanted_key` names."""
    wanted_stem = " ".join(_stem(wanted_key.split()))
    return wanted_stem != wanted_key and f" {' '.join(_stem(key.split()))}".endswith(" " + wanted_stem)


def name_key(name: str) -> str:
    """A name's words without its bracketed parts, as `specialises` compares them."""
    return " ".join(_words(name))


def meeting(held: Sequence[str], keys: Sequence[str], categories: Sequence[str | None], wanted: str) -> list[int]:
    """The positions of the `held` names that meet `wanted` (meets), given each one's name_key
    and licence_category worked out once: a batch asks this of every skill of every job, and
    only names that contain the wanted one's words, or are licences, can meet it."""
    wanted_key, wanted_category = name_key(wanted), licence_category(wanted)
    out = []
    for i, (name, key, category) in enumerate(zip(held, keys, categories)):
        if category is not None and wanted_category is not None:
            if wanted_category in COVERS[category]:
                out.append(i)
        elif wanted_key and ((key.startswith(wanted_key + " ") or key.endswith(" " + wanted_key)
                              or _opens_and_closes_as(key, wanted_key) or _ends_as_a_kind_of(key, wanted_key))
                             and specialises(name, wanted) or level_covers(name, wanted)
                             or on_one_register(name, wanted) or _a_field_of_the_register(name, wanted)):
            out.append(i)
    return out


# A product's edition, release or year written after its name: "Sage 50", "Office 365", "Revit 2024".
_EDITION = re.compile(r"\d{1,4}[a-z]?", re.IGNORECASE)


def an_edition_of(held: str, wanted: str, canonical: Callable[[str], str | None],
                  kind: Callable[[str], SkillKind | None]) -> bool:
    """Whether `held` is a numbered edition of the product `wanted` names ("Sage 50" of the
    Sage accounting software an ad asks for as "Sage"), where the taxonomy files the two as
    products of their own: the name less its number is the product asked for."""
    words = held.split()
    if len(words) < 2 or not _EDITION.fullmatch(words[-1]) or held == wanted:
        return False
    product = canonical(" ".join(words[:-1]))
    return product == wanted and kind(product) is SkillKind.TOOL


# What a credential in a subject is called after the subject's name: "HACCP certification",
# "Hairdressing qualification", "First Aid certificate".
_SUBJECT_CREDENTIAL_NOUNS = frozenset({"certification", "certificate", "qualification", "qualified", "certified"})


def a_credential_in(held: str, wanted: str) -> bool:
    """Whether `held` is a credential in the subject `wanted` names ("HACCP certification" for
    an ask for HACCP, "Hairdressing qualification" for hairdressing): whoever holds it has the
    skill, though the taxonomy files the two apart (a credential is a gate, the skill is not)."""
    words = held.casefold().split()
    return len(words) >= 2 and words[-1] in _SUBJECT_CREDENTIAL_NOUNS and words[:-1] == wanted.casefold().split()

