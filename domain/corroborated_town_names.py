"""Which of a town's other names the résumé parser may take as that town. GeoNames' alternate
names (domain.place_names) hold, beside the names of a town in other languages, nicknames and
stray entries: Topeka's include "Google" and "Mid Continent". Such a name must not tell that
the word is a place where it is more likely something else ("Intern at Google" names an
employer). A name is corroborated when some town bears it as its own name (domain.town_distances:
"Reading", "Venice"), when another Latin-letter name of the same town begins as it does (the
languages' names of one town resemble each other: "Wien"/"Vienna", "Bombay"/"Bombaim"), or when
it is written in capitals as a short abbreviation ("NYC"). The lone ones left are nicknames, old names and
transliterations nobody writes on a résumé."""
from __future__ import annotations

from functools import lru_cache

from domain.place_names import fold_name, town_id, town_names
from domain.town_distances import a_small_town

# Names resemble each other when they begin with the same letters, spaces aside, or differ by
# a letter or two ("Ghent" and "Gent").
_SHARED_START = 3
# A name in capitals is an abbreviation ("NYC", "LA") when this short; a longer one is a word of
# a heading or a line in capitals ("SOFTWARE ENGINEERING INTERN AT GOOGLE").
_ABBREVIATION = 4
_NEAR_EDITS = 2


@lru_cache(maxsize=4096)
def a_corroborated_town_name(written: str) -> bool:
    """`written` names a town of the gazetteer, by a name it is corroborated in (see above)."""
    name = fold_name(written)
    ident = town_id(name)
    if ident is None:
        return False
    if a_small_town(written) or (written.isupper() and written.isalpha() and len(written) <= _ABBREVIATION):
        return True
    plain = name.replace(" ", "")
    return any(other != name and other.isascii() and _resemble(plain, other.replace(" ", ""))
               for other in town_names(ident))


def _resemble(one: str, other: str) -> bool:
    return one[:_SHARED_START] == other[:_SHARED_START] or _within_edits(one, other, _NEAR_EDITS)


def _within_edits(one: str, other: str, most: int) -> bool:
    """Levenshtein distance at most `most`, stopping as soon as it is exceeded."""
    if abs(len(one) - len(other)) > most:
        return False
    previous = list(range(len(other) + 1))
    for i, a in enumerate(one, 1):
        current = [i]
        for j, b in enumerate(other, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        if min(current) > most:
            return False
        previous = current
    return previous[-1] <= most
