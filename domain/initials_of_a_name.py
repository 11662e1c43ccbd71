"""Initials written as a word ("San", not "SAN") that begin a place's or a firm's name rather
than name the skill: "San Diego", "San Jose", "San Miguel Corporation" in a list of skills.
Two words are a name only when together they name a known town, or the first is a word that
begins names ("San"); "Sap Fico", "Crm Systems", "Plc Programming" stay skills."""
from __future__ import annotations

from domain.installed_reference_data import ReferenceDataNotInstalled
from domain.place_names import fold_name, town_id

# Words that begin the names of places, saints and firms named after them ("San Pedro").
_BEGINS_A_NAME = frozenset({"san"})
# Capitalised words that say what a skill is about, never the rest of a name.
_GENERIC = frozenset("""
systems system programming program programs marketing tickets ticket card cards software
development developer administration admin management services service support tools tool
training skills certified certification specialist engineer engineering consultant analyst
reporting integration implementation module modules
""".split())


def begins_a_name(word: str, following: str, a_skill_word: bool) -> bool:
    """`word` written with one capital, before the capitalised `following`, begins a name.
    `a_skill_word`: `following` begins a taxonomy name of its own ("Css" after "Html")."""
    if not (len(word) > 1 and word[0].isupper() and word[1:].islower() and following[:1].isupper()):
        return False
    if a_skill_word or following.lower() in _GENERIC:
        return False
    if word.lower() in _BEGINS_A_NAME:
        return True
    try:
        return town_id(fold_name(f"{word} {following}")) is not None
    except ReferenceDataNotInstalled:
        return False  # without the town tables only the words that begin names are known
