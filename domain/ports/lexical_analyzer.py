"""The version of the lexical analyzer that made the stored term vectors
(domain.matching.lexical.ANALYZER_VERSION), recorded beside them as the embedding model's identity
is (domain/ports/embedding_model.py), and switched the same way.

Term vectors of two analyzers do not count the same words (one reads "urgência" as one word,
the other as "urg" and "ncia"), so they are never compared. A start with another analyzer
adopts it: the stored term vectors and the lexical neighbour similarities made from them go,
and every open job and parsed résumé is queued to be indexed again, which recomputes its terms
and its matches (the same work a model switch queues). From then on a process still running
the old analyzer cannot store a term vector (LexicalAnalyzerChanged), however its write and the
adoption interleave."""
from __future__ import annotations

from typing import Protocol

# What the analyzer makes: the term vectors, and each item's mean lexical similarity to its
# neighbours, computed from them.
LEXICAL_KINDS = ("job.terms", "resume.terms", "job.lexical_neighbours", "resume.lexical_neighbours")


def analyzer_identity(version: int) -> str:
    """The analyzer as the stores name the maker of a stored vector."""
    return f"lexical-analyzer/{version}"


class LexicalAnalyzerChanged(RuntimeError):
    """The stored term vectors are now another analyzer's: this process's may not join them."""


class LexicalAnalyzerRecord(Protocol):
    async def adopt(self, version: int) -> bool:
        """Records `version` as the analyzer of the stored term vectors; if another one was,
        they are dropped and everything is queued to be indexed again. True when it changed."""
        ...
