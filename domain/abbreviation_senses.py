"""An abbreviation written alone whose letters the taxonomy files under one skill while a
credential is named by the same letters ("DBS": an old synonym of databases, and the UK's
criminal record check, "DBS check"; "HR": human resource management, and Australia's heavy
rigid truck licence, "HR licence") means what the rest of the document is about.

The credential is the one the taxonomy knows as the letters followed by a credential's noun
("DBS check", "HR licence", "ECS card"): no list of abbreviations is kept here. Its sense is
taken where the document's other skills are a trade's or credentials (a care post asking for
personal care and manual handling, a driver's asking for load securement) and none of them is a
software product, and nothing the document names says the other sense's words ("Database
Administrator", "Human Resources Manager"). Kept in every context: a sense that is itself a
trade's own skill (an elevating work platform's operation, "EWP"), a skill the letters are
the own name of, which the credential certifies ("HACCP" and its certification), and a skill a
body's licence is named after ("SIA CCTV licence": the letters are the work it permits, and a
security post's "CCTV" is that work, not the licence).
Written with a credential's noun the taxonomy does not list ("DBS clearance", "DBS
certificate", "DBS disclosure") the letters name the credential whatever the context."""
from __future__ import annotations

import re
from collections.abc import Sequence

from domain.ports.documents import SkillExtractor
from domain.skills import SkillKind, tokens

# Nouns that, after a credential's letters, name the credential (or its proof).
_CREDENTIAL_NOUNS = ("check", "licence", "license", "card", "certificate", "registration",
                     "certification", "clearance", "disclosure")
# The letters as an abbreviation is written: capitals (a digit or two), nothing else.
_LETTERS = re.compile(r"[A-Z][A-Z0-9&]{1,5}")
# "enhanced DBS clearance", "basic DBS certificate": the letters and a credential's noun.
_LETTERS_AND_NOUN = re.compile(
    r"(?:(?i:enhanced|basic|standard|valid|current|clear)\s+)?(?P<letters>[A-Z][A-Z0-9&]{1,5})\s+(?i:"
    + "|".join(_CREDENTIAL_NOUNS) + r")s?")
# Words of a skill's name too common to say a document is about it.
_MIN_WORD = 4


def credential_of_letters(letters: str, skills: SkillExtractor) -> str | None:
    """The credential the taxonomy names by these letters and a credential's noun, if one."""
    for noun in _CREDENTIAL_NOUNS:
        found = skills.canonical(f"{letters} {noun}")
        if found is not None and skills.kind(found) is SkillKind.CERTIFICATION:
            return found
    return None


def in_the_documents_sense(name: str, known: str | None, context: Sequence[str],
                           skills: SkillExtractor) -> str | None:
    """`name` as the document means it: the credential its letters name where the document is
    a trade's (module docstring), else `known` (the taxonomy's reading, None when it has none).
    `context`: the document's title and its other skills as written."""
    written = name.strip()
    if known is None or skills.kind(known) is not SkillKind.CERTIFICATION:
        spelled = _LETTERS_AND_NOUN.fullmatch(written)
        if spelled and known is None:
            return credential_of_letters(spelled["letters"], skills)
    if known is None or not _LETTERS.fullmatch(written) or skills.kind(known) is SkillKind.CERTIFICATION \
            or skills.of_a_trade(known):
        return known
    credential = credential_of_letters(written, skills)
    if credential is None or known.casefold() == written.casefold() or known.casefold() in credential.casefold() \
            or _a_licence_for_that_work(written, credential) or not _a_trades_document(written, known, context, skills):
        return known  # the letters are the skill's own name: its certificate certifies that skill
    return credential


# Words before a credential's letters that grade it rather than name another body.
_GRADES = frozenset({"enhanced", "basic", "standard", "full", "valid", "current", "clear", "provisional"})


def _a_licence_for_that_work(letters: str, credential: str) -> bool:
    """"SIA CCTV licence": another body's name before the letters, so the letters are the work
    its licence permits, the skill's own sense (a security post's "CCTV" is watching cameras, which
    such a licence allows where the law asks for it), unlike letters that name the credential
    itself ("DBS check", "ECS card", "Heavy Rigid (HR) licence")."""
    before = re.search(r"(\S+)\s+" + re.escape(letters) + r"\b", credential)
    return before is not None and before.group(1).casefold() not in _GRADES


def _a_trades_document(letters: str, known: str, context: Sequence[str], skills: SkillExtractor) -> bool:
    others = [c for c in context if c.strip() and c.strip() != letters]
    own_words = {w[:5] for w in tokens(known) if len(w) >= _MIN_WORD}
    if any(w[:5] in own_words for c in others for w in tokens(c) if len(w) >= _MIN_WORD):
        return False
    from domain.matching.generic_skills import is_generic  # the matching package reads this module

    trade = other_work = 0
    for other in others:
        canonical = skills.canonical(other)
        if canonical is None:
            continue
        kind = skills.kind(canonical)
        of_a_trade = kind is SkillKind.CERTIFICATION or skills.of_a_trade(canonical)
        trade += of_a_trade
        # A product, or an office's own work ("employment law"; not "communication", anyone's):
        # a document of it is no trade's.
        other_work += kind is SkillKind.TOOL or not (of_a_trade or is_generic(canonical, skills.kind))
    return trade > other_work
