"""The local model pass alone, float32 beside bfloat16 and ONNX Runtime int8 in one run: CPU ms
per text (every thread's) for the matching queue's job texts in batches of 32 and résumé starts
one at a time and in eights, on 1 and 2 threads, and the cosine of each format's vectors to
float32's (min and mean). The int8 file is built first into a temporary directory (not timed).

    PYTHONPATH=. .venv/bin/python -m tests.bench.bench_embedder"""
from __future__ import annotations

import os
import random
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from adapters.embedded.embedder import SentenceTransformerEmbedder
from adapters.embedded.onnx_embedder import OnnxEmbedder
from domain.matching.texts import job_embedding_text, resume_embedding_text
from tests.bench.bench_scale import a_job_input
from tests.bench.resume_documents import resume_text


def cpu_ms_per_text(embedder: SentenceTransformerEmbedder | OnnxEmbedder, texts: Sequence[str], batch: int) -> float:
    embedder.embed_array(texts[:batch])  # warm
    cpu = time.process_time()
    for start in range(0, len(texts), batch):
        embedder.embed_array(texts[start:start + batch])
    return (time.process_time() - cpu) * 1000 / len(texts)


def main() -> None:
    import torch

    rng = random.Random(5)
    jobs = [job_embedding_text(j["title"], j["description"], j["requiredSkills"])
            for j in (a_job_input(rng) for _ in range(128))]
    resumes = [resume_embedding_text(resume_text(seed)) for seed in range(32)]
    reference = SentenceTransformerEmbedder(precision="fp32")
    expected = np.vstack([reference.embed_array(jobs), reference.embed_array(resumes)])
    cache = tempfile.TemporaryDirectory(prefix="bench-embedder-")
    for threads in (1, 2):
        torch.set_num_threads(threads)
        for precision in ("fp32", "bf16", "onnx-int8"):
            embedder = OnnxEmbedder(Path(cache.name), threads=threads) if precision == "onnx-int8" \
                else SentenceTransformerEmbedder(precision=precision)
            cosine = np.sum(np.vstack([embedder.embed_array(jobs), embedder.embed_array(resumes)]) * expected, axis=1)
            print(f"threads {threads} {precision}: jobs x32 {cpu_ms_per_text(embedder, jobs, 32):5.1f} ms"
                  f"  résumé x1 {cpu_ms_per_text(embedder, resumes, 1):5.1f} ms"
                  f"  résumé x8 {cpu_ms_per_text(embedder, resumes, 8):5.1f} ms CPU per text;"
                  f" cosine to fp32 min {cosine.min():.5f} mean {cosine.mean():.5f}", flush=True)
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
