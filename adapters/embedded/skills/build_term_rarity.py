"""Builds the shipped word rarities (term_rarity.tsv.gz) for the lexical match similarity
(domain/matching/lexical.py) from public descriptions of work: every O*NET occupation (title
and description) and every ESCO skill and knowledge concept (label, synonyms, description).

Run by hand when the sources change; the output is committed:
    .venv/bin/python -m adapters.embedded.skills.build_term_rarity ../shared/data/taxonomy

Output: gzipped TSV; the first line `#documents <TAB> N`, then `term <TAB> document count`, one
term a line, for terms in at least two documents (a term in one or none weighs about the same,
the most). Terms are the lexical module's own tokens, so building and matching agree."""
from __future__ import annotations

import csv
import gzip
import sys
from pathlib import Path

from domain.matching.lexical import TermRarity

OUT = Path(__file__).with_name("term_rarity.tsv.gz")
MIN_DOCUMENTS = 2


def reference_texts(taxonomy: Path):
    with (taxonomy / "onet_occupations.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            yield f"{row['Title']} {row['Description']}"
    with (taxonomy / "esco_skills_en.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            yield " ".join(row.get(k) or "" for k in ("preferredLabel", "altLabels", "description"))


def build(taxonomy: Path, out: Path = OUT) -> TermRarity:
    rarity = TermRarity.from_texts(reference_texts(taxonomy))
    kept = sorted((t, n) for t, n in rarity.counts().items() if n >= MIN_DOCUMENTS)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(f"#documents\t{rarity.documents}\n")
        f.writelines(f"{t}\t{n}\n" for t, n in kept)
    return rarity


if __name__ == "__main__":
    built = build(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/taxonomy"))
    print(f"{built.documents} documents, {len(built.counts())} terms -> {OUT}")
