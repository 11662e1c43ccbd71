"""An organization's name: one organization per name as people read it, and no name that
passes for another by letters of a different script.

Two names are the same when their keys are: Unicode compatibility forms folded (NFKC: a
full-width "Ａｃｍｅ" or a ROMAN NUMERAL ONE is plain text), case folded, every run of spaces one
space. The stores keep the key unique (SQLite's organizations.name_key, DynamoDB's ORGNAME#
claim), so the key must not change for a name already stored: a change here needs a migration
that computes the keys again.

Look-alike letters are refused rather than folded into the key: "Асme" with a Cyrillic А and
с reads as "Acme" but is another string, and the only sound fold (UTS #39's skeleton) is not
in the library the tables come from. A name all in one script is never refused, nor a word
of one script beside words of another ("Ромашка Ltd"); refused are a word that mixes scripts
with a letter passing for one of the others ("Аcme"), and a word whose every letter passes
for a letter of a script the rest of the name is in ("АСМЕ Care Homes")."""
from __future__ import annotations

import unicodedata
from collections import Counter

from domain.errors import BadUserInput
from domain.ports.look_alikes import LookAlikeLetters


def organization_name_key(name: str) -> str:
    """What two organization names are compared by (see the module's docstring)."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())
    return " ".join(folded.split())


def refuse_look_alike_letters(name: str, letters: LookAlikeLetters, field: str) -> None:
    """Raises BadUserInput naming `field` when `name` passes for another by look-alike letters."""
    shown = unicodedata.normalize("NFKC", name)
    everywhere = letters.scripts(shown)
    if len(everywhere) < 2:
        return
    words = [(word, letters.scripts(word)) for word in shown.split()]
    # A word mixing scripts first: it names the very letter to retype.
    for word, mine in words:
        if len(mine) > 1:
            _refuse_mixed_word(word, letters, field)
    # Then words of the scripts with the fewest letters, the likelier impostors.
    counts = Counter(s for word, mine in words for s in mine for _ in word)
    for word, mine in sorted(words, key=lambda pair: min((counts[s] for s in pair[1]), default=0)):
        if len(mine) == 1:
            _refuse_look_alike_word(word, next(iter(mine)), everywhere - mine, letters, field)


def _refuse_mixed_word(word: str, letters: LookAlikeLetters, field: str) -> None:
    """A word mostly of one script with a letter of another that passes for one of its own."""
    script_of = {ch: letters.scripts(ch) for ch in set(word)}
    counts = Counter(s for ch in word for s in script_of[ch])
    main, _ = counts.most_common(1)[0]
    for ch in word:
        if script_of[ch] and main not in script_of[ch] and (twin := letters.passes_for(ch, [main])):
            raise BadUserInput(
                f"`{field}` mixes scripts in “{word}”: its “{ch}” ({unicodedata.name(ch, 'a letter')}) looks like"
                f" the {main.title()} “{twin}”, so the name would pass for another. Type the word in {main.title()}"
                " letters only.",
                field=field, reason="LOOK_ALIKE_LETTERS",
            )


def _refuse_look_alike_word(
    word: str, script: str, others: frozenset[str], letters: LookAlikeLetters, field: str
) -> None:
    own_letters = [ch for ch in word if letters.scripts(ch)]
    twins = [letters.passes_for(ch, others) for ch in own_letters]
    if own_letters and all(twins):
        spelled = "".join(t or "" for t in twins)
        raise BadUserInput(
            f"`{field}` has “{word}” in {script.title()} letters that look like “{spelled}” in the script of the"
            f" rest of the name, so the name would pass for another. Write the whole name in one script.",
            field=field, reason="LOOK_ALIKE_LETTERS",
        )
