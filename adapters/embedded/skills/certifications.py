"""Reads certifications.tsv: the licences and certifications kind of the taxonomy.

Read by build_taxonomy.py, and by taxonomy.py for which credentials cover which."""
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
    # The rows (canonical names) whose credential holding this one is holding too: this is a
    # kind of it ("Reach truck licence", "Forklift certification") or includes it.
    covers: tuple[str, ...] = ()


def read_certifications(path: Path = CERTIFICATIONS_FILE) -> list[Certification]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, aliases, issuer, *rest = line.split("\t")
        profession, covers = (rest + ["", ""])[:2]
        out.append(Certification(name.strip(), tuple(a.strip() for a in aliases.split("|") if a.strip()),
                                 issuer.strip(), profession.strip(),
                                 tuple(c.strip() for c in covers.split("|") if c.strip())))
    return out


def covered_by(certifications: list[Certification]) -> dict[str, frozenset[str]]:
    """Each credential's name (case-folded) -> the names (case-folded) of every credential its
    holder holds by `covers`, followed through (a kind of a kind is a kind)."""
    direct = {c.name.casefold(): {n.casefold() for n in c.covers} for c in certifications}
    out: dict[str, frozenset[str]] = {}
    for name in direct:
        seen: set[str] = set()
        todo = list(direct[name])
        while todo:
            covered = todo.pop()
            if covered not in seen and covered != name:
                seen.add(covered)
                todo.extend(direct.get(covered, ()))
        if seen:
            out[name] = frozenset(seen)
    return out
