"""How far a duty's phrase runs from its head: over the verb's object, an amount ("lift up to
25 kg"), how long ("stand for long periods"), adjectives listed before the one noun they share,
and a manner that closes it ("transport pupils safely"); it stops where an adjunct, a new
clause, a second duty or the next line run on where its break was lost begins."""
from __future__ import annotations

from domain.action_verbs import ACTION_VERBS
from domain.manner_adverbs import NOT_HOW, an_adverb
from domain.requirement_words import (
    ADJECTIVE_ENDINGS,
    BOUNDARY,
    COORDINATORS,
    CUT_BY,
    DETERMINERS,
    KNOWLEDGE,
    LINKING_PREPOSITIONS,
    PRONOUNS,
    QUALIFIERS,
    STOPS,
    TO_CUES,
    WORKING_WITH,
    gerund_at,
    is_word,
    takes_an_object,
)

MAX_WORDS = 10  # the most words a phrase runs from its head
# Nouns for the post itself, which end a phrase naming its field.
_THE_POST = frozenset("role roles job jobs position positions post vacancy vacancies candidate candidates".split())
_TRAILING = DETERMINERS | frozenset("and or of with on in to for by towards toward".split())


def _modifier(token: str) -> bool:
    """A word that makes the -ing word after it a noun, the phrase's object ("commercial wiring",
    "the cleaning"), not a second duty."""
    low = token.lower()
    return low in DETERMINERS or low in _HOW_OFTEN or low in _HOW_MUCH or (
        low.endswith(ADJECTIVE_ENDINGS) and len(low) > 4)


_HOW_OFTEN = frozenset("daily weekly monthly yearly quarterly hourly nightly".split())  # "daily living"
# "undergo further training", "attend refresher training": the -ing word is a noun after these
_HOW_MUCH = frozenset("further additional extra more refresher induction formal ongoing".split())


# Words closing a clause that say how much what comes before is wanted ("... welcome.").
_CLOSING_MARKS = frozenset("welcome welcomed appreciated preferable optional beneficial useful helpful".split())


def extent(tokens: list[str], i: int) -> int:
    """One past the last token of the phrase whose head is at i."""
    j = i + 1
    while j < len(tokens) and j - i < MAX_WORDS:
        token, low = tokens[j], tokens[j].lower()
        if token == "," and (listed := _adjectives_listed(tokens, j)):
            j = listed  # "inspect domestic, commercial and industrial boilers": one object
            continue
        if token in BOUNDARY or not is_word(token):
            break
        if low in PRONOUNS or run_on_duty(tokens, j) or _run_on_praise(tokens, j):
            break
        if low in _CLOSING_MARKS and (j + 1 == len(tokens) or tokens[j + 1] in BOUNDARY or not is_word(tokens[j + 1])):
            break  # "experience of Cambridge IGCSE | welcome.": what says it is wanted, no word of it
        if low in ("these", "those") and j > i + 1 and tokens[j - 1].lower() not in _TRAILING | STOPS | COORDINATORS:
            break  # "handling the queries | these customers raise": a clause on the noun before
        if low in ("and", "or") and j + 1 < len(tokens) and tokens[j + 1].lower() in STOPS | _TRAILING - DETERMINERS:
            break  # "focusing on safety | and by ...": an adjunct, no second object
        if low == "up" and j + 2 < len(tokens) and tokens[j + 1].lower() == "to" and (
                tokens[j + 2][:1].isdigit() or tokens[j + 2].lower() == "date"):
            j += 3  # an amount, "lift up to 25 kg", or "keep up to date with ..."
            continue
        if low == "for" and (lasting := _how_long(tokens, j)):
            j = lasting  # "stand for long periods": how long is part of the demand
            continue
        if low in STOPS:
            if j == i + 1 and low in LINKING_PREPOSITIONS and takes_an_object(tokens, j + 1):
                j += 1
                continue
            break
        if low in _THE_POST:
            break  # "an audit role", "marketing jobs": the field is the skill, not the post
        if low == "in" and j > i + 1:
            break  # "taking responsibility of the kitchen | in the absence of"
        if low in ("and", "or") and j + 1 < len(tokens) and (
                (gerund_at(tokens, j + 1) and not _with_an_activity(tokens, i, j + 1))
                or tokens[j + 1].lower() in DETERMINERS | TO_CUES | KNOWLEDGE):
            break  # a second duty starts: "reducing costs | and driving improvements" ("help with
            # washing and dressing" is one)
        if low in ("and", "or") and j > i + 1 and _second_item(tokens, j):
            break
        if low in ("and", "or") and j + 2 < len(tokens) and tokens[j + 1].lower() in QUALIFIERS - DETERMINERS:
            break  # "good lab practice | and good clinical practice"
        if low in ("and", "or") and j > i + 1 and an_adverb(tokens[j - 1]) and tokens[j - 1].lower() not in NOT_HOW \
                and j + 1 < len(tokens) and not an_adverb(tokens[j + 1]):
            break  # "load pallets evenly | and sign delivery notes": the manner closed the duty
        if low in ("and", "or") and j + 2 < len(tokens) and tokens[j + 1].lower().endswith("ly") \
                and gerund_at(tokens, j + 2):
            break  # "resourcing | and successfully executing the plan"
        if low in TO_CUES or low in KNOWLEDGE or (gerund_at(tokens, j) and j > i + 1 and not _modifier(tokens[j - 1])
                                                 and not _with_an_activity(tokens, i, j)
                                                 and not _a_compounds_head(tokens, j)):
            # "assist with showering": the -ing word after the verb's "with" is its object
            break  # "managing accounts | offering service", "best practice | ability to"
        j += 1
    while j > i + 1 and (tokens[j - 1].lower() in _TRAILING or an_adverb(tokens[j - 1])):
        if an_adverb(tokens[j - 1]) and _manner_at_the_end(tokens, j):
            break  # "transport pupils safely": how the duty is done is part of what is asked
        j -= 1
    return j



def _a_compounds_head(tokens: list[str], j: int) -> bool:
    """"provide group counselling.": an -ing word closing the clause after a noun in lower case
    has no object of its own, and is the head of that noun's compound, not a second duty."""
    return tokens[j - 1].isalpha() and tokens[j - 1].islower() \
        and tokens[j - 1] not in COORDINATORS | STOPS | _TRAILING | CUT_BY | WORKING_WITH \
        and (j + 1 == len(tokens) or tokens[j + 1] in BOUNDARY)


_LONG = frozenset("long extended prolonged lengthy".split())


def _how_long(tokens: list[str], j: int) -> int:
    """After "for" at j, "long periods (of time)", "extended hours": one past its end, or 0."""
    words = [t.lower() for t in tokens[j + 1:j + 5]]
    if len(words) < 2 or words[0] not in _LONG or words[1] not in ("periods", "hours", "shifts"):
        return 0
    return j + 5 if words[2:4] == ["of", "time"] else j + 3


def _adjective(token: str) -> bool:
    low = token.lower()
    return token.islower() and token.isalpha() and len(low) > 4 and low.endswith(ADJECTIVE_ENDINGS + ("ar",))


def _adjectives_listed(tokens: list[str], j: int) -> int:
    """After an adjective before the comma at j, the adjectives listed with it up to the noun
    they share ("domestic, commercial and industrial boilers"): where the noun starts, or 0."""
    if not _adjective(tokens[j - 1]):
        return 0
    k = j
    while k + 1 < len(tokens) and tokens[k] == "," and _adjective(tokens[k + 1]):
        k += 2
    if k + 2 < len(tokens) and tokens[k].lower() in ("and", "or") and _adjective(tokens[k + 1]) \
            and is_word(tokens[k + 2]) and tokens[k + 2].lower() not in STOPS | COORDINATORS | PRONOUNS:
        return k + 2
    return 0


def _manner_at_the_end(tokens: list[str], j: int) -> bool:
    """An adverb of manner closing a duty at a clause's end ("label specimens accurately."),
    after the duty's own words ("work safely"), not a word of time or emphasis ("ideally")."""
    low = tokens[j - 1].lower()
    if low in NOT_HOW or not tokens[j - 1].islower():
        return False
    if tokens[j - 2].lower() in _TRAILING and not (tokens[j - 2].lower() in ("and", "or") and j >= 3
                                                  and an_adverb(tokens[j - 3])):
        return False  # "work safely and responsibly" keeps both
    # what follows is another duty, or an adjunct ("at all times", "to the standard")
    return j == len(tokens) or tokens[j] in BOUNDARY or tokens[j].lower() in STOPS | {"and", "or"}


def _with_an_activity(tokens: list[str], i: int, j: int) -> bool:
    """The -ing word at j is the object of the verb at i after its "with", alone or joined to
    the one before it: "assist with showering and dressing"."""
    if i + 2 >= len(tokens) or tokens[i + 1].lower() != "with":
        return False
    return j == i + 2 or (j == i + 4 and tokens[i + 3].lower() in ("and", "or") and gerund_at(tokens, i + 2))



def run_on_duty(tokens: list[str], j: int) -> bool:
    """"restocking shelves Ensure all ...": a capitalised verb after a lower-case word is the
    next line's duty run on where the line break was lost ("IT Support" keeps its capital run)."""
    token = tokens[j]
    return token.lower() in ACTION_VERBS and token[:1].isupper() and token[1:].islower() \
        and tokens[j - 1][:1].islower()


def _run_on_praise(tokens: list[str], j: int) -> bool:
    """"lift heavy boxes Good knowledge of ...": a capitalised word of praise or of knowing after a
    lower-case word opens the next line, run on where the line break was lost."""
    token = tokens[j]
    return token[:1].isupper() and token[1:].islower() and tokens[j - 1][:1].islower() \
        and token.lower() in _PRAISE | KNOWLEDGE


# Words of praise that open a line ("Key", "Advanced" as often open a name: "Key Performance Indicators").
_PRAISE = frozenset("good excellent strong proven outstanding exceptional superb demonstrable".split())


def _second_item(tokens: list[str], j: int) -> bool:
    """After the object of a duty, "and" that starts an item of its own: a second duty's verb
    ("achieving targets | and look at the market"), or a noun phrase of two or more words after
    a plural ("writing reports | and project plans"), where "and" joining two nouns that share
    what follows stays inside ("servicing and maintenance issues", "data and reports"). Nothing
    after the "and" (a line cut off: "writing reports and") starts no item."""
    if j + 1 >= len(tokens):
        return False
    after = tokens[j + 1]
    if after.islower() and after in ACTION_VERBS and j + 2 < len(tokens) and is_word(tokens[j + 2]):
        return True
    before = tokens[j - 1]
    plural = before.islower() and before.endswith("s") and not before.endswith("ss") and len(before) > 3
    run = 0
    for token in tokens[j + 1:]:
        if not is_word(token) or token.lower() in STOPS | PRONOUNS | COORDINATORS:
            break
        run += 1
    return plural and run >= 2
