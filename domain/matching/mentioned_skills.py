"""A wanted skill no taxonomy names, found in the résumé's own words.

Employers ask for things no skill list knows ("patient handling", "menu costing", "tachograph
rules"). The parser finds a résumé's skills by the taxonomy, so such a requirement was missing
for every candidate, even one whose duties say it word for word. A requirement the taxonomy
does not know is held when a clause of the résumé holds its words as one phrase, case and
punctuation aside, and the words just before it do not deny it ("no experience of menu
costing", "working towards ..."), nor a short answer right after it ("menu costing: none",
"tachograph rules (not yet)").

Left to the taxonomy and the parser: a single word (as often a generic one, "Experience",
"Flexible", as a tool the taxonomy lacks), a phrase of fewer than two words that say anything
("in UK"), a requirement naming two skills the taxonomy knows (joint_skills.py), and a
credential (a licence or registration is a gate: a sentence is no proof of it). Without a
taxonomy every name would count as unknown, so nothing is looked for in the text then."""
from __future__ import annotations

import re
from collections.abc import Callable

from domain.skill_alternatives import alternatives
from domain.skills import normalise

# Where a clause ends: sentence and list punctuation, line breaks, bullets, a spaced dash.
_CLAUSE_END = re.compile(r"[.:](?=\s|$)|[;!?\n\r|•·▪●◦■□➢➤►✓✔]+|\s[-–—]\s")
_BETWEEN_CLAUSES = " | "
# Words that say nothing of the work, so a phrase of them and one other word says one thing.
_EMPTY_WORDS = frozenset("""
a an the in on at of for to and or with by from as into per via is be uk us eu own good strong
excellent experience experienced knowledge ability able skills skill proven years year level
""".split())
# Words before a phrase, within its clause, that deny or only wish for it.
_DENYING = frozenset("""
no not non without never lack lacking lacks nor cannot cant unable don doesn didn seeking seek
require requires required need needs needing towards toward learning hope hoping want wish
wishing aspiring interested
""".split())
_WORDS_LOOKED_BACK = 5
# Words right after a phrase that deny it ("menu costing: none", "tachograph rules (not yet)",
# "patient handling: learning"). Only the first word after it: further on the words say how
# it was done ("menu costing for no more than 3 sites"), and a longer next clause is its own
# sentence ("menu costing. No waste policy ...").
_DENYING_AFTER = frozenset("""
no not none nil never lacking learning without cannot cant unable zero
""".split())
_WORDS_LOOKED_AHEAD = 1
_SHORT_ANSWER = 3  # words of a next clause that answers the phrase: "none", "no experience yet"


def mention_text(text: str) -> str:
    """The text phrases are looked for in: each clause's word tokens one space apart, clauses
    apart by " | ", so that a phrase is found only as whole words within one clause."""
    clauses = (normalise(c) for c in _CLAUSE_END.split(text))
    joined = _BETWEEN_CLAUSES.join(c for c in clauses if c)
    return f" {joined} " if joined else ""


def mention_keys(wanted: str, known: Callable[[str], str | None],
                 left_out: Callable[[str], bool]) -> tuple[str, ...]:
    """What finds `wanted` (or any one of its alternatives, "A or B") in a mention text: each
    alternative the taxonomy does not know and `left_out` keeps, as padded tokens; () when none."""
    keys: list[str] = []
    for part in alternatives(wanted):
        if known(part) is not None or left_out(part):
            continue
        key = normalise(part)
        if sum(1 for word in key.split() if word not in _EMPTY_WORDS) < 2:
            continue
        keys.append(f" {key} ")
    return tuple(keys)


def mentions(text: str, keys: tuple[str, ...]) -> bool:
    """Whether some clause states one of `keys`, not denied by the words just before it nor by
    a short answer right after it."""
    return stated_words(text, keys) is not None


def stated_words(text: str, keys: tuple[str, ...]) -> str | None:
    """The words of the first of `keys` some clause states (as mentions() finds them: lower
    case, punctuation aside), for the explanation to quote; None when none is stated."""
    for key in keys:
        at = text.find(key)
        while at != -1:
            clause = text.rfind(_BETWEEN_CLAUSES, 0, at)
            before = text[clause + len(_BETWEEN_CLAUSES) if clause != -1 else 0:at].split()
            if not _DENYING.intersection(before[-_WORDS_LOOKED_BACK:]) and not _denied_after(text, at + len(key) - 1):
                return key.strip()
            at = text.find(key, at + 1)
    return None


def _denied_after(text: str, end: int) -> bool:
    """A denial in the first words after the phrase, in its clause; where the phrase closes its
    clause, in the next clause when that is a short answer to it, as a label's value is ("menu
    costing: none", "menu costing – no experience"; the colon and the dash part clauses)."""
    rest = text[end:]
    clause, _, following = rest.partition(_BETWEEN_CLAUSES)
    after = clause.split()
    if not after:
        answer = following.partition(_BETWEEN_CLAUSES)[0].split()
        after = answer if len(answer) <= _SHORT_ANSWER else []
    return bool(_DENYING_AFTER.intersection(after[:_WORDS_LOOKED_AHEAD]))
