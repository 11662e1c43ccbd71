"""Other names for what a search's words name: the skill taxonomy's aliases (through the
SkillExtractor port: "RN" is Registered Nurse), domain.title_synonyms ("HGV driver" is a
truck driver), domain.occupation_names (a truck driver is a "Berufskraftfahrer") and
domain.spelling_variants ("Kuechenchef" is "Küchenchef"). A search then requires, in place of
those words, any one of the names; every other word is still required as typed. Both search backends read the same QueryAlias list
(docs/search-contract.md)."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from domain.occupation_names import OCCUPATION_NAMES
from domain.ports.documents import SkillExtractor
from domain.search_text import searchable_text
from domain.skill_kinds import SkillKind
from domain.spelling_variants import spelling_variants
from domain.title_synonyms import TITLE_SYNONYMS

_WORD = re.compile(r"\w+")
# A skill's names per alias: a query stays a handful of phrases, however many a skill has.
MAX_ALTERNATIVES = 8
# Names per alias in all: an occupation's names in several languages, with other spellings.
# Each is one more phrase looked up in the index, never a scan.
MAX_NAMES = 40
_TRANSLITERATED = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}


@dataclass(frozen=True)
class QueryAlias:
    """`words` (consecutive query words, folded) may be met by any of `alternatives` (phrases,
    each a tuple of folded words, the words themselves first)."""

    words: tuple[str, ...]
    alternatives: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class AliasedWords:
    """A run of a query's words met by any one of its alias's alternatives."""

    words: tuple[str, ...]
    alias: QueryAlias


def words_of(text: str) -> tuple[str, ...]:
    """As the search index spells and folds them ("C++" is "cplusplus")."""
    return tuple(w.casefold() for w in _WORD.findall(searchable_text(text)) if w.strip("_"))


def query_aliases(text: str, skills: SkillExtractor) -> list[QueryAlias]:
    """The aliases of the phrases `text` names, longest first."""
    found: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    # A query is a list of names, so short ambiguous skills (Go, R) count, as in a skills list;
    # the words typed stay one alternative, so an alias can only widen what they find.
    for mention in skills.mentions(text, skills_context=True):
        if not _whole_words(text, mention.start, mention.end):
            continue  # "ci" of "ciężarówki", "re" of "infirmière": letters inside a word
        words = words_of(text[mention.start:mention.end])
        if skills.kind(mention.name) is SkillKind.TOOL and _occupation_words(words):
            # "Chef", "head chef": the occupation's word, whose tool namesake (the configuration
            # tool Chef) would widen a cook's search to DevOps jobs. The word as typed still
            # finds both; an occupation's name widens only to the occupation's other names.
            continue
        spellings = sorted(skills.spellings(mention.name), key=lambda n: (len(n), n))
        named = [_possessive_joined(words_of(n)) for n in spellings]
        _add(found, words, _wider(words, named)[:MAX_ALTERNATIVES - 1])
    query = words_of(text)
    keyed = tuple(map(_spelling_key, query))
    by_first = _names_by_first_word()
    for at, first in enumerate(keyed):
        for phrase, names in by_first.get(first, ()):
            if keyed[at:at + len(phrase)] == phrase:
                _add(found, query[at:at + len(phrase)], names)
    for word in query:
        if spelling_variants(word):
            _add(found, (word,), [])
    aliases = []
    for words, alternatives in sorted(found.items(), key=lambda item: -len(item[0])):
        # A name holding the words themselves ("core java" for "java") finds nothing they do not.
        wider = [*_variants(words), *_wider(words, alternatives[1:])]
        wider += [v for a in wider[len(_variants(words)):] for v in _variants(a)]
        wider = list(dict.fromkeys(a for a in wider if a != words))
        if wider:
            aliases.append(QueryAlias(words, (words, *wider[:MAX_NAMES - 1])))
    return aliases


@lru_cache(maxsize=1)
def _names_by_first_word() -> dict[str, list[tuple[tuple[str, ...], list[tuple[str, ...]]]]]:
    """Each name of domain.title_synonyms and domain.occupation_names, as spelling keys, under
    its first word, with its group's names: read once, so a search looks up only its words."""
    out: dict[str, list[tuple[tuple[str, ...], list[tuple[str, ...]]]]] = {}
    for group in (*TITLE_SYNONYMS, *OCCUPATION_NAMES):
        names = [words_of(p) for p in group]
        for name in names:
            keyed = tuple(map(_spelling_key, name))
            if keyed:
                out.setdefault(keyed[0], []).append((keyed, names))
    return out


def _whole_words(text: str, start: int, end: int) -> bool:
    return not (start > 0 and text[start - 1].isalnum()) and not (end < len(text) and text[end].isalnum())


@lru_cache(maxsize=1)
def _occupation_vocabulary() -> frozenset[str]:
    """Every word of an occupation's or job title's names (domain.occupation_names,
    domain.title_synonyms), as spelling keys."""
    return frozenset(_spelling_key(w) for group in (*TITLE_SYNONYMS, *OCCUPATION_NAMES) for p in group
                     for w in words_of(p))


def _occupation_words(words: tuple[str, ...]) -> bool:
    """Whether `words` are (all) words of an occupation's names: "chef" of "head chef"."""
    vocabulary = _occupation_vocabulary()
    return bool(words) and all(_spelling_key(w) in vocabulary for w in words)


def _wider(words: tuple[str, ...], names: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    return [n for n in names if n and _free_position(n, words, set()) is None]


def _variants(phrase: tuple[str, ...]) -> list[tuple[str, ...]]:
    """`phrase` with its words in their other spellings (domain.spelling_variants)."""
    if len(phrase) == 1:
        return [(v,) for v in spelling_variants(phrase[0])]
    first = tuple((spelling_variants(w) or (w,))[0] for w in phrase)
    return [first] if first != phrase else []


def _spelling_key(word: str) -> str:
    """One form of a word however its umlauts and accents are written ("Küchenchef",
    "Kuechenchef"; "cuisinière", "cuisiniere"): for finding a name's phrase among a query's words."""
    spelled = "".join(_TRANSLITERATED.get(ch, ch) for ch in word)
    return "".join(ch for ch in unicodedata.normalize("NFKD", spelled) if not unicodedata.combining(ch))


def _possessive_joined(words: tuple[str, ...]) -> tuple[str, ...]:
    """The taxonomy's lookup keys spell "driver's" as "driver s"; the index (and a person)
    as "drivers" (domain.search_text drops an apostrophe between letters)."""
    out: list[str] = []
    for word in words:
        if word == "s" and out:
            out[-1] += "s"
        else:
            out.append(word)
    return tuple(out)


def _add(found: dict[tuple[str, ...], list[tuple[str, ...]]], words: tuple[str, ...],
         alternatives: Sequence[tuple[str, ...]]) -> None:
    if not words:
        return
    kept = found.setdefault(words, [words])
    for alternative in alternatives:
        if alternative and alternative not in kept:
            kept.append(alternative)


def with_aliases(words: Sequence[str], aliases: Sequence[QueryAlias]) -> list[str | AliasedWords]:
    """The query's words in order, each run an alias covers (the longest first, never
    overlapping) replaced by that alias. Words are compared folded, returned as given."""
    folded = [w.casefold() for w in words]
    taken: dict[int, AliasedWords] = {}
    covered: set[int] = set()
    for alias in aliases:
        at = _free_position(folded, alias.words, covered)
        if at is not None:
            span = range(at, at + len(alias.words))
            covered.update(span)
            taken[at] = AliasedWords(tuple(words[i] for i in span), alias)
    out: list[str | AliasedWords] = []
    i = 0
    while i < len(words):
        if i in taken:
            out.append(taken[i])
            i += len(taken[i].words)
        else:
            out.append(words[i])
            i += 1
    return out


def _free_position(words: Sequence[str], phrase: Sequence[str], covered: set[int]) -> int | None:
    for at in range(len(words) - len(phrase) + 1):
        if tuple(words[at:at + len(phrase)]) == tuple(phrase) and not covered & set(range(at, at + len(phrase))):
            return at
    return None
