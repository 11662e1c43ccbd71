"""What makes stored vectors, as the table records it: the embedding model (item `EMBMODEL`) and
the lexical analyzer (item `LEXANALYZER`), each naming its identity in `model`, as every vector
item it made does. Shared by the switch (embedding_model.py), the guard on vector writes
(embeddings.py) and the rescoring once a switch's résumés are indexed again
(embedding_rescoring.py)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from adapters.aws.dynamodb import keys
from adapters.embedded.embedding_precision import model_identity
from domain.ports.embedding_model import MODEL_KINDS, EmbeddingModelChanged
from domain.ports.lexical_analyzer import LEXICAL_KINDS, LexicalAnalyzerChanged, analyzer_identity

UNRECORDED_MODEL = model_identity("fp32")


@dataclass(frozen=True)
class Maker:
    """What makes vectors of some kinds, recorded in one item: the model, or the lexical
    analyzer (whose identity the term vectors carry in the same `model` attribute)."""
    key: dict[str, dict[str, str]]
    kinds: Sequence[str]
    unrecorded: str  # the maker of a vector that names none, and of an item not written yet
    changed: type[RuntimeError]


EMBEDDING_MODEL = Maker(keys.EMBEDDING_MODEL, MODEL_KINDS, UNRECORDED_MODEL, EmbeddingModelChanged)
# Term vectors stored before the analyzer was recorded were the first analyzer's.
LEXICAL_ANALYZER = Maker(keys.LEXICAL_ANALYZER, LEXICAL_KINDS, analyzer_identity(1), LexicalAnalyzerChanged)

# A maker and the identity one process makes its vectors with.
Made = tuple[Maker, str]


def names_model(model_id: str, path: str = "model", value: str = ":model",
                unrecorded: str = UNRECORDED_MODEL) -> str:
    """A condition that the item's `path` names `model_id` (absent names `unrecorded`)."""
    if model_id == unrecorded:
        return f"(attribute_not_exists({path}) OR {path} = {value})"
    return f"{path} = {value}"


def model_guard(model_id: str, maker: Maker = EMBEDDING_MODEL) -> dict[str, Any]:
    """The transaction action that holds when the stored vectors are still `model_id`'s."""
    return {"ConditionCheck": {
        "Key": maker.key, "ConditionExpression": names_model(model_id, unrecorded=maker.unrecorded),
        "ExpressionAttributeValues": {":model": {"S": model_id}}}}


def made_by(item: dict, model_id: str, maker: Maker = EMBEDDING_MODEL) -> bool:
    return item.get("model", {}).get("S", maker.unrecorded) == model_id


def switch_of(record: dict) -> str | None:
    """The id of the switch that recorded the maker item (None: recorded before switches had one)."""
    return record["switch"]["S"] if "switch" in record else None
