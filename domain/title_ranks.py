"""Where a job title stands on its trade's ladder: the rungs of one line of work from its entry
posts to the posts that run it (commis, chef de partie, sous chef, head chef; bookkeeper,
accountant, financial controller; healthcare assistant, staff nurse, charge nurse, ward manager).
Skills listed for a post say little of its rank: a sous chef's skills are most of a head chef's
words. A held title a rung or more below the job's, in the same line of work, is a step up.

A title is on a ladder when it ends with one of the ladder's phrases (before at most a grade or
the post's terms, "Band 5") and holds a word of the trade's work (a "Team Leader" alone is of
no trade). Two titles on one ladder are compared only when neither names work the other does
not ("IT Support Worker" is no care worker): a demotion is made only where it is sure. A title on no ladder is ranked by its own
words where the other title shares its work words, or the noun of its work: "Payroll Officer"
and "Payroll Manager", "Staff Nurse" and "Clinical Nurse Manager". Grades ("senior", "junior", "lead") are left to the
years of experience: they are steps within a rung, and every trade's ads use them loosely."""
from __future__ import annotations

import re
from functools import lru_cache

from domain.skills import normalise, tokens

# Each ladder's rungs from the bottom; phrases are lookup keys (domain.skills.normalise).
LADDERS: tuple[tuple[tuple[str, ...], ...], ...] = (
    (("commis chef", "commis", "trainee chef", "apprentice chef", "kitchen assistant"),
     ("chef de partie", "demi chef de partie", "demi chef", "line cook", "cook", "section chef", "chef"),
     ("sous chef", "junior sous chef", "second chef", "deputy head chef"),
     ("head chef", "executive chef", "chef de cuisine", "kitchen manager", "chef patron", "chef manager")),
    (("accounts assistant", "accounts clerk", "accounting clerk", "accounts payable clerk", "accounts receivable clerk",
      "purchase ledger clerk", "sales ledger clerk", "finance assistant", "finance clerk", "ledger clerk"),
     ("bookkeeper", "book keeper", "accounting technician", "assistant accountant", "accounts officer"),
     ("accountant", "staff accountant", "management accountant", "financial accountant", "chartered accountant",
      "cpa", "certified public accountant", "project accountant", "fund accountant"),
     ("finance manager", "accounting manager", "accounts manager", "head of accounts"),
     ("financial controller", "finance controller", "group financial controller", "head of finance", "comptroller"),
     ("finance director", "chief financial officer", "cfo", "vp finance")),
    (("payroll assistant", "payroll clerk", "payroll administrator"),
     ("payroll officer", "payroll specialist", "payroll executive", "payroll advisor", "payroll adviser"),
     ("payroll supervisor", "payroll team leader"),
     ("payroll manager", "head of payroll")),
    (("healthcare assistant", "health care assistant", "hca", "nursing assistant", "cna",
      "certified nursing assistant", "nursing auxiliary", "care assistant", "patient care assistant"),
     ("nursing associate", "assistant practitioner", "lpn", "lvn", "licensed practical nurse",
      "licensed vocational nurse", "enrolled nurse"),
     ("nurse", "staff nurse", "registered nurse", "rn", "rgn", "community nurse", "theatre nurse", "scrub nurse"),
     ("charge nurse", "ward sister", "sister", "deputy ward manager", "nurse in charge",
      "clinical nurse lead", "team leader nurse"),
     ("ward manager", "nurse manager", "matron", "clinical nurse manager", "head of nursing", "director of nursing")),
    (("care assistant", "care worker", "carer", "support worker", "home carer", "domiciliary carer"),
     ("care team leader", "team leader"),
     ("deputy care manager", "deputy manager"),
     ("registered manager", "care home manager", "care manager")),
    (("pharmacy assistant", "dispensing assistant", "dispenser", "medicines counter assistant",
      "pharmacy dispenser", "pharmacy technician apprentice"),
     ("pharmacy technician", "accuracy checking technician", "checking technician", "pharmacy technician manager"),
     ("pharmacist", "responsible pharmacist", "rotational pharmacist", "clinical pharmacist", "community pharmacist"),
     ("pharmacist manager", "pharmacy manager", "chief pharmacist", "superintendent pharmacist", "lead pharmacist")),
    (("teaching assistant", "learning support assistant", "classroom assistant", "teacher aide", "teacher s aide",
      "teachers aide", "education assistant", "paraprofessional", "special needs assistant", "cover supervisor"),
     ("higher level teaching assistant", "hlta"),
     ("teacher", "class teacher", "classroom teacher", "primary teacher", "secondary teacher", "schoolteacher",
      "nqt", "ect", "early career teacher"),
     ("head of department", "head of year", "subject lead"),
     ("assistant head", "assistant headteacher", "deputy head", "deputy headteacher", "vice principal"),
     ("headteacher", "head teacher", "headmaster", "headmistress", "school principal")),
    (("electrician s mate", "electricians mate", "electrical mate", "apprentice electrician",
      "electrical apprentice", "electrical improver", "trainee electrician"),
     ("electrician", "approved electrician", "qualified electrician", "journeyman electrician",
      "maintenance electrician", "domestic electrician", "commercial electrician"),
     ("electrical supervisor", "electrical foreman", "chargehand electrician", "master electrician"),
     ("electrical contracts manager", "electrical manager")),
    (("labourer", "general labourer", "site labourer", "general operative", "site operative", "groundworker",
      "construction operative", "construction worker", "laborer", "construction laborer"),
     ("ganger", "chargehand", "leading hand"),
     ("foreman", "site foreman", "general foreman", "site supervisor", "construction supervisor", "forewoman",
      "construction foreman"),
     ("assistant site manager", "assistant construction manager"),
     ("site manager", "construction manager", "senior site manager", "project manager construction"),
     ("contracts manager", "operations director construction")),
    (("trainee plumber", "apprentice plumber", "plumber s mate", "plumbers mate", "plumbing improver"),
     ("plumber", "plumbing and heating engineer", "heating engineer", "gas engineer", "journeyman plumber"),
     ("master plumber", "plumbing supervisor", "plumbing foreman")),
    (("apprentice mechanic", "trainee mechanic", "apprentice technician", "trainee technician",
      "mechanic s mate", "workshop assistant", "tyre fitter"),
     ("mechanic", "hgv mechanic", "hgv technician", "vehicle technician", "motor mechanic", "diesel mechanic",
      "auto technician", "automotive technician", "fleet technician", "heavy vehicle mechanic"),
     ("master technician", "workshop foreman", "workshop supervisor", "workshop controller"),
     ("workshop manager", "service manager", "fleet engineering manager")),
    (("animal care assistant", "veterinary care assistant", "auxiliary veterinary nurse", "kennel assistant",
      "veterinary assistant", "student veterinary nurse"),
     ("veterinary nurse", "vet nurse", "registered veterinary nurse", "rvn", "veterinary technician", "vet tech"),
     ("head veterinary nurse", "head vet nurse", "head nurse", "clinical coach"),
     ("veterinary surgeon", "vet surgeon", "veterinarian", "vet", "veterinary practitioner")),
    (("dental nurse", "dental assistant", "trainee dental nurse", "dental surgery assistant"),
     ("dental hygienist", "dental therapist", "hygienist", "hygiene therapist", "oral health therapist"),
     ("dentist", "dental surgeon", "associate dentist", "general dental practitioner")),
    (("ambulance care assistant", "patient transport driver", "patient transport service driver",
      "ambulance driver", "emergency care assistant", "ambulance care attendant"),
     ("emergency medical technician", "emt", "ambulance technician", "associate ambulance practitioner",
      "emergency medical technician basic"),
     ("paramedic", "registered paramedic", "ambulance paramedic", "flight paramedic"),
     ("specialist paramedic", "advanced paramedic", "critical care paramedic", "advanced paramedic practitioner",
      "paramedic team leader", "clinical team leader")),
    (("social work assistant", "family support worker", "social care worker", "community support worker",
      "social services assistant"),
     ("social worker", "qualified social worker", "registered social worker", "child protection social worker"),
     ("advanced practitioner", "practice educator"),
     ("social work team manager", "team manager", "service manager social care")),
    (("barista", "team member", "coffee shop assistant", "cafe assistant", "crew member", "cafe team member",
      "food and beverage assistant"),
     ("shift supervisor", "shift lead", "supervisor", "team leader", "keyholder"),
     ("assistant store manager", "assistant manager", "deputy manager", "assistant cafe manager"),
     ("store manager", "cafe manager", "coffee shop manager", "general manager", "branch manager")),
)

# Rank words of any trade's titles, where both titles share all their work words: an entry
# post (0), the post itself (1), its deputy (2), its supervisor (3), the one who runs it (4), and
# those above whoever runs one line of work (5).
# "Assistant" and "deputy" before a higher word are the rung beneath it ("Assistant Manager").
_RANK_WORDS = {
    "apprentice": 0, "trainee": 0, "aide": 0, "helper": 0, "mate": 0, "auxiliary": 0, "improver": 0,
    "commis": 0, "assistant": 0,
    "sous": 2, "deputy": 2, "second": 2, "charge": 2, "chargehand": 2,
    "supervisor": 3, "foreman": 3, "forewoman": 3, "leader": 3,
    "manager": 4, "head": 4, "chief": 4, "controller": 4, "director": 4, "matron": 4, "superintendent": 4,
    "vp": 5, "svp": 5, "evp": 5, "president": 5,
    "cto": 5, "ceo": 5, "cfo": 5, "coo": 5, "cio": 5, "cmo": 5, "cpo": 5,
}
_UNDER = frozenset({"assistant", "deputy"})
# Words that name no work of their own beside a rank ("team" of "team leader") or grade it,
# and the role nouns of the post itself ("Laboratory Officer" under "Laboratory Manager").
_NEUTRAL = frozenset({"team", "senior", "junior", "sr", "jr", "lead", "of", "the", "and", "in", "to", "vice",
                      "officer", "worker", "operative", "administrator", "clerk", "coordinator", "technician"})
# Words that rank a title no one can place against another's ("Product Lead", "Principal
# Actuary"): a title ranked by them alone is compared with none.
_UNKNOWN_RANK = frozenset({"lead", "principal", "owner", "founder", "cofounder", "partner"})
# The terms a post is held on, which may follow its name ("Staff Nurse Band 5", "Carer Nights").
_TERMS = frozenset({"band", "grade", "level", "bank", "locum", "relief", "agency", "temporary", "temp",
                    "permanent", "nights", "night", "days", "day", "weekends", "weekend", "part", "full", "time"})
# Rank phrases' words any trade uses ("Shift Supervisor", "Team Member"): no trade's own work.
_ANY_TRADES = frozenset({"shift", "member", "general", "crew", "keyholder"})

# What follows the job's name: its shift, ward or place ("Sous Chef (Nights) - Leeds").
_QUALIFIERS = re.compile(r"\([^)]*\)|\[[^\]]*\]|\s[-–—|]\s.*$|,.*$")


def _words(title: str) -> tuple[str, ...]:
    return tuple(tokens(_QUALIFIERS.sub(" ", title)))


def _trailing(word: str) -> bool:
    """A word that may follow a post's name: a grade number or letter, or the post's terms."""
    return word.isdigit() or len(word) == 1 or word in _TERMS or word in {"ii", "iii", "iv"}


def _ends_at(words: tuple[str, ...], phrase: tuple[str, ...]) -> int:
    """Where in the title `phrase` ends (-1: not held): it names the post only when nothing but
    a grade or the post's terms follows it ("Cook 2", "Staff Nurse Band 5"); "Deputy Head Chef"
    holds no "deputy head", "Chef Manager" no "chef"."""
    n = len(phrase)
    for k in range(len(words) - n, -1, -1):
        if words[k:k + n] == phrase and all(_trailing(w) for w in words[k + n:]):
            return k + n
    return -1


@lru_cache(maxsize=1)
def _ladder_phrases() -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """(ladder, rung, phrase words) of every ladder."""
    return tuple((ladder, rung, tuple(normalise(p).split()))
                 for ladder, rungs in enumerate(LADDERS) for rung, phrases in enumerate(rungs) for p in phrases)


@lru_cache(maxsize=1)
def _ladder_words() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each ladder's words (all of its phrases'), and those of them that name its trade's work
    (not a rank, a grade or a rank phrase of any trade's: "chef", "nurse", "care", "barista")."""
    out = []
    for ladder in range(len(LADDERS)):
        every = frozenset(w for at, _, phrase in _ladder_phrases() if at == ladder for w in phrase)
        out.append((every, frozenset(w for w in every if w not in _RANK_WORDS and w not in _NEUTRAL
                                     and w not in _ANY_TRADES and not _trailing(w))))
    return tuple(out)


def _foreign(words: tuple[str, ...], ladder: int) -> frozenset[str]:
    """The title's words of other work than the ladder's ("IT" of "IT Support Worker")."""
    every, _ = _ladder_words()[ladder]
    return frozenset(w for w in words if w not in every and w not in _NEUTRAL and w not in _RANK_WORDS
                     and w not in _UNKNOWN_RANK and not _trailing(w))


@lru_cache(maxsize=8192)
def ladder_rungs(title: str) -> dict[int, int]:
    """The rung `title` stands on in each ladder it is on: its phrase there that ends last in the
    title, the longest of those ("Theatre Nurse Manager" is a nurse manager, not a theatre
    nurse; "Head Veterinary Nurse" a head veterinary nurse, not a veterinary nurse). A title
    holding none of a ladder's work words is not on it, whatever rank phrase it holds ("Team
    Leader", "Supervisor" of any trade)."""
    words = _words(title)
    best: dict[int, tuple[int, int, int]] = {}
    for ladder, rung, phrase in _ladder_phrases():
        end = _ends_at(words, phrase)
        if end >= 0 and (ladder not in best or (end, len(phrase)) > best[ladder][:2]):
            best[ladder] = (end, len(phrase), rung)
    return {ladder: found[2] for ladder, found in best.items() if _ladder_words()[ladder][1] & set(words)}


_BRACKETED = re.compile(r"\(([^()]{3,60})\)")


def _on_a_ladder(title: str) -> str:
    """"Chefe de Pastelaria (Chef de Partie)": a title no ladder knows, with the post's name in
    brackets as the ladders write it, stands where that name stands; any other title as it is."""
    if ladder_rungs(title) or (inner := _BRACKETED.search(title)) is None or not ladder_rungs(inner.group(1)):
        return title
    return inner.group(1)


def _rank_by_words(words: tuple[str, ...]) -> tuple[tuple[str, ...], float | None]:
    """The title's work words and its rank by its rank words (1 where it has none; None where
    only a word of no known height ranks it, "Product Lead")."""
    ranks = [(i, _RANK_WORDS[w]) for i, w in enumerate(words) if w in _RANK_WORDS]
    work = tuple(w for w in words if w not in _RANK_WORDS and w not in _NEUTRAL and w not in _UNKNOWN_RANK)
    if not ranks:
        return work, None if _UNKNOWN_RANK & set(words) else 1.0
    top = max(r for _, r in ranks)
    if top > 1 and any(words[i] in _UNDER for i, _ in ranks):
        return work, top - 0.5
    # a trailing "Assistant" names the work itself ("Dental Assistant"): an entry post still
    return work, float(top)


@lru_cache(maxsize=8192)
def rungs_below(held: str, job_title: str) -> float:
    """How many rungs `held` stands below `job_title` on one ladder (0 when it stands on the
    job's rung or above it, or when no ladder holds both). Only a demotion both titles are sure
    of counts: on a ladder, both of its trade and neither naming work the other does not."""
    held, job_title = _on_a_ladder(held), _on_a_ladder(job_title)
    mine, theirs = ladder_rungs(held), ladder_rungs(job_title)
    words_held, words_job = _words(held), _words(job_title)
    shared = [ladder for ladder in set(mine) & set(theirs)
              if _foreign(words_held, ladder) == _foreign(words_job, ladder)]
    if shared:
        return float(max(0, min(theirs[ladder] - mine[ladder] for ladder in shared)))
    if set(mine) & set(theirs):
        return 0.0
    work_held, rank_held = _rank_by_words(words_held)
    work_job, rank_job = _rank_by_words(words_job)
    if rank_held is None or rank_job is None:
        return 0.0
    # the same work words, or the same work's noun last ("Staff Nurse" under "Clinical Nurse Manager")
    if work_held and work_job and (set(work_held) == set(work_job) or work_held[-1] == work_job[-1]):
        return max(0.0, rank_job - rank_held)
    return 0.0


def lowest_gap(held_titles: tuple[str, ...], job_title: str) -> float:
    """The gap of the held title standing highest for the job: someone who holds two posts is
    ranked by the higher."""
    return min((rungs_below(t, job_title) for t in held_titles), default=0.0)
