"""Loads the shipped skill taxonomy (taxonomy.tsv.gz, see build_taxonomy.py) once, on first use."""
from __future__ import annotations

import gzip
import threading
from pathlib import Path

from adapters.embedded.skills.certifications import CERTIFICATIONS_FILE, covered_by, read_certifications
from adapters.embedded.skills.curated import EVERYDAY_PRODUCT_FIELDS
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor, alias_key

TAXONOMY_FILE = Path(__file__).with_name("taxonomy.tsv.gz")
# Built with the taxonomy (build_skill_relations.py); indices are the taxonomy's lines.
RELATIONS_FILE = Path(__file__).with_name("skill_relations.tsv.gz")
# Names in other languages of skills of every trade, beside the taxonomy (kept apart from it so
# the generated file is never edited by hand).
OTHER_NAMES_FILE = Path(__file__).with_name("other_language_names.tsv")

_lock = threading.Lock()
_cache: dict[Path, SkillTaxonomy] = {}


def read_taxonomy(path: Path = TAXONOMY_FILE) -> SkillTaxonomy:
    names: list[str] = []
    aliases: dict[str, tuple[int, bool]] = {}
    groups: list[frozenset[str]] = []
    occupations: list[frozenset[str]] = []
    kinds: list[SkillKind] = []
    cue_aliases: set[str] = set()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) not in (6, 7):
                continue
            canonical, _source, _flags, alias_field, group_field, occ_field = parts[:6]
            i = len(names)
            names.append(canonical)
            groups.append(frozenset(filter(None, group_field.split(","))))
            occupations.append(frozenset(filter(None, occ_field.split(","))))
            kinds.append(SkillKind(parts[6]) if len(parts) == 7 else SkillKind.SKILL)
            for alias in alias_field.split("|"):
                strict = alias.startswith(("!", "?"))
                key = alias.lstrip("!?")
                if alias.startswith("?"):
                    cue_aliases.add(key)
                aliases[key] = (i, strict)
    _add_other_names(path.with_name(OTHER_NAMES_FILE.name), names, aliases)
    return SkillTaxonomy(names=names, aliases=aliases, groups=groups, occupations=occupations,
                         kinds=kinds, cue_aliases=frozenset(cue_aliases), covers=_covers(path, names),
                         everyday_products={k: frozenset(v.split()) for k, v in EVERYDAY_PRODUCT_FIELDS.items()
                                            if k in aliases})


def _covers(path: Path, names: list[str]) -> dict[str, frozenset[str]]:
    """Which credentials holding each one is holding too, read from the certifications beside
    the taxonomy (the taxonomy's own rows are built from them); only names the taxonomy has."""
    certifications = path.with_name(CERTIFICATIONS_FILE.name)
    if not certifications.exists():
        return {}
    known = {n.casefold() for n in names}
    return {held: covered & known for held, covered in covered_by(read_certifications(certifications)).items()
            if held in known and covered & known}


def _add_other_names(path: Path, names: list[str], aliases: dict[str, tuple[int, bool]]) -> None:
    """Each line's names as aliases of the taxonomy skill it names, where the taxonomy has
    neither that skill missing nor the name already (for another skill or this one)."""
    if not path.exists():
        return
    index = {name: i for i, name in enumerate(names)}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, _, others = line.partition("\t")
        i = index.get(canonical)
        if i is None:
            continue
        for other in others.split("|"):
            key = alias_key(other)
            if key:
                aliases.setdefault(key, (i, False))


def read_neighbours(path: Path, skills: int) -> dict[int, dict[int, float]]:
    """Each skill's nearest skills by name embedding; none when the file is absent (a
    taxonomy built without it relates a skill only to itself)."""
    if not path.exists():
        return {}
    out: dict[int, dict[int, float]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            index, _, rest = line.rstrip("\n").partition("\t")
            near = {int(j): float(s) for j, s in (p.split(":") for p in rest.split(",") if p)}
            if int(index) < skills:
                out[int(index)] = {j: s for j, s in near.items() if j < skills}
    return out


_neighbours: dict[Path, dict[int, dict[int, float]]] = {}


def load_neighbours(path: Path, taxonomy: Path = TAXONOMY_FILE) -> dict[int, dict[int, float]]:
    """The neighbours file, read the first time relations are asked for and shared afterwards."""
    skills = len(load_taxonomy(taxonomy).names)
    with _lock:
        if path not in _neighbours:
            _neighbours[path] = read_neighbours(path, skills)
        return _neighbours[path]


def load_taxonomy(path: Path = TAXONOMY_FILE) -> SkillTaxonomy:
    """The taxonomy, read from disk the first time it is asked for and shared afterwards."""
    with _lock:
        if path not in _cache:
            _cache[path] = read_taxonomy(path)
        return _cache[path]


class EmbeddedSkillExtractor(TaxonomySkillExtractor):
    """The SkillExtractor port over the shipped taxonomy; the file is read on first use."""

    def __init__(self, path: Path = TAXONOMY_FILE) -> None:
        self._path = path
        # Held once loaded: scoring asks for them per skill pair (hundreds of thousands of
        # times a minute), and each trip through the shared, locked cache costs more than
        # the relation itself.
        self._taxonomy: SkillTaxonomy | None = None
        self._neighbours: dict[int, dict[int, float]] | None = None

    def warm_up(self) -> None:
        """Reads the taxonomy and the relations (about half a second) before anyone asks."""
        self.taxonomy  # noqa: B018 - read for its side effect: loading
        self.neighbours  # noqa: B018

    # [override]: a lazily loaded property where the base class has a plain attribute.
    @property
    def taxonomy(self) -> SkillTaxonomy:  # type: ignore[override]
        if self._taxonomy is None:
            self._taxonomy = load_taxonomy(self._path)
        return self._taxonomy

    @property
    def neighbours(self) -> dict[int, dict[int, float]]:
        # Only scoring asks for relations: parsing a resume never pays for reading them.
        if self._neighbours is None:
            self._neighbours = load_neighbours(self._path.with_name(RELATIONS_FILE.name), self._path)
        return self._neighbours
