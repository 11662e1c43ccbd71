"""Licences and certificates the taxonomy does not know, kept as written when a licences
section lists them and they are shaped like a credential (domain.credential_shape, shared with
job ads), or name a driving licence in one of the languages driving_licences.py knows. Places,
issuing bodies and licence numbers beside them are not."""
from __future__ import annotations

from adapters.embedded.parsing.driving_licences import names_a_licence_in_an_item
from domain.credential_shape import a_short_name, credential_shaped


def credential_as_written(item: str) -> bool:
    return credential_shaped(item) or (a_short_name(item) and names_a_licence_in_an_item(item))
