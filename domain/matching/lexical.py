"""Lexical similarity: the words a résumé and a job share, each weighed by how rare it is in
the language of work (TF-IDF cosine).

A sentence embedding places a text by its gist; it can miss that both texts name "Informatica"
or "SolidWorks", and a résumé in a form the model did not see (broken encoding, a list of
tools) shifts it. The words themselves are a second, independent view of the same pair; the
two are combined in `hybrid.py`.

How rare a word is comes from a fixed reference corpus (public occupation and skill
descriptions, see TermRarity), not from the jobs and résumés being matched: a term's weight
then never depends on which items happen to be stored, and one résumé scores the same against
a job whatever else was uploaded.

A text's term vector is kept as hashed term ids (24-bit, exact in float32) with weights
rounded to float32, so it can be stored beside the embeddings and read back unchanged."""
from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from domain.matching.function_words import FUNCTION_WORDS

TermVector = Mapping[int, float]

# Which analyzer made a term vector: raised whenever the words read from a text change (the
# tokens, the function words left out, the pairs), since the stored vectors of two analyzers
# must never be compared. A start with another one drops the stored ones and makes them again
# (domain/ports/lexical_analyzer.py). 1: ASCII words only; 2: letters beyond ASCII inside words,
# other languages' function words left out.
ANALYZER_VERSION = 2

# Words, versions and tool names as written: "c++", "c#", "node.js", "asp.net". A letter beyond
# ASCII is part of a word when a letter follows it, or when it ends a word after a letter
# ("café", "się"), so "urgência" is one word, not "urg" and "ncia" (fragments every text of the
# language shares, each weighing as a word the reference corpus never saw); a text decoded in
# the wrong charset ("donâ€™t", "cafÃ©": the stray letter is followed by a symbol) keeps the
# words it had, without its stray "â" and "Ã".
_TOKEN = re.compile(r"(?:[a-z0-9+#.]|[^\W\d_a-z](?=[^\W\d_])"
                    r"|(?<=[^\W\d_])[^\W\d_a-z](?=$|[\s.,;:!?)\]}\"'/|-]))+")
_LETTER = re.compile(r"[^\W\d_]")
_ID_BITS = 24  # float32 holds every integer below 2**24 exactly
# A long résumé keeps its strongest terms; beyond this many the rest add little but storage.
MAX_TERMS = 1024


def terms(text: str) -> list[str]:
    """Lower-cased tokens with a letter in them (dates and phone numbers are no vocabulary)."""
    out = []
    for raw in _TOKEN.findall(text.casefold()):
        token = raw.strip(".")
        if token and _LETTER.search(token):
            out.append(token)
    return out


def features(text: str) -> list[str]:
    """The words and each pair of adjacent words: a pair carries a phrase ("civil engineering",
    "project manager") that its words alone do not, so a job title is matched as written.
    Other languages' function words are neither (function_words.py)."""
    words = terms(text)
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:])
             if a not in FUNCTION_WORDS and b not in FUNCTION_WORDS]
    return [w for w in words if w not in FUNCTION_WORDS] + pairs


def term_id(term: str) -> int:
    return zlib.crc32(term.encode("utf-8")) & ((1 << _ID_BITS) - 1)


class TermRarity:
    """Inverse document frequencies over a reference corpus of `documents` texts, from the
    number of those texts each term occurs in. Smoothed (as scikit-learn's default): a term
    the corpus never saw weighs most, a term in every text weighs 1."""

    def __init__(self, counts: Mapping[str, int], documents: int) -> None:
        if documents < 1:
            raise ValueError("a reference corpus needs at least one document")
        self.documents = documents
        self._counts = dict(counts)

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> TermRarity:
        counts: Counter[str] = Counter()
        documents = 0
        for text in texts:
            documents += 1
            counts.update(set(features(text)))
        return cls(counts, documents)

    def count(self, term: str) -> int:
        return self._counts.get(term, 0)

    def idf(self, term: str) -> float:
        return math.log((self.documents + 1) / (self.count(term) + 1)) + 1.0

    def counts(self) -> Mapping[str, int]:
        return self._counts


def term_vector(text: str, rarity: TermRarity, limit: int = MAX_TERMS) -> dict[int, float]:
    """Sublinear term frequency x IDF of the text's words and word pairs, L2-normalised over
    the `limit` strongest."""
    weights = {t: (1.0 + math.log(n)) * rarity.idf(t) for t, n in Counter(features(text)).items()}
    strongest = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    norm = math.sqrt(sum(w * w for _, w in strongest))
    if not norm:
        return {}
    vector: dict[int, float] = {}
    for term, weight in strongest:
        key = term_id(term)
        vector[key] = vector.get(key, 0.0) + weight / norm
    return {k: float(np.float32(v)) for k, v in vector.items()}


def lexical_similarity(a: TermVector, b: TermVector) -> float:
    """Cosine of two term vectors (both already unit length)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b.get(key, 0.0) for key, weight in a.items())


def mean_similarity(vector: TermVector, neighbours: Sequence[TermVector]) -> float | None:
    """Mean lexical similarity of an item to some items of the other side (its hubness,
    see hybrid.py); None when there are none."""
    if not neighbours:
        return None
    return sum(lexical_similarity(vector, n) for n in neighbours) / len(neighbours)


def encode(vector: TermVector) -> list[float]:
    """Flat [id, weight, id, weight, ...] for an EmbeddingStore (float32)."""
    out: list[float] = []
    for key in sorted(vector):
        out += [float(key), vector[key]]
    return out


def decode(stored: Sequence[float]) -> dict[int, float]:
    if len(stored) % 2:
        raise ValueError("a stored term vector holds (id, weight) pairs")
    return dict(zip(map(int, stored[0::2]), map(float, stored[1::2])))
