"""Trades that are common surnames too ("Baker", "Mason", "Taylor"): across a wide gap from a
given name in capitals such a word is read as the surname, not as the headline's trade."""
from __future__ import annotations

from adapters.embedded.parsing.occupations import occupation_words

TRADE_SURNAMES = frozenset("""
baker barber bishop brewer butcher carpenter carter chandler clark clarke cook cooper dyer
farmer fisher fletcher forester fowler gardener gardner glover hunter knight
mason miller painter parker plumber porter potter sawyer shepherd slater smith spencer
steward stewart taylor thatcher tanner turner walker ward weaver wright archer banks marshall
sergeant chambers dean page cutler collier draper mercer salter sadler saddler tyler tiler
""".split())


def a_trade_in_other_case(name: str, cell: str) -> bool:
    """"JOHN     Electrician": a trade in other case than a given name in capitals is the
    headline's cell, not a surname. A trade that is a common surname too stays the surname
    ("JOHN     Baker", "John     BAKER"): the whole name written below may still correct it."""
    trade = cell.strip()
    return name.isupper() and not trade.isupper() and bool(occupation_words(trade)) \
        and trade.casefold() not in TRADE_SURNAMES


def a_trade_surname_in_a_banner(name: str) -> bool:
    """"JOHN     Baker": a given name in capitals, then a surname that is a trade too; the
    whole name below ("John Hughes") says whether Baker was the headline."""
    words = name.split()
    return len(words) == 2 and words[0].isupper() and not words[1].isupper() \
        and words[1].casefold() in TRADE_SURNAMES
