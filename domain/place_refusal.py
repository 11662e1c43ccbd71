"""A preferred place the platform cannot read is refused, naming it and the nearest known
places (domain.place_resolution). Only places newly sent: one stored under earlier rules
stays, loads and may be sent back unchanged (a client sending the whole list again)."""
from __future__ import annotations

from collections.abc import Sequence

from domain.errors import BadUserInput
from domain.place_resolution import known_place, nearest_known_places


def refuse_unknown_places(sent: object, stored: Sequence[str]) -> None:
    if not isinstance(sent, list):
        return
    kept = {" ".join(place.casefold().split()) for place in stored}
    for entry in sent:
        place = str(entry).strip()
        if " ".join(place.casefold().split()) in kept or known_place(place):
            continue
        nearest = nearest_known_places(place)
        hint = f" Did you mean {_either(nearest)}?" if nearest else ""
        raise BadUserInput(
            f"`locations`: {place[:60]!r} is not a place we know.{hint} Send a town with its country (such as"
            " \"Harrogate, United Kingdom\"), a region, a country, or Remote; nothing was changed.",
            field="locations",
        )


def _either(places: Sequence[str]) -> str:
    quoted = [f'"{place}"' for place in places]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]
