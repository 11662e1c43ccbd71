"""What a served process built to serve (modules, the schema, services, caches, the skill
vocabulary) lives as long as the process: out of the cyclic collector's full passes, which
would otherwise walk all of it again every few hundred requests. And the young pass runs less
often than Python's default, which suits a script, not a server with requests in flight."""
from __future__ import annotations

import gc


def settle_for_serving(young_threshold: int) -> None:
    """Collects what is garbage now, then moves every object still alive into the permanent
    generation (it is still freed by reference counting; only the cycle search skips it);
    young_threshold (0: Python's default) sets how many net new container objects start the
    collector's young pass."""
    gc.collect()
    gc.freeze()
    if young_threshold:
        _, middle, old = gc.get_threshold()
        gc.set_threshold(young_threshold, middle, old)
