"""The words the FTS5 job index holds, for typo tolerance (domain.spelling): read from an
`fts5vocab` table over `jobs_fts` (a TEMP table on the reading connection: no migration,
nothing stored), only for a search that found nothing (domain.services.corrected_search).

The index holds words as its tokenizer leaves them (`porter unicode61`: folded accents and
Porter stems, "nurse" as "nurs", "warehouse" as "warehous"), so a typed word is first run
through the same tokenizer (an in-memory FTS5 table made with the index's own tokenize
option), compared as a stem, and a stem chosen is written back as a word that the tokenizer
reads as that stem: the typed word's own ending on the new stem ("acountant" -> "account" +
"ant"), else the stem with a common ending, so that the corrected query reads as words and
searches exactly that stem.

Reading a letter's terms walks their doclists (fts5vocab counts rows as it goes): ~10-30 ms
at 40,000 ads of random words, more on a large board. So each letter's terms are kept for
VOCABULARY_SECONDS per process: a word posted meanwhile is offered as a correction a little
later (searched for, it is found at once)."""
from __future__ import annotations

import re
import sqlite3
import time
import unicodedata
from collections.abc import Callable, Sequence

from adapters.embedded.sqlite.database import Database
from domain.search_text import SearchTerm
from domain.spelling import IndexedTerm, edits_allowed, nearest_term

VOCABULARY_SECONDS = 60.0
_TERMS_TABLE = "temp.jobs_fts_terms"
_TOKENIZE = re.compile(r"tokenize\s*=\s*'([^']*)'", re.IGNORECASE)
# Endings tried on a chosen stem when the typed word's own does not fit it.
_ENDINGS = ("", "e", "s", "er", "ing", "ion", "ian", "al", "y")


class IndexVocabulary:
    def __init__(self, db: Database, clock: Callable[[], float] = time.monotonic) -> None:
        self._db = db
        self._clock = clock
        self._probe: sqlite3.Connection | None = None
        self._ready = False
        self._letters: dict[str, tuple[float, list[IndexedTerm]]] = {}

    async def spelling_corrections(self, terms: Sequence[SearchTerm]) -> dict[str, str]:
        wanted = [t for t in terms if edits_allowed(t.word)]
        if not wanted:
            return {}
        await self._prepare()
        stems = self._stems([t.word for t in wanted])
        corrections: dict[str, str] = {}
        for term, stem in zip(wanted, stems, strict=True):
            if stem is None or await self._holds(stem, term.prefix):
                continue
            chosen = nearest_term(stem, edits_allowed(term.word), await self._letter(stem[0]))
            word = self._word_for(term.word, stem, chosen.term) if chosen else None
            if word is not None:
                corrections[term.word] = word
        return corrections

    async def _prepare(self) -> None:
        # Each time (a miss only): a reopened database has lost its TEMP tables.
        await self._db.fetch_all(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_TERMS_TABLE} USING fts5vocab(main, jobs_fts, row)")
        if self._ready:
            return
        row = await self._db.fetch_one("SELECT sql FROM sqlite_master WHERE name = 'jobs_fts'")
        tokenize = _TOKENIZE.search(row[0]) if row else None
        self._probe = sqlite3.connect(":memory:")
        self._probe.execute(
            f"CREATE VIRTUAL TABLE probe USING fts5(w, tokenize = '{tokenize.group(1) if tokenize else 'unicode61'}')")
        self._probe.execute("CREATE VIRTUAL TABLE probe_terms USING fts5vocab(probe, instance)")
        self._ready = True

    def _stems(self, words: Sequence[str]) -> list[str | None]:
        """Each word as the index's tokenizer reads it; None for one it reads as several tokens."""
        assert self._probe is not None
        probe = self._probe
        probe.execute("DELETE FROM probe")
        probe.executemany("INSERT INTO probe(rowid, w) VALUES (?, ?)", enumerate(words))
        tokens: dict[int, list[str]] = {}
        for doc, term in probe.execute("SELECT doc, term FROM probe_terms ORDER BY doc, offset"):
            tokens.setdefault(doc, []).append(term)
        return [found[0] if len(found := tokens.get(i, [])) == 1 else None for i in range(len(words))]

    async def _holds(self, stem: str, prefix: bool) -> bool:
        if prefix:
            row = await self._db.fetch_one(
                f"SELECT 1 FROM {_TERMS_TABLE} WHERE term >= ? AND term < ? LIMIT 1", (stem, stem + "\U0010ffff"))
        else:
            row = await self._db.fetch_one(f"SELECT 1 FROM {_TERMS_TABLE} WHERE term = ?", (stem,))
        return row is not None

    async def _letter(self, letter: str) -> list[IndexedTerm]:
        kept = self._letters.get(letter)
        now = self._clock()
        if kept is not None and now - kept[0] < VOCABULARY_SECONDS:
            return kept[1]
        rows = await self._db.fetch_all(
            f"SELECT term, doc FROM {_TERMS_TABLE} WHERE term >= ? AND term < ?", (letter, chr(ord(letter) + 1)))
        terms = [IndexedTerm(row[0], row[1]) for row in rows if row[0].isalpha()]
        self._letters[letter] = (now, terms)
        return terms

    def _word_for(self, typed: str, typed_stem: str, chosen: str) -> str | None:
        """A word the tokenizer reads as `chosen`, as near the typed word as the endings allow."""
        folded = _folded(typed)
        own = [chosen + folded[len(typed_stem):]] if folded.startswith(typed_stem) else []
        tries = list(dict.fromkeys([*own, *(chosen + ending for ending in _ENDINGS)]))
        for word, stem in zip(tries, self._stems(tries), strict=True):
            if stem == chosen:
                return word
        return None


def _folded(word: str) -> str:
    """Lower case without accents, as unicode61 folds a word before the stemmer reads it."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)).casefold()
