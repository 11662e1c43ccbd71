"""A wanted skill found as a phrase in the résumé's own words.

Employers ask for things no skill list knows ("patient handling", "menu costing", "tachograph
rules"). The parser finds a résumé's skills by the taxonomy, so such a requirement was missing
for every candidate, even one whose duties say it word for word. A requirement the taxonomy
does not know is held when a clause of the résumé holds its words as one phrase, case and
punctuation aside, and the words just before it do not deny it ("no experience of menu
costing", "working towards ..."), nor a short answer right after it ("menu costing: none",
"tachograph rules (not yet)").

Words are compared in one form of their inflections (word_forms.py): "design schemes of work"
is found in "Designed schemes of work". A skill the taxonomy knows is looked for so too when
its name has two words or more that say something ("mathematics teaching" in "mathematics
teacher"); its other spellings are the extractor's to find (stated_skills.py).

Left out: a single word (as often a generic one, "Experience", "Flexible", as a tool the
taxonomy lacks) but the name of an activity or of the work done ("dishwashing",
"companionship", "ironmongery"), a phrase of fewer than two words
that say anything ("in UK"), a requirement naming two skills the taxonomy knows
(joint_skills.py), a product the taxonomy knows, and a credential (a licence or registration is
a gate: a sentence is no proof of it). Without a taxonomy nothing is looked for in the text."""
from __future__ import annotations

import re
from collections.abc import Callable

from domain.matching.word_forms import stem_text
from domain.pending_credentials import PENDING
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
# One word that says something alone: the name of an activity or of the work done
# ("dishwashing", "companionship", "ironmongery", "upholstery"), which no résumé writes by
# chance; other single words are as often generic as tools, and nouns in -tion or -ment are as
# often a résumé's own headings and furniture ("Education", "Employment", "Location").
_AN_ACTIVITY = re.compile(r"[^\W\d_]{4,}(?:[^\W\d_]ing|ship|ery)")


def mention_text(text: str) -> str:
    """The text phrases are looked for in: each clause's word tokens one space apart, clauses
    apart by " | ", so that a phrase is found only as whole words within one clause."""
    clauses = (normalise(c) for c in _CLAUSE_END.split(text))
    joined = _BETWEEN_CLAUSES.join(c for c in clauses if c)
    return f" {joined} " if joined else ""


def mention_keys(wanted: str, known: Callable[[str], str | None],
                 left_out: Callable[[str], bool]) -> tuple[str, ...]:
    """What finds `wanted` (or any one of its alternatives, "A or B") in a mention text: each
    alternative `left_out` keeps, of two words that say something (or one naming an activity the
    taxonomy does not know), as padded tokens; () when none."""
    keys: list[str] = []
    for part in alternatives(wanted):
        if left_out(part):
            continue
        key = normalise(part)
        saying = sum(1 for word in key.split() if word not in _EMPTY_WORDS)
        # a single word the taxonomy knows is the extractor's to find, with its rules for words
        # of an everyday sense ("nursing" of "nursing home"): stated_skills.py
        if saying < 2 and (known(part) is not None or not _AN_ACTIVITY.fullmatch(key)):
            continue
        keys.append(f" {key} ")
    return tuple(keys)


def mentions(text: str, keys: tuple[str, ...], stems: str | None = None) -> bool:
    """Whether some clause states one of `keys`, not denied by the words just before it nor by
    a short answer right after it. `stems`: stem_text(text), when the caller keeps it."""
    return stated_words(text, keys, stems) is not None


def stated_words(text: str, keys: tuple[str, ...], stems: str | None = None) -> str | None:
    """The words of the first of `keys` some clause states (as mentions() finds them: lower
    case, punctuation aside, each word in any of its inflections: word_forms.py), as the résumé
    writes them, for the explanation to quote; None when none is stated."""
    stems = stem_text(text) if stems is None else stems
    words = text.split(" ")
    for key in keys:
        wanted, length = stem_text(key), len(key.split())
        found = stems.find(wanted)
        while found != -1:
            first = stems.count(" ", 0, found) + 1  # the n-th word of stems is the n-th of text
            at = sum(len(w) + 1 for w in words[:first]) - 1
            written = f" {' '.join(words[first:first + length])} "
            clause = text.rfind(_BETWEEN_CLAUSES, 0, at)
            before = text[clause + len(_BETWEEN_CLAUSES) if clause != -1 else 0:at].split()
            end = at + len(written) - 1
            if not _DENYING.intersection(before[-_WORDS_LOOKED_BACK:]) and not _denied_after(text, end) \
                    and not _not_held_yet(text, end, before):
                return written.strip()
            found = stems.find(wanted, found + 1)
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


def _not_held_yet(text: str, end: int, before: list[str]) -> bool:
    """Words near the phrase, in its clause or a short answer after it, that say it is not held
    yet: "AHPRA registration pending", "awaiting AHPRA registration" (domain.pending_credentials)."""
    clause, _, following = text[end:].partition(_BETWEEN_CLAUSES)
    after = clause.split() or following.partition(_BETWEEN_CLAUSES)[0].split()[:_SHORT_ANSWER]
    return PENDING.search(" ".join([*before[-_WORDS_LOOKED_BACK:], *after[:_WORDS_LOOKED_BACK]])) is not None
