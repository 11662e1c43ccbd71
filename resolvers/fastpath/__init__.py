"""Speed bought with Strawberry's internals, all in this package and all behind one switch.

Each shortcut gives graphql-core the same answer Strawberry's own code would, with less work
per field or per request (tests/unit/test_fastpath_equivalence.py compares them on the served
schema). They rely on names Strawberry does not promise to keep (`private_names.py` lists them
and a test fails when an upgrade removes one). `TALENTGRAPH_FASTPATHS=off` turns every one of
them off, leaving Strawberry's own paths; so does a missing private name, at build."""
from __future__ import annotations

import logging
import os
from typing import Any

from resolvers.fastpath.private_names import missing_private_names

log = logging.getLogger(__name__)

ENV_VAR = "TALENTGRAPH_FASTPATHS"


def wanted() -> bool:
    """Whether the environment asks for the fast paths (on unless set to off/0/false/no)."""
    return os.environ.get(ENV_VAR, "on").strip().lower() not in ("off", "0", "false", "no")


def usable() -> bool:
    """Whether this Strawberry still has every private name the fast paths use."""
    missing = missing_private_names()
    if missing:
        log.warning("fast paths off: this Strawberry lacks %s", ", ".join(missing))
    return not missing


def enabled() -> bool:
    return wanted() and usable()


def install_before_wrappers(schema: Any) -> None:
    """Resolvers called directly; before other wrappers (audit) wrap the root fields."""
    from resolvers.fastpath.direct_resolvers import call_resolvers_directly

    call_resolvers_directly(schema._schema, schema.schema_converter, schema.config.info_class)


def install_after_wrappers(schema: Any) -> None:
    from resolvers.fastpath.plain_fields import read_plain_fields_directly

    read_plain_fields_directly(schema._schema, schema.config.default_resolver)
