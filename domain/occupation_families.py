"""Job titles of one family of work: titles that share no word yet name neighbouring jobs (a
cook and a chef, a bookkeeper and an accountant, a lorry driver and an HGV driver). A person
who wants one is well served by another, though less than by the title they named; the
interchangeable names of one job (domain/title_synonyms.py) count as the title itself.

Phrases are lookup keys (domain.skills.normalise). A title is in a family when it ends with
one of the family's phrases (English titles end with the work's noun: "Head Chef", "Senior
Accountant"), or holds one of its phrases of two words or more ("Truck Driver CDL-A")."""
from __future__ import annotations

import re
from functools import lru_cache

from domain.occupation_names import OCCUPATION_NAMES
from domain.skills import normalise, tokens
from domain.title_synonyms import TITLE_SYNONYMS

OCCUPATION_FAMILIES: tuple[tuple[str, ...], ...] = (
    # kitchens
    ("chef", "cook", "line cook", "prep cook", "commis", "commis chef", "sous chef", "head chef",
     "chef de partie", "demi chef", "pastry chef", "pastry cook", "kitchen manager", "cuisinier", "grill cook"),
    # accounts
    ("accountant", "bookkeeper", "book keeper", "cpa", "certified public accountant",
     "chartered accountant", "aca", "acca", "cima", "accounting technician", "accounts assistant",
     "accounting clerk", "accounts clerk", "accounts payable clerk", "accounts receivable clerk",
     "staff accountant", "management accountant", "financial accountant"),
    # nursing
    ("nurse", "rn", "registered nurse", "staff nurse", "charge nurse", "ward sister", "ward manager",
     "nurse practitioner", "lpn", "lvn", "licensed practical nurse", "licensed vocational nurse",
     "enrolled nurse", "clinical nurse specialist", "midwife"),
    # care and support
    ("care assistant", "care worker", "carer", "support worker", "healthcare assistant", "hca",
     "health care assistant", "nursing assistant", "cna", "certified nursing assistant",
     "personal care aide", "home health aide", "caregiver", "care giver", "home carer",
     "domiciliary carer", "patient care technician"),
    # heavy goods driving
    ("hgv driver", "lgv driver", "lorry driver", "truck driver", "trucker", "cdl driver",
     "class 1 driver", "class 2 driver", "class a driver", "class b driver", "c e driver",
     "tractor trailer driver", "commercial driver", "long haul driver", "tanker driver"),
    # deliveries
    ("delivery driver", "van driver", "multi drop driver", "courier", "courier driver",
     "driver courier", "route driver"),
    # teaching
    ("teacher", "schoolteacher", "school teacher", "primary teacher", "secondary teacher",
     "classroom teacher", "educator", "subject teacher", "form tutor"),
    ("teaching assistant", "learning support assistant", "classroom assistant", "paraprofessional",
     "para educator", "teacher aide", "teacher s aide"),
    # trades
    ("electrician", "electrical technician", "electrical fitter", "approved electrician",
     "journeyman electrician", "maintenance electrician", "electrical installer"),
    ("plumber", "pipefitter", "pipe fitter", "heating engineer", "gas engineer", "plumbing and heating engineer"),
    ("carpenter", "joiner", "cabinet maker", "shopfitter", "site carpenter"),
    ("welder", "fabricator", "welder fabricator", "mig welder", "tig welder", "boilermaker"),
    ("mechanic", "motor mechanic", "vehicle technician", "auto technician", "automotive technician",
     "diesel mechanic", "hgv mechanic", "service technician"),
    ("hvac technician", "hvac engineer", "refrigeration engineer", "air conditioning engineer",
     "hvac installer"),
    # warehouses and shops
    ("warehouse operative", "warehouse associate", "warehouse worker", "picker packer", "order picker",
     "picker", "packer", "warehouse assistant", "stock handler"),
    ("sales assistant", "retail assistant", "shop assistant", "cashier", "store associate",
     "sales associate", "retail associate", "checkout operator", "customer assistant"),
    # hospitality and cleaning
    ("waiter", "waitress", "waiting staff", "food and beverage assistant", "food server",
     "restaurant server"),
    ("bartender", "barman", "barmaid", "bar staff", "bar tender", "mixologist"),
    ("cleaner", "janitor", "custodian", "housekeeper", "domestic assistant", "cleaning operative",
     "room attendant"),
    # offices
    ("receptionist", "front desk agent", "front desk clerk", "front of house", "front desk associate",
     "front office agent", "front office assistant", "guest service agent", "guest services agent",
     "guest service associate", "guest relations agent"),
    ("administrative assistant", "admin assistant", "office administrator",
     "secretary", "personal assistant", "office assistant", "administrative officer"),
    ("security guard", "security officer", "door supervisor", "security agent"),
    ("pharmacy technician", "pharmacy assistant", "dispenser", "pharmacy dispenser"),
    ("hr advisor", "hr generalist", "hr officer", "human resources advisor", "people partner",
     "hr business partner", "human resources generalist"),
    ("software engineer", "software developer", "programmer", "developer", "swe", "coder",
     "application developer"),
)

# A title of the same family is nearly as good as the title named: the work is the same kind,
# the rank or station may differ (a line cook's job for someone who asked for chef).
RELATED_TITLE_FIT = 0.75


def _holds(title: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    if len(phrase) == 1:
        # a one-word name at the end ("Head Chef"), before at most a grade ("Cook 2", "Driver C")
        tail = [t for t in title if not (t.isdigit() or len(t) == 1)]
        return bool(tail) and tail[-1] == phrase[0]
    return any(title[k:k + n] == phrase for k in range(len(title) - n + 1))


# What follows the job's name: its shift, ward or place ("Nurse (ICU, Nights) - London").
_QUALIFIERS = re.compile(r"\([^)]*\)|\[[^\]]*\]|\s[-–—|]\s.*$|,.*$")


def _groups_of(title: str, groups: tuple[tuple[tuple[str, ...], ...], ...]) -> frozenset[int]:
    words = tuple(tokens(_QUALIFIERS.sub(" ", title)))
    return frozenset(g for g, group in enumerate(groups) if any(_holds(words, phrase) for phrase in group))


def _as_words(groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Each group's phrases as their lookup keys' words, made once rather than per title."""
    return tuple(tuple(tuple(normalise(p).split()) for p in group) for group in groups)


_SYNONYM_WORDS = _as_words(TITLE_SYNONYMS)
_FAMILY_WORDS = _as_words(OCCUPATION_FAMILIES)


# A title's groups are a function of the title alone: found once per title, not again for every
# title it is compared with (matching compares each of a batch's candidate titles with each
# job's title).
@lru_cache(maxsize=16384)
def _synonym_groups(title: str) -> frozenset[int]:
    return _groups_of(title, _SYNONYM_WORDS)


@lru_cache(maxsize=16384)
def _family_groups(title: str) -> frozenset[int]:
    return _groups_of(title, _FAMILY_WORDS)


@lru_cache(maxsize=8192)
def same_job(a: str, b: str) -> bool:
    """Two titles naming one job by interchangeable names ("RN" and "Staff Nurse")."""
    return bool(_synonym_groups(a) & _synonym_groups(b))


@lru_cache(maxsize=8192)
def same_family(a: str, b: str) -> bool:
    """Two titles naming neighbouring jobs of one family ("Cook" and "Sous Chef")."""
    return bool(_family_groups(a) & _family_groups(b))


_OCCUPATION_WORDS = _as_words(OCCUPATION_NAMES)


def _names(title: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """Whether a title names an occupation by one of its names in any language: a one-word
    name at the title's end (English, German: "Staff Nurse", "Leitende Hebamme") or at its
    start (French, Spanish, Portuguese put the noun first: "Infirmière référente", "Enfermera
    jefe"), a longer one anywhere ("Conductor de camión internacional")."""
    if len(phrase) == 1:
        words = [t for t in title if not (t.isdigit() or len(t) == 1)]
        return bool(words) and phrase[0] in (words[0], words[-1])
    return _holds(title, phrase)


# The shortest one-word name read at the end of a compound (German, Dutch: "Grundschullehrerin"
# ends with "lehrerin", "Kinderkrankenpfleger" with "krankenpfleger"): shorter ones ("koch",
# "maler") end too many other words.
COMPOUND_TAIL = 6


def _tail_of(words: tuple[str, ...], phrase: tuple[str, ...]) -> int:
    """The length of a name the title's words end with (0: none): a name of several words
    ("dental nurse"), the last word itself, or a long name as a compound's last part."""
    if len(phrase) > 1:
        return len(" ".join(phrase)) if words[-len(phrase):] == phrase else 0
    word, name = words[-1], phrase[0]
    return len(name) if word == name or (len(name) >= COMPOUND_TAIL and word.endswith(name)) else 0


@lru_cache(maxsize=16384)
def _occupation_groups(title: str) -> frozenset[int]:
    words = tuple(tokens(_QUALIFIERS.sub(" ", title)))
    named = {g for g, group in enumerate(_OCCUPATION_WORDS) if any(_names(words, p) for p in group)}
    kept = tuple(t for t in words if not (t.isdigit() or len(t) == 1))
    if not kept:
        return frozenset(named)
    # The title's end names the occupation of the longest name it ends with: a
    # "Lohnbuchhalter" keeps books of wages and is no "Buchhalter", a dental nurse no nurse.
    tails = {g: max(_tail_of(kept, p) for p in group) for g, group in enumerate(_OCCUPATION_WORDS)}
    longest = max(tails.values())
    if longest:
        ends = {g for g, n in tails.items() if n}
        named = (named - ends) | {g for g, n in tails.items() if n == longest}
    return frozenset(named)


@lru_cache(maxsize=8192)
def same_occupation(a: str, b: str) -> bool:
    """Two titles naming one occupation, or two of one family, in two languages
    (domain.occupation_names: "Krankenpflegerin" and "Registered Nurse", "Cocinero" and
    "Head Chef", as "Cook" and "Head Chef" are of one family)."""
    return occupations_alike(_occupation_groups(a), _occupation_groups(b))


def occupations_alike(a: frozenset[int], b: frozenset[int]) -> bool:
    """Whether occupations (positions in OCCUPATION_NAMES) are one, or of one family by their
    English names (OCCUPATION_FAMILIES)."""
    return bool(a & b) or any(_family_of(g, h) for g in a for h in b)


@lru_cache(maxsize=4096)
def _family_of(g: int, h: int) -> bool:
    return same_family(OCCUPATION_NAMES[g][0], OCCUPATION_NAMES[h][0])


def occupations_of(title: str) -> frozenset[int]:
    """Which occupations of domain.occupation_names a title names (empty: none it knows)."""
    return _occupation_groups(title)
