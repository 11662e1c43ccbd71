"""Builds skill_relations.tsv.gz: for each taxonomy skill, its nearest other skills by the
cosine of their names' sentence embeddings (the bundled all-MiniLM-L6-v2), kept from
MIN_SIMILARITY up and at most NEIGHBOURS per skill, and the hand-kept pairs of related_pairs.tsv
(one trade's skills whose names are far apart) at HAND_KEPT_SIMILARITY.

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
from domain.skill_relations import UNCORROBORATED_FROM

OUT = Path(__file__).with_name("skill_relations.tsv.gz")
PAIRS = Path(__file__).with_name("related_pairs.tsv")
NEIGHBOURS = 8
MIN_SIMILARITY = 0.3
# The similarity a hand-kept pair is recorded at: UNCORROBORATED_FROM, the nearness at which two
# skills count as related with no group in common, so that a pair of two sectors is related too.
HAND_KEPT_SIMILARITY = UNCORROBORATED_FROM


def hand_kept_pairs(names: list[str], path: Path = PAIRS) -> dict[int, set[int]]:
    """related_pairs.tsv as indices of `names`, each pair both ways; a name the taxonomy lacks stops
    the build (the table would silently say nothing)."""
    index = {name: i for i, name in enumerate(names)}
    out: dict[int, set[int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        a, b = (part.strip() for part in line.split("\t"))
        if a not in index or b not in index:
            raise SystemExit(f"related_pairs.tsv names a skill the taxonomy lacks: {a!r} / {b!r}")
        out.setdefault(index[a], set()).add(index[b])
        out.setdefault(index[b], set()).add(index[a])
    return out


def build(out: Path = OUT) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from adapters.embedded.embedder import shared_model

    names = read_taxonomy(TAXONOMY_FILE).names
    pairs = hand_kept_pairs(names)
    vectors = shared_model(None, "cpu").encode(names, batch_size=256, normalize_embeddings=True,
                                              convert_to_numpy=True).astype(np.float32)
    lines = []
    for start in range(0, len(names), 1024):
        block = vectors[start:start + 1024] @ vectors.T
        for row, sims in enumerate(block):
            i = start + row
            sims[i] = -1.0
            top = np.argpartition(-sims, NEIGHBOURS)[:NEIGHBOURS]
            near = {int(j): float(sims[j]) for j in top if sims[j] >= MIN_SIMILARITY}
            for j in pairs.get(i, ()):
                near[j] = max(near.get(j, float(sims[j])), HAND_KEPT_SIMILARITY)
            kept = sorted(near.items(), key=lambda p: -p[1])
            if kept:
                lines.append(f"{i}\t" + ",".join(f"{j}:{s:.3f}" for j, s in kept) + "\n")
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.writelines(lines)
    return len(lines)


if __name__ == "__main__":
    print(f"{build()} skills with neighbours -> {OUT}")
