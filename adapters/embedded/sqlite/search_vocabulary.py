"""The words the FTS5 job index holds, for typo tolerance (domain.spelling): read from
`fts5vocab` tables over `jobs_fts` (TEMP tables: no migration, nothing stored), only for a
search that found nothing (domain.services.corrected_search).

`jobs_fts` also holds closed and taken-down jobs, whose words a searcher must not learn: a
word counts as held, and may be offered as a correction, only when an OPEN job holds it
(the `instance` table joined to `job_search_keys`, stopping at the first such job).

The index holds words as its tokenizer leaves them (`porter unicode61`: folded accents and
Porter stems, "nurse" as "nurs", "warehouse" as "warehous"), so a typed word is first run
through the same tokenizer (an in-memory FTS5 table made with the index's own tokenize
option), compared as a stem, and a stem chosen is written back as a word that the tokenizer
reads as that stem: the typed word's own ending on the new stem ("acountant" -> "account" +
"ant"), else the stem with a common ending, so that the corrected query reads as words and
searches exactly that stem.

Reading a letter's terms walks their doclists (fts5vocab counts rows as it goes): ~10-30 ms
at 40,000 ads, seconds on a very large board. So a letter is read once at a time (concurrent
searches wait for the one read), on a connection and thread of its own (never the shared
reader nor the event loop), its MAX_TERMS_PER_LETTER most frequent terms kept for
VOCABULARY_SECONDS, MAX_LETTERS_KEPT letters at most (least recently used dropped): a word
posted meanwhile is offered as a correction a little later (searched for, it is found at
once)."""
from __future__ import annotations

import asyncio
import heapq
import json
import re
import sqlite3
import time
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Sequence

from adapters.embedded.sqlite.database import Database
from domain.search_text import SearchTerm
from domain.spelling import IndexedTerm, edits_allowed, near_terms

VOCABULARY_SECONDS = 60.0
MAX_LETTERS_KEPT = 8
MAX_TERMS_PER_LETTER = 50_000
# A query of many unknown words is no misspelling to read: the first few are corrected.
MAX_CORRECTED_WORDS = 8
# Candidates as near as the nearest whose open jobs are counted to choose between them.
_CANDIDATES = 8
_COUNTED_UP_TO = 1000
_INSTANCES = "temp.jobs_fts_instances"
_OPEN_HOLDS = (f"SELECT 1 FROM {_INSTANCES} i JOIN job_search_keys j ON j.job_rowid = i.doc"
               " WHERE {term} AND j.status = 'OPEN'")
_TOKENIZE = re.compile(r"tokenize\s*=\s*'([^']*)'", re.IGNORECASE)
# Endings tried on a chosen stem when the typed word's own does not fit it.
_ENDINGS = ("", "e", "s", "er", "ing", "ion", "ian", "al", "y")


class IndexVocabulary:
    def __init__(self, db: Database, clock: Callable[[], float] = time.monotonic) -> None:
        self._db = db
        self._clock = clock
        self._probe: sqlite3.Connection | None = None
        self._ready = False
        self._letters: OrderedDict[str, tuple[float, list[IndexedTerm]]] = OrderedDict()
        self._loading: dict[str, asyncio.Task[list[IndexedTerm]]] = {}
        self.letters_read = 0  # how many letter reads ran (tests: once per letter at a time)

    async def spelling_corrections(self, terms: Sequence[SearchTerm]) -> dict[str, str]:
        wanted = [t for t in terms if edits_allowed(t.word)]
        if not wanted:
            return {}
        await self._prepare()
        stems = self._stems([t.word for t in wanted])
        held = await self._held(stems, [t.prefix for t in wanted])
        corrections: dict[str, str] = {}
        for term, stem in zip(wanted, stems, strict=True):
            if stem is None or stem in held:
                continue
            if len(corrections) == MAX_CORRECTED_WORDS:
                break
            letter = await self._letter(stem[0])
            candidates = await asyncio.to_thread(near_terms, stem, edits_allowed(term.word), letter)
            chosen = await self._chosen(candidates)
            word = self._word_for(term.word, stem, chosen) if chosen else None
            if word is not None:
                corrections[term.word] = word
        return corrections

    async def _prepare(self) -> None:
        # Each time (a miss only): a reopened database has lost its TEMP tables.
        await self._db.fetch_all(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_INSTANCES} USING fts5vocab(main, jobs_fts, instance)")
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

    async def _held(self, stems: Sequence[str | None], prefixes: Sequence[bool]) -> set[str]:
        """The stems an open job holds (a prefix: some held term starts with it), in one query."""
        exact = sorted({s for s, p in zip(stems, prefixes, strict=True) if s and not p})
        starts = sorted({s for s, p in zip(stems, prefixes, strict=True) if s and p})
        if not exact and not starts:
            return set()
        each = _OPEN_HOLDS.format(term="i.term = e.value")
        each_start = _OPEN_HOLDS.format(term="i.term >= p.value AND i.term < p.value || char(1114111)")
        rows = await self._db.fetch_all(
            f"SELECT e.value FROM json_each(?) e WHERE EXISTS ({each} LIMIT 1)"
            f" UNION ALL SELECT p.value FROM json_each(?) p WHERE EXISTS ({each_start} LIMIT 1)",
            (json.dumps(exact), json.dumps(starts)))
        return {row[0] for row in rows}

    async def _chosen(self, candidates: list[tuple[IndexedTerm, int]]) -> str | None:
        """The nearest candidate open jobs hold, the one more of them hold among as near ones:
        the index's counts include closed jobs, which must neither be offered nor steer the choice."""
        for edits in sorted({e for _, e in candidates}):
            tier = [c.term for c, e in candidates if e == edits][:_CANDIDATES]
            counted = _OPEN_HOLDS.format(term="i.term = ?")
            counts = [(await self._db.fetch_one(
                f"SELECT count(*) FROM ({counted} LIMIT {_COUNTED_UP_TO})", (term,)) or (0,))[0] for term in tier]
            best = max(zip(counts, tier), key=lambda pair: (pair[0], [-ord(ch) for ch in pair[1]]))
            if best[0]:
                return best[1]
        return None

    async def _letter(self, letter: str) -> list[IndexedTerm]:
        kept = self._letters.get(letter)
        if kept is not None and self._clock() - kept[0] < VOCABULARY_SECONDS:
            self._letters.move_to_end(letter)
            return kept[1]
        loading = self._loading.get(letter)
        if loading is None:
            loading = asyncio.ensure_future(self._load(letter))
            self._loading[letter] = loading
            loading.add_done_callback(lambda _: self._loading.pop(letter, None))
        if kept is not None:
            return kept[1]  # stale while one read renews it: a minute more changes little
        return await asyncio.shield(loading)

    async def _load(self, letter: str) -> list[IndexedTerm]:
        self.letters_read += 1
        terms = await asyncio.to_thread(_read_letter, str(self._db.path), letter)
        self._letters[letter] = (self._clock(), terms)
        self._letters.move_to_end(letter)
        while len(self._letters) > MAX_LETTERS_KEPT:
            self._letters.popitem(last=False)
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


def _read_letter(path: str, letter: str) -> list[IndexedTerm]:
    """A letter's terms with their rows, the most frequent MAX_TERMS_PER_LETTER, read on a
    connection of its own (a long walk of doclists must not hold up the shared reader)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, jobs_fts, row)")
        rows = conn.execute("SELECT term, doc FROM temp.terms WHERE term >= ? AND term < ?",
                            (letter, chr(ord(letter) + 1)))
        terms = (IndexedTerm(term, doc) for term, doc in rows if term.isalpha())
        return heapq.nlargest(MAX_TERMS_PER_LETTER, terms, key=lambda t: t.rows)
    finally:
        conn.close()


def _folded(word: str) -> str:
    """Lower case without accents, as unicode61 folds a word before the stemmer reads it."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)).casefold()
