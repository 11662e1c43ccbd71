"""How well a job's place suits the places a candidate wants: the same place (however
written), or a town near enough to commute to (domain.town_distances); and the location part
of a score, the remote and place fits together."""
from __future__ import annotations

from functools import lru_cache

from domain.country_names import country_code
from domain.installed_reference_data import derived_from_reference_data
from domain.jobs import RemotePolicy
from domain.locations import same_town
from domain.matching.profiles import CandidateProfile, JobProfile
from domain.place_fold import fold
from domain.town_distances import OUT_OF_REACH_KM, commute_fit, countries_read_in, km_between

__all__ = ["location_part", "place_distance_km", "place_fit", "place_pair_fit", "same_place"]


def location_part(candidate: CandidateProfile, job: JobProfile,
                  remote: float | None, place: float | None) -> float | None:
    """The remote and place fits together (their product). Unknown when the candidate wants
    places and a job to be worked at a place names none: its arrangement suiting them says
    nothing of whether it is anywhere they can go; unless the arrangement is one they do not
    accept at all, which makes the product 0 whatever the place."""
    if candidate.preferences.locations and job.remote != RemotePolicy.REMOTE and (not job.location or place is None):
        # An arrangement they refuse fails wherever the job is; else a place not known (none
        # named, or none the tables know) leaves the part unknown: never better than a far one.
        return 0.0 if remote == 0 else None
    if remote is None or place is None:
        return place if remote is None else remote
    return remote * place


def place_fit(candidate: CandidateProfile, job: JobProfile) -> float | None:
    """How well the job's place suits the places the candidate wants (the best of them);
    irrelevant for a remote job."""
    places = candidate.preferences.locations
    if job.remote == RemotePolicy.REMOTE:
        return 1.0 if places else None
    if not places or not job.location:
        return None
    fits = [fit for p in places if (fit := place_pair_fit(p, job.location, candidate.home_country)) is not None]
    return max(fits, default=None)


def place_pair_fit(wanted: str, actual: str, wanted_home: str | None = None,
                   actual_home: str | None = None) -> float | None:
    """1 for the same place; else by how far apart their towns are (town_distances.commute_fit:
    full within a commute, none beyond reach); 0 for places in two countries; else unknown
    (None): a town too small for the table, or words read as a place that name none, tell
    nothing of whether the job is within reach, and a 0 would rank a villager below everyone.
    `wanted_home`, `actual_home`: the country of the candidate and of the job when known, which
    a place naming none is read in (town_distances.countries_read_in): the same name read in two
    countries is two places ("Cambridge" of someone in Massachusetts is not "Cambridge, UK")."""
    if _the_same_place_read(wanted, actual, wanted_home, actual_home):
        return 1.0
    km = km_between(wanted, actual, wanted_home, actual_home)
    if km is not None:
        return commute_fit(km)
    one, other = countries_read_in(wanted, actual, wanted_home, actual_home)
    return 0.0 if one is not None and other is not None and one != other else None


def _the_same_place_read(wanted: str, actual: str, wanted_home: str | None, actual_home: str | None) -> bool:
    if not same_place(wanted, actual):
        return False
    if wanted_home is None and actual_home is None:
        return True  # each is read in the other's country at most: same_place has said it all
    one, other = countries_read_in(wanted, actual, wanted_home, actual_home)
    return one is None or other is None or one == other


def place_distance_km(candidate: CandidateProfile, job: JobProfile) -> float | None:
    """How far the job is from the nearest place the candidate wants, for the explanation;
    None for a remote job, one in a place they want, one out of reach, or where no distance is
    known."""
    places, location, home = candidate.preferences.locations, job.location, candidate.home_country
    if job.remote == RemotePolicy.REMOTE or not places or not location \
            or any(_the_same_place_read(p, location, home, None) for p in places):
        return None
    nearest = min((km for p in places if (km := km_between(p, location, home)) is not None), default=None)
    # Beyond reach the place simply does not fit: a far distance would say more of where the
    # candidate lives than "elsewhere" does, and help no reader.
    return nearest if nearest is not None and nearest < OUT_OF_REACH_KM else None


def same_place(wanted: str, actual: str) -> bool:
    """Comma parts, most specific first: one place's first part is among the other's parts
    ("Berlin" and "Berlin, Germany"; "Germany" and "Munich, Germany"). Sharing only a later
    part is no match: "London, UK" is not "Manchester, UK". Parts are compared with their
    accents left off ("Zurich" and "Zürich"), a country by any of its names ("Österreich",
    "Oesterreich", "Austria"), a town by any of its names ("Koeln" and "Köln"; same_town)."""
    w, a = _place_parts(wanted), _place_parts(actual)
    return bool(w and a) and (w[0] in a or a[0] in w or same_town(wanted, actual))


# Asked for once per candidate and job scored, of the same few hundred places.
@derived_from_reference_data
@lru_cache(maxsize=8192)
def _place_parts(place: str) -> tuple[str, ...]:
    return tuple(_part_key(p.strip()) for p in fold(place).split(",") if p.strip())


def _part_key(part: str) -> str:
    code = country_code(part)
    return f"country:{code}" if code is not None else part
