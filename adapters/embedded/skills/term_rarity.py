"""Loads the shipped word rarities (term_rarity.tsv.gz, see build_term_rarity.py) once."""
from __future__ import annotations

import gzip
import threading
from pathlib import Path

from domain.matching.lexical import TermRarity

TERM_RARITY_FILE = Path(__file__).with_name("term_rarity.tsv.gz")

_lock = threading.Lock()
_cache: dict[Path, TermRarity] = {}


def read_term_rarity(path: Path = TERM_RARITY_FILE) -> TermRarity:
    counts: dict[str, int] = {}
    documents = 0
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            term, _, count = line.rstrip("\n").partition("\t")
            if term == "#documents":
                documents = int(count)
            elif term and count:
                counts[term] = int(count)
    if documents < 1:
        raise ValueError(f"{path} names no reference corpus size (#documents line)")
    return TermRarity(counts, documents)


def load_term_rarity(path: Path = TERM_RARITY_FILE) -> TermRarity:
    """The rarities, read from disk the first time they are asked for and shared afterwards."""
    with _lock:
        if path not in _cache:
            _cache[path] = read_term_rarity(path)
        return _cache[path]
