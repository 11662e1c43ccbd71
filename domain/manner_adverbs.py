"""Adverbs of manner, read without a tagger: how a duty is done ("label samples carefully"), not
when, how often or how sure ("weekly", "ideally"), nor a noun in -ly ("assembly", "family")."""
from __future__ import annotations

_LY_NOUNS = frozenset("family anomaly monopoly butterfly".split())

# -ly words before a duty that say how often or how sure it is ("constantly improving",
# "Potentially managing"): the duty opens after them.
HOW_OFTEN_OR_SURE = frozenset("constantly continually continuously regularly frequently routinely periodically "
                              "potentially".split())

# Words in -ly that are no adverb of manner.
NOT_MANNER = HOW_OFTEN_OR_SURE | frozenset("only early daily weekly monthly yearly quarterly hourly friendly family "
                                           "likely ideally currently previously recently also".split())

# -ly words that say when, how often or how sure, not how a duty is done.
NOT_HOW = NOT_MANNER | frozenset(
    "initially immediately additionally especially particularly usually normally typically generally "
    "mainly primarily mostly occasionally sometimes often preferably ideally essentially possibly "
    "probably certainly definitely highly newly fully locally nationally internationally "
    "internally externally directly".split())


def an_adverb(token: str) -> bool:
    """"labelling samples carefully": how a duty is done, not its object ("supply", "assembly")."""
    low = token.lower()
    return low.endswith("ly") and len(low) > 5 and not low.endswith(("ply", "mbly")) and low not in _LY_NOUNS
