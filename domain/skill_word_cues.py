"""The words around a name that say whether it is a skill (domain.skills reads them): initials
that are a credential where one is asked for, a trade's word as a noun or as the object of what
a person did, a line that is a list of skills. Pure logic."""
from __future__ import annotations

import re

# Words that say an ambiguous short credential ("PE", "CA") is the credential.
_LICENCE_CUE = re.compile(r"^(?:licen[cs]\w*|certif\w*|registered|registration|chartered|"
                          r"charterholder|credential\w*|board|exam|endorse\w*|qualified|"
                          r"member|fellow|active)$", re.I)
_LIST_ITEM = re.compile(r"[,;|•●❖▪■◆➢►✓/]")


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return 2 <= len(letters) <= 6 and all(c.isupper() for c in letters) and " " not in word


def typed_acronym(word: str) -> bool:
    return word.isalpha() and word.islower() and 2 <= len(word) <= 6


# Words that ask for a credential: beside them, lower-case initials are the credential, not a
# word of another language ("als" is German for "as") or a typo.
_ASKING = frozenset("required requires require essential mandatory preferred desirable current valid "
                    "hold holds holding certified certification certificate certifications trained "
                    "training course provider card".split())


def credential_asked(toks: list[str], i: int, length: int) -> bool:
    near = toks[max(0, i - 4):i + length + 4]
    return any(t in _ASKING for t in near) or licence_beside(toks, i, length)


# Where a word of a trade stands as a noun of its own ("skilled in triage", "Triage of
# patients"), not as the first word of a compound ("with sales team", "sales processes").
BEFORE_A_NOUN = frozenset("in of".split())
AFTER_A_NOUN = frozenset(["", "of", "and", "or", "in", "for", "to", "is", "are", "as", "at", "on", "with"])


# What a person did, in a résumé's past tense: its object is the trade they practised.
_DEEDS_UNLIKE_ED = frozenset("ran led oversaw kept did took made built taught drove wrote".split())
# Words between a deed and its object that leave it the object ("ran weekly payroll").
_HOW_OFTEN = frozenset("daily weekly fortnightly monthly quarterly annual yearly the all".split())


# -ed words that describe rather than tell what was done ("qualified nursing staff").
_ADJECTIVES_IN_ED = frozenset("qualified experienced skilled trained licensed registered certified dedicated "
                              "motivated detailed advanced varied required preferred desired needed based related "
                              "talented committed proven established accredited chartered supervised".split())


def _a_deed(word: str) -> bool:
    low = word.lower()
    return low in _DEEDS_UNLIKE_ED or (low.endswith("ed") and len(low) > 4 and low.isalpha()
                                       and low not in _ADJECTIVES_IN_ED)


def object_of_a_deed(before: list[str]) -> bool:
    """The words before a trade's word make it the object of what the person did: "processed
    payroll", "ran weekly payroll" (a verb, then at most a word of how often)."""
    if not before:
        return False
    if _a_deed(before[-1]):
        return True
    return len(before) == 2 and before[-1].lower() in _HOW_OFTEN and _a_deed(before[0])


# What a person does, as a résumé's duties are written in the present ("Perform pre-trip
# inspections", "Handles payroll", "Preparing bank reconciliations"): verbs that are no noun of
# their own, so that "Service engineer" or "Process improvement" stays no deed.
_DUTY_VERBS = frozenset("perform prepare conduct maintain manage handle administer supervise coordinate operate "
                        "provide deliver assist monitor complete undertake organise organize oversee install repair "
                        "inspect execute reconcile draft implement analyse analyze produce assess carry "
                        "calculate compile schedule".split())


def _a_duty(word: str) -> bool:
    low = word.lower()
    stems = {low, low.removesuffix("s"), low.removesuffix("es"), low.removesuffix("ing"), low.removesuffix("ing") + "e"}
    return bool(stems & _DUTY_VERBS)


def object_of_a_duty(before: list[str]) -> bool:
    """A trade's word after what the person did or does ("processed payroll", "Perform pre-trip
    inspections", "Administers IV medications")."""
    if object_of_a_deed(before):
        return True
    if not before:
        return False
    return _a_duty(before[-1]) or (len(before) == 2 and before[-1].lower() in _HOW_OFTEN and _a_duty(before[0]))


def licence_beside(toks: list[str], i: int, length: int) -> bool:
    return any(_LICENCE_CUE.match(t) for t in toks[max(0, i - 4):i + length + 4])


def looks_like_a_list(line: str) -> bool:
    """A line of three or more short items ("Java, Go, Kubernetes") is a skills list."""
    items = [x for x in _LIST_ITEM.split(line) if x.strip()]
    if len(items) < 3:
        return False
    short = sum(1 for x in items if len(x.split()) <= 3)
    return short >= 0.75 * len(items)
