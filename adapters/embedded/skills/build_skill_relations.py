"""Builds skill_relations.tsv.gz: for each taxonomy skill, its nearest other skills by the
cosine of their names' sentence embeddings (the bundled all-MiniLM-L6-v2), kept from
MIN_SIMILARITY up and at most NEIGHBOURS per skill.

Run by hand after the taxonomy changes; the output is committed:
    .venv/bin/python -m adapters.embedded.skills.build_skill_relations

Output: gzipped TSV, one line per skill with neighbours:
    skill index <TAB> neighbour index:similarity (,)...
Indices are lines of taxonomy.tsv.gz, so the two files are built together. Which of these
count as related, and from what similarity, is decided in domain/skill_relations.py from the
labelled pairs in tests/data/skill_pairs.tsv (their precision is a test)."""
from __future__ import annotations

import gzip
import os
from pathlib import Path

import numpy as np

from adapters.embedded.skills.taxonomy import TAXONOMY_FILE, read_taxonomy

OUT = Path(__file__).with_name("skill_relations.tsv.gz")
NEIGHBOURS = 8
MIN_SIMILARITY = 0.3


def build(out: Path = OUT) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from adapters.embedded.embedder import shared_model

    names = read_taxonomy(TAXONOMY_FILE).names
    vectors = shared_model(None, "cpu").encode(names, batch_size=256, normalize_embeddings=True,
                                              convert_to_numpy=True).astype(np.float32)
    lines = []
    for start in range(0, len(names), 1024):
        block = vectors[start:start + 1024] @ vectors.T
        for row, sims in enumerate(block):
            i = start + row
            sims[i] = -1.0
            top = np.argpartition(-sims, NEIGHBOURS)[:NEIGHBOURS]
            kept = sorted(((int(j), float(sims[j])) for j in top if sims[j] >= MIN_SIMILARITY),
                          key=lambda p: -p[1])
            if kept:
                lines.append(f"{i}\t" + ",".join(f"{j}:{s:.3f}" for j, s in kept) + "\n")
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.writelines(lines)
    return len(lines)


if __name__ == "__main__":
    print(f"{build()} skills with neighbours -> {OUT}")
