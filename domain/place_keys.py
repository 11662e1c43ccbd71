"""Keys for stores that only compare text (OpenSearch, DynamoDB), so that they find a town
under its other names as domain.locations.location_matches does ("München, Germany" when
"Munich" is asked, "Wien" not finding "Vienna, VA, USA"): a job's location is written with
the keys of the town it is in, and a search asks for the keys the place it is given may have.
One stored key in common is a match.

Which town a name means depends on the country of the one side that names one (the asked
place's country first, domain.locations._the_town_by_another_name), so the keys say it:
  a job in a named country: "<id>", the town its name means in that country;
  a job with no country: "any:<id>", the most populous town of that name, and "in:<id>" for
    the town of that name in each country where one bears it; and "country:<ISO code>" of the
    country its regions or a country's code after the town place it in ("Austin, TX");
  a place asked in a named country: "<id>" and "in:<id>" of the town it means there;
  a place asked with no country: "<id>" of the town of that name in each country, and
    "any:<id>" of the most populous.
A country asked for alone ("Germany", "Deutschland") is its key "country:<ISO code>", which
every job whose location names that country (in any of its names) is written with.
A job's keys are computed when it is written: a change of the town names (place_names.tsv.gz)
or of how places are read needs the stored jobs written again."""
from __future__ import annotations

from domain.locations import comma_readings, countries_it_lies_in, place_of
from domain.place_names import fold_name, town_id, town_ids_per_country

# Six countries at most share a town's name (Victoria) and a place has few comma readings:
# the bound is never reached by a real place; past it, the last readings' keys are left out.
MAX_WANTED_KEYS = 32


def country_key(country: str) -> str:
    return f"country:{country}"


def _town(place: str) -> str:
    return fold_name(place.split(",")[0]) if place else ""


def location_keys(location: str | None) -> tuple[str, ...]:
    """The keys a job's location is stored with: its town's when the town is a known one, and
    its country's when it names one."""
    if not location:
        return ()
    job = place_of(location)
    town = _town(job.place)
    if job.country is not None:
        ident = town_id(town, job.country) if town else None
        return (*((str(ident),) if ident is not None else ()), country_key(job.country))
    # A country told by a region or a code after the town ("Austin, TX", "Rotterdam, NL").
    countries = tuple(country_key(country) for country in sorted(countries_it_lies_in(location)))
    most_populous = town_id(town) if town else None
    if most_populous is None:
        return countries
    return (f"any:{most_populous}", *(f"in:{ident}" for ident in town_ids_per_country(town)), *countries)


def wanted_keys(wanted: str) -> tuple[str, ...]:
    """The keys of the jobs in the place asked for under another name of its town: of the
    place as written and of each of its comma readings ("Munich Germany")."""
    keys: list[str] = []
    for asked in (wanted, *(reading for reading, _ in comma_readings(wanted))):
        place = place_of(asked)
        town = _town(place.place)
        if not town:
            keys += [country_key(place.country)] if place.country is not None else []
            continue
        if place.country is not None:
            ident = town_id(town, place.country)
            keys += [str(ident), f"in:{ident}"] if ident is not None else []
            continue
        keys += [str(ident) for ident in town_ids_per_country(town)]
        most_populous = town_id(town)
        keys += [f"any:{most_populous}"] if most_populous is not None else []
    return tuple(dict.fromkeys(keys))[:MAX_WANTED_KEYS]
