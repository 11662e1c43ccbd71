"""Embeddings from Amazon Bedrock Titan Text Embeddings v2 or a SageMaker endpoint
(both implement domain.ports.documents.Embedder: L2-normalised vectors)."""
from __future__ import annotations

import asyncio
import json
import math
from collections.abc import Sequence
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from adapters.aws.clients import error_code
from domain.errors import TransientFailure

# Titan v2 reads up to 8k tokens; about 4 characters a token leaves margin.
TITAN_MAX_CHARS = 30_000


def normalised(vector: Sequence[float]) -> list[float]:
    norm = math.sqrt(sum(x * x for x in vector))
    return [float(x) / norm for x in vector] if norm else [float(x) for x in vector]


class TitanEmbedder:
    def __init__(self, bedrock_runtime: Any, model_id: str = "amazon.titan-embed-text-v2:0",
                 dimension: int = 1024, concurrency: int = 8) -> None:
        self._bedrock = bedrock_runtime
        self._model_id = model_id
        self.dimension = dimension
        self._limit = asyncio.Semaphore(concurrency)

    async def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return list(await asyncio.gather(*(self._one(text) for text in texts)))

    async def _one(self, text: str) -> list[float]:
        body = {"inputText": (text or " ")[:TITAN_MAX_CHARS], "dimensions": self.dimension, "normalize": True}
        async with self._limit:
            try:
                response = await self._bedrock.invoke_model(
                    modelId=self._model_id, contentType="application/json", accept="application/json",
                    body=json.dumps(body))
                payload = json.loads(await response["body"].read())
            except ClientError as error:
                raise TransientFailure(f"Bedrock InvokeModel failed: {error_code(error)}") from error
            except BotoCoreError as error:
                raise TransientFailure(f"Bedrock unreachable: {error}") from error
        return normalised(payload["embedding"])


class SageMakerEmbedder:
    """An endpoint serving a sentence-embedding model (e.g. the Hugging Face inference
    container), called with {"inputs": [...]} and answering one vector per text."""

    def __init__(self, sagemaker_runtime: Any, endpoint: str, dimension: int, batch_size: int = 32) -> None:
        self._runtime = sagemaker_runtime
        self._endpoint = endpoint
        self.dimension = dimension
        self._batch = batch_size

    async def embed(self, texts: Sequence[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for start in range(0, len(texts), self._batch):
            chunk = list(texts[start:start + self._batch])
            try:
                response = await self._runtime.invoke_endpoint(
                    EndpointName=self._endpoint, ContentType="application/json", Accept="application/json",
                    Body=json.dumps({"inputs": chunk}))
                payload = json.loads(await response["Body"].read())
            except ClientError as error:
                raise TransientFailure(f"SageMaker InvokeEndpoint failed: {error_code(error)}") from error
            except BotoCoreError as error:
                raise TransientFailure(f"SageMaker unreachable: {error}") from error
            rows = payload.get("embeddings", payload) if isinstance(payload, dict) else payload
            if len(rows) != len(chunk) or any(len(row) != self.dimension for row in rows):
                raise TransientFailure(
                    f"the SageMaker endpoint answered {len(rows)} vectors for {len(chunk)} texts "
                    f"(expected dimension {self.dimension})")
            vectors.extend(normalised(row) for row in rows)
        return vectors
