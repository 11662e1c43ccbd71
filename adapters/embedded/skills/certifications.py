"""Reads certifications.tsv: the licences and certifications kind of the taxonomy.

Used only by build_taxonomy.py."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

CERTIFICATIONS_FILE = Path(__file__).with_name("certifications.tsv")


@dataclass(frozen=True)
class Certification:
    name: str
    aliases: tuple[str, ...]  # "!X": counts only beside a word of licensing
    issuer: str
    # The regulated profession a licence admits to, where each jurisdiction licenses it apart
    # ("pharmacist"): credentials of one profession are related, never the same.
    profession: str = ""


def read_certifications(path: Path = CERTIFICATIONS_FILE) -> list[Certification]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, aliases, issuer, *profession = line.split("\t")
        out.append(Certification(name.strip(), tuple(a.strip() for a in aliases.split("|") if a.strip()),
                                 issuer.strip(), profession[0].strip() if profession else ""))
    return out
