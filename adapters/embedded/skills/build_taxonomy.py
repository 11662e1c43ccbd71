"""Builds the shipped skill taxonomy (taxonomy.tsv.gz) from the O*NET and ESCO source files.

Run by hand when the sources change; the output is committed:
    .venv/bin/python -m adapters.embedded.skills.build_taxonomy ../shared/data/taxonomy

Output: gzipped TSV, one skill a line:
    canonical <TAB> source <TAB> flags <TAB> aliases (|) <TAB> groups (,) <TAB> occupations (,) <TAB> kind
source is onet, esco, curated or cert; flags holds "h" (O*NET Hot Technology). An alias written
"!alias" is strict: a short or everyday word that counts only in a skills context; "?alias" is
strict and counts in prose only beside a word of licensing. groups are O*NET commodity codes (or
an ESCO grouping) and occupations are O*NET-SOC codes: together they give the relatedness signal.
kind is SKILL, TOOL, CERTIFICATION or LANGUAGE.

What is kept, deliberately: all 13,485 ESCO skills and knowledge concepts (every sector) as the
backbone, named as people write them (esco_labels.py turns "administer medication" into
"medication administration"); every O*NET technology example as a TOOL; the licences and
certifications of certifications.tsv; ESCO's languages as LANGUAGE. ESCO labels longer than five
words are dropped (paraphrases nobody writes) and so are ESCO labels that collide with a
technology name (the technology wins).
"""
from __future__ import annotations

import csv
import gzip
import re
import sys
from collections import defaultdict
from pathlib import Path

from adapters.embedded.skills.certifications import read_certifications
from adapters.embedded.skills.curated import (
    CURATED_ALIASES,
    CURATED_SKILLS,
    DROPPED_ALIASES,
    RENAMES,
    STRICT_ALIASES,
    VENDORS,
)
from adapters.embedded.skills.driving_licence_names import driving_licence_categories
from adapters.embedded.skills.esco_labels import noun_names
from adapters.embedded.skills.language_names import added_languages, names_by_language
from domain.skill_relations import PROFESSION_GROUP
from domain.skills import alias_key

OUT = Path(__file__).with_name("taxonomy.tsv.gz")
MAX_ESCO_WORDS = 5
DROPPED = {alias_key(a) for a in DROPPED_ALIASES}
GENERIC_TAIL = re.compile(r"\s+(?:software|systems)$", re.I)
KIND_OF_SOURCE = {"onet": "TOOL", "esco": "SKILL", "cert": "CERTIFICATION"}


class Builder:
    def __init__(self) -> None:
        self.names: dict[str, dict] = {}  # canonical -> record
        self.alias_owner: dict[str, tuple[int, str]] = {}  # alias key -> (priority, canonical)
        self.strict_keys: set[str] = set()
        self.synonym_keys: set[str] = set()  # ESCO synonyms: strict unless also a skill's own name
        self.cue_keys: set[str] = set()  # strict, and in prose only beside a word of licensing
        self.prose_keys: set[str] = set()  # a trade's own word, read in prose too ("lambing")
        self.kinds: dict[str, str] = {}

    def skill(self, name: str, source: str) -> dict:
        return self.names.setdefault(name, {"source": source, "flags": set(), "aliases": set(),
                                            "groups": set(), "occupations": set()})

    def names_folded(self) -> set[str]:
        if len(getattr(self, "_folded", ())) != len(self.names):
            self._folded = {n.casefold() for n in self.names}
        return self._folded

    def alias(self, canonical: str, alias: str, priority: int) -> None:
        key = alias_key(alias)
        if not key or key in DROPPED:
            return
        owner = self.alias_owner.get(key)
        if owner is None or priority > owner[0]:
            self.alias_owner[key] = (priority, canonical)

    def write(self, path: Path) -> int:
        by_canonical: dict[str, set[str]] = defaultdict(set)
        for key, (_, canonical) in self.alias_owner.items():
            by_canonical[canonical].add(key)
        own_names = {alias_key(n) for n in self.names}
        strict = ({alias_key(a) for a in STRICT_ALIASES} | self.strict_keys | (self.synonym_keys - own_names)) \
            - self.prose_keys
        rows = []
        # Skills added from ISO 639 come last: skill_relations.tsv.gz and term_rarity name skills by
        # line, so the lines before them keep their numbers (the added have no neighbours yet).
        for canonical, rec in sorted(self.names.items(), key=lambda item: (item[1]["source"] == "iso639", item[0])):
            aliases = sorted(by_canonical.get(canonical, ()))
            if not aliases:
                continue
            flags = set(rec["flags"])
            # a trade's own word marked to be read in prose is, whatever the row's source
            strict_aliases = [a for a in aliases if (a in strict or _is_short(a)
                              or (rec["source"] == "esco" and " " not in a)) and a not in self.prose_keys]
            alias_field = "|".join(("?" + a) if a in self.cue_keys else ("!" + a) if a in strict_aliases else a
                                   for a in aliases)
            kind = self.kinds.get(canonical) or KIND_OF_SOURCE.get(rec["source"], "SKILL")
            rows.append("\t".join([canonical, rec["source"], "".join(sorted(flags)), alias_field,
                                   ",".join(sorted(rec["groups"])),
                                   ",".join(sorted(rec["occupations"])), kind]))
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as f:
            f.write("\n".join(rows) + "\n")
        return len(rows)


def _is_short(alias_key: str) -> bool:
    # One or two characters ("r", "c", "go") are words or initials far more often than skills.
    return len(alias_key.replace(" ", "")) <= 2


# A standard's or a course's code is its body's letters and a number, written both ways alike:
# "BS 7671" and "BS7671", "OSHA 30" and "OSHA30", "NFPA 70E" and "NFPA70E".
_CODE_SPACED = re.compile(r"\b([A-Z]{2,6}) (\d{2,5}[A-Z]?)\b")
_CODE_JOINED = re.compile(r"\b([A-Z]{2,6})(\d{2,5}[A-Z]?)\b")


def spelling_variants(alias: str) -> list[str]:
    """`alias` and, where it names a code, the code written the other way (joined or spaced)."""
    out = [alias]
    for pattern, joint in ((_CODE_SPACED, r"\1\2"), (_CODE_JOINED, r"\1 \2")):
        other = pattern.sub(joint, alias)
        if other != alias:
            out.append(other)
    return out


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
                b.strict_keys.add(alias_key(bare))
        for alias in derived:
            b.alias(canonical, alias, 50 + count)


def add_esco(b: Builder, path: Path, group_of: dict[str, str]) -> None:
    with path.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["preferredLabel"].strip()]
    languages = esco_languages(rows)
    for label, labels in esco_label_sets(rows).items():
        derived = noun_names(label)
        name = derived[0] if derived and derived[0].casefold() not in b.names_folded() else label
        rec = b.skill(name, "esco")
        rec["groups"].add(group_of.get(label.casefold(), "esco-other"))
        if label in languages:
            b.kinds[name] = "LANGUAGE"
        for alias in [label] + derived:
            b.alias(name, alias, 20)
        # Synonyms are looser ("lead others", "alter management"): they name the skill in a
        # list, and in prose only as written with capitals.
        for alias in labels + [n for label in labels for n in noun_names(label)]:
            if len(alias.split()) <= MAX_ESCO_WORDS:
                b.alias(name, alias, 10)
                b.synonym_keys.add(alias_key(alias))


def add_language_names(b: Builder) -> None:
    """Widely spoken languages ESCO lacks, and every language's names in the common languages
    of résumés ("Deutsch", "Anglais"): in a list only (strict), never owning another's alias."""
    folded = {n.casefold() for n in b.names}
    for name in added_languages():
        if name.casefold() not in folded:
            b.skill(name, "iso639")
            b.kinds[name] = "LANGUAGE"
            b.alias(name, name, 5)
            b.strict_keys.add(alias_key(name))
    languages = [n for n, kind in b.kinds.items() if kind == "LANGUAGE"]
    for name, others in names_by_language(languages).items():
        for other in others:
            if alias_key(other) not in b.alias_owner:
                b.alias(name, other, 5)
                b.strict_keys.add(alias_key(other))


def esco_languages(rows: list[dict]) -> set[str]:
    """ESCO's languages: the labels it also has "understand spoken <label>" for."""
    labels = {r["preferredLabel"].strip() for r in rows}
    return {label for label in labels if f"understand spoken {label}" in labels}


def esco_label_sets(rows: list[dict]) -> dict[str, list[str]]:
    """preferredLabel -> its alternative labels (one a line in the source)."""
    out: dict[str, list[str]] = {}
    for r in rows:
        alts = [a.strip() for a in (r.get("altLabels") or "").splitlines() if a.strip()]
        out.setdefault(r["preferredLabel"].strip(), []).extend(alts)
    return out


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
        b.kinds.setdefault(name, "TOOL" if group.isdigit() else "SKILL")
        b.alias(name, name, 1000)
    for alias, canonical in CURATED_ALIASES.items():
        if canonical not in b.names:
            raise SystemExit(f"curated alias {alias!r} points at unknown skill {canonical!r}")
        b.alias(canonical, alias, 1000)


def add_certifications(b: Builder) -> None:
    certifications = read_certifications()
    names = {c.name for c in certifications}
    for cert in certifications:
        if unknown := [n for n in cert.covers if n not in names]:
            raise SystemExit(f"{cert.name!r} covers credentials certifications.tsv does not name: {unknown}")
    for cert in [*certifications, *driving_licence_categories()]:
        rec = b.skill(cert.name, "cert")
        rec["source"] = "cert"
        rec["groups"].add("certification")
        if cert.profession:
            rec["groups"].add(PROFESSION_GROUP + cert.profession.replace(" ", "-"))
        b.kinds[cert.name] = "CERTIFICATION"
        b.alias(cert.name, cert.name, 2000)
        for written in cert.aliases:
            needs_cue = written.startswith("!")
            for alias in spelling_variants(written.lstrip("!")):
                b.alias(cert.name, alias, 2000)
                key = alias_key(alias)
                if needs_cue:
                    b.cue_keys.add(key)
                elif re.fullmatch(r"[A-Z0-9&+-]{2,6}", alias):
                    b.strict_keys.add(key)  # an acronym: in prose only as written, in capitals


def guard_everyday_words(b: Builder, esco_path: Path) -> None:
    """A one-word product name that is also an ordinary word of ESCO's labels ("Route",
    "Access", "Word", "Swift"?) counts in prose only where the context says it is the product."""
    with esco_path.open(encoding="utf-8") as f:
        vocabulary = {w for r in csv.DictReader(f)
                      for w in alias_key(r["preferredLabel"] + " " + (r.get("altLabels") or "")).split()}
    for key, (_, canonical) in b.alias_owner.items():
        if " " not in key and key in vocabulary and b.names[canonical]["source"] in ("onet", "curated") \
                and key not in b.prose_keys:
            b.strict_keys.add(key)


def add_occupational_skills(b: Builder) -> None:
    """occupational_skills.tsv: trade and profession skills named as résumés name them."""
    path = Path(__file__).with_name("occupational_skills.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, aliases, sector = line.split("\t")
        folded = {n.casefold(): n for n in b.names}
        canonical = folded.get(name.casefold(), name)
        rec = b.skill(canonical, "curated")
        rec["groups"].add("occupation-" + sector.strip().replace(" ", "-"))
        b.kinds.setdefault(canonical, "SKILL")
        for written in [name, *aliases.split("|")]:
            # "+word": a trade's own word that names nothing else ("lambing"), read in prose too
            in_prose = written.startswith("+")
            for alias in spelling_variants(written.lstrip("+")):
                b.alias(canonical, alias, 900)
                if in_prose:
                    b.prose_keys.add(alias_key(alias))
                elif re.fullmatch(r"[A-Z0-9&-]{2,5}", alias.strip()) or " " not in alias.strip():
                    b.strict_keys.add(alias_key(alias))  # "AP", "SEN", "QA", "lean": lists only, or as written


def main(argv: list[str]) -> None:
    src = Path(argv[1] if len(argv) > 1 else "../shared/data/taxonomy")
    b = Builder()
    add_onet(b, src / "onet_technology_skills.tsv")
    add_esco(b, src / "esco_skills_en.csv", esco_ict_groups(src / "esco_ict_skills_en.csv"))
    add_curated(b)
    add_occupational_skills(b)
    add_certifications(b)
    add_language_names(b)
    guard_everyday_words(b, src / "esco_skills_en.csv")
    n = b.write(OUT)
    print(f"wrote {n} skills, {len(b.alias_owner)} aliases to {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv)
