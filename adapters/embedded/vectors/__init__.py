"""Embedded vector index: exact NumPy search while small, a usearch HNSW graph above a size."""
from adapters.embedded.vectors.index import EmbeddedVectorIndex

__all__ = ["EmbeddedVectorIndex"]
