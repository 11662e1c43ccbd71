"""Builds the shipped skill taxonomy (taxonomy.tsv.gz) from the O*NET and ESCO source files.

Run by hand when the sources change; the output is committed:
    .venv/bin/python -m adapters.embedded.skills.build_taxonomy ../shared/data/taxonomy

Output: gzipped TSV, one skill a line:
    canonical <TAB> source <TAB> flags <TAB> aliases (|) <TAB> groups (,) <TAB> occupations (,)
source is onet, esco or curated; flags holds "h" (O*NET Hot Technology). An alias written
"!alias" is strict: a short or everyday word that counts only in a skills context. groups are O*NET commodity codes (or an
ESCO grouping) and occupations are O*NET-SOC codes: together they give the relatedness signal.

What is kept, deliberately: every O*NET technology example (software and tools of all 900+
occupations, not only IT), and every ESCO cross-sector and transversal skill, so that resumes and
job descriptions of any of the occupation categories find their skills. ESCO labels longer than
five words are dropped (they are paraphrases nobody writes in a resume) and so are ESCO labels that
collide with a technology name (the technology wins).
"""
from __future__ import annotations

import csv
import gzip
import re
import sys
from collections import defaultdict
from pathlib import Path

from adapters.embedded.skills.curated import (
    CURATED_ALIASES, CURATED_SKILLS, DROPPED_ALIASES, RENAMES, STRICT_ALIASES, VENDORS,
)
from domain.skills import normalise

OUT = Path(__file__).with_name("taxonomy.tsv.gz")
MAX_ESCO_WORDS = 5
DROPPED = {normalise(a) for a in DROPPED_ALIASES}
GENERIC_TAIL = re.compile(r"\s+software$", re.I)


class Builder:
    def __init__(self) -> None:
        self.names: dict[str, dict] = {}  # canonical -> record
        self.alias_owner: dict[str, tuple[int, str]] = {}  # alias key -> (priority, canonical)
        self.strict_keys: set[str] = set()

    def skill(self, name: str, source: str) -> dict:
        return self.names.setdefault(name, {"source": source, "flags": set(), "aliases": set(),
                                            "groups": set(), "occupations": set()})

    def alias(self, canonical: str, alias: str, priority: int) -> None:
        key = normalise(alias)
        if not key or key in DROPPED:
            return
        owner = self.alias_owner.get(key)
        if owner is None or priority > owner[0]:
            self.alias_owner[key] = (priority, canonical)

    def write(self, path: Path) -> int:
        by_canonical: dict[str, set[str]] = defaultdict(set)
        for key, (_, canonical) in self.alias_owner.items():
            by_canonical[canonical].add(key)
        strict = {normalise(a) for a in STRICT_ALIASES} | self.strict_keys
        rows = []
        for canonical, rec in sorted(self.names.items()):
            aliases = sorted(by_canonical.get(canonical, ()))
            if not aliases:
                continue
            flags = set(rec["flags"])
            strict_aliases = [a for a in aliases if a in strict or _is_short(a)
                              or (rec["source"] == "esco" and " " not in a)]
            alias_field = "|".join(("!" + a) if a in strict_aliases else a for a in aliases)
            rows.append("\t".join([canonical, rec["source"], "".join(sorted(flags)), alias_field,
                                   ",".join(sorted(rec["groups"])),
                                   ",".join(sorted(rec["occupations"]))]))
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as f:
            f.write("\n".join(rows) + "\n")
        return len(rows)


def _is_short(alias_key: str) -> bool:
    # One or two characters ("r", "c", "go") are words or initials far more often than skills.
    return len(alias_key.replace(" ", "")) <= 2


def _acronym_aliases(name: str) -> list[str]:
    """'Hypertext markup language HTML' -> ['HTML', 'Hypertext markup language']."""
    words = GENERIC_TAIL.sub("", name).split()
    out = []
    for i, w in enumerate(words):
        if i == 0 or not re.fullmatch(r"[A-Z][A-Z0-9]{1,7}", w):
            continue
        before = [x for x in words[:i] if x[0].isalnum()]
        initials = "".join(x[0] for x in before[-len(w):]).upper()
        if initials == w.upper():
            out.append(w)
            out.append(" ".join(before[-len(w):]))
    return out


def _vendorless(name: str) -> str | None:
    for vendor in VENDORS:
        if name.startswith(vendor + " ") and len(name) > len(vendor) + 2:
            return name[len(vendor) + 1:]
    return None


def add_onet(b: Builder, path: Path) -> None:
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    popularity: dict[str, int] = defaultdict(int)
    for row in rows:
        popularity[row["Example"]] += 1
    for row in rows:
        name = row["Example"].strip()
        canonical = RENAMES.get(name, name)
        rec = b.skill(canonical, "onet")
        rec["groups"].add(row["Commodity Code"])
        rec["occupations"].add(row["O*NET-SOC Code"].split(".")[0])
        if row.get("Hot Technology") == "Y":
            rec["flags"].add("h")
    for name, count in popularity.items():
        canonical = RENAMES.get(name, name)
        b.alias(canonical, name, 100 + count)
        b.alias(canonical, canonical, 100 + count)
        derived = _acronym_aliases(name)
        rest = _vendorless(name)
        if rest:
            derived += [rest] + _acronym_aliases(rest)
        bare = GENERIC_TAIL.sub("", name)
        if bare != name and (" " not in bare or any(w[0].isupper() for w in bare.split()[1:])):
            # "Teradata software" is also "Teradata"; "Email software" is not "email" in
            # running text, so a one-word stem counts only in a skills context.
            derived.append(bare)
            if " " not in bare:
                b.strict_keys.add(normalise(bare))
        for alias in derived:
            b.alias(canonical, alias, 50 + count)


def add_esco(b: Builder, path: Path, group_of: dict[str, str]) -> None:
    with path.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["preferredLabel"].strip()]
    for name, labels in esco_label_sets(rows).items():
        rec = b.skill(name, "esco")
        rec["groups"].add(group_of.get(name.casefold(), "esco-other"))
        for label in [name] + labels:
            if len(label.split()) <= MAX_ESCO_WORDS:
                b.alias(name, label, 20 if label == name else 10)


def esco_label_sets(rows: list[dict]) -> dict[str, list[str]]:
    """preferredLabel -> its alternative labels.

    In the copy we have, most rows' altLabels belong to another row's skill (the column is
    shuffled: "rivet types" carries "make decisions"). ESCO's altLabels nearly always repeat the
    preferred label, so each set goes to the skill whose preferred label it contains; a set that
    names no skill stays with its own row only when it shares most words with that row's label,
    and is dropped otherwise."""
    prefs = {r["preferredLabel"].strip().casefold(): r["preferredLabel"].strip() for r in rows}
    out: dict[str, list[str]] = {r["preferredLabel"].strip(): [] for r in rows}
    for r in rows:
        alts = [a.strip() for a in (r.get("altLabels") or "").splitlines() if a.strip()]
        owners = [prefs[a.casefold()] for a in alts if a.casefold() in prefs]
        own = r["preferredLabel"].strip()
        if owners:
            owner = own if own in owners else owners[0]
        elif _word_overlap(own, alts) >= 0.5:
            owner = own
        else:
            continue
        out[owner].extend(alts)
    return out


def _word_overlap(label: str, alts: list[str]) -> float:
    words = set(label.casefold().split())
    alt_words = {w for a in alts for w in a.casefold().split()}
    return len(words & alt_words) / max(1, len(words))


def esco_ict_groups(path: Path) -> dict[str, str]:
    """ESCO's ICT collection names each skill's broader concept: a usable grouping."""
    groups = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            broader = (row.get("broaderConceptPT") or "").split(" | ")[0].strip()
            if broader:
                groups[row["preferredLabel"].strip().casefold()] = "esco-" + broader
    return groups


def add_curated(b: Builder) -> None:
    for name, group in CURATED_SKILLS.items():
        rec = b.skill(name, "curated") if name not in b.names else b.names[name]
        rec["groups"].add(group)
        b.alias(name, name, 1000)
    for alias, canonical in CURATED_ALIASES.items():
        if canonical not in b.names:
            raise SystemExit(f"curated alias {alias!r} points at unknown skill {canonical!r}")
        b.alias(canonical, alias, 1000)


def main(argv: list[str]) -> None:
    src = Path(argv[1] if len(argv) > 1 else "../shared/data/taxonomy")
    b = Builder()
    add_onet(b, src / "onet_technology_skills.tsv")
    add_esco(b, src / "esco_skills_en.csv", esco_ict_groups(src / "esco_ict_skills_en.csv"))
    add_curated(b)
    n = b.write(OUT)
    print(f"wrote {n} skills, {len(b.alias_owner)} aliases to {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv)
