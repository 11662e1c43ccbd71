"""The identity of the model that made the stored résumé and job vectors.

Vectors of two models (or of one model in two number formats) do not measure the same thing,
so they are never compared. The store records which model made its vectors; a process that
starts with another one adopts it: the old vectors go and every open job and parsed résumé is
queued to be embedded again. From then on a process still embedding with the old model cannot
store a vector (EmbeddingModelChanged), however its write and the adoption interleave."""
from __future__ import annotations

from typing import Protocol

# The kinds the model makes; the lexical kinds beside them ("job.terms", ...) are not vectors
# of the model and stay.
MODEL_KINDS = ("job", "resume")


class EmbeddingModelChanged(RuntimeError):
    """The stored vectors are now another model's: this process's may not join them."""


class EmbeddingModelRecord(Protocol):
    async def adopt(self, model_id: str) -> bool:
        """Records `model_id` as the maker of the stored vectors; if another one was, its
        vectors are dropped and everything is queued to be embedded again. True when it
        changed."""
        ...
