"""Kept text rankings are bounded per process by queries and by the hits they hold."""
from __future__ import annotations

from adapters.embedded.sqlite.ranked_heads import RankedHead, RankedHeads


def test_kept_heads_are_bounded_by_the_hits_they_hold():
    def a_head(size: int) -> RankedHead:
        return RankedHead(1, tuple((-1.0, "t", f"job-{n}", n) for n in range(size)), complete=True)

    heads = RankedHeads(max_queries=10, max_hits=1000)
    for n in range(4):
        heads.keep_head(n, a_head(400))
    assert [key for key in range(4) if heads.head(key) is not None] == [2, 3]
    heads.keep_head(3, a_head(10))  # replacing a head counts its own hits once
    heads.keep_head(4, a_head(500))
    assert [key for key in range(5) if heads.head(key) is not None] == [2, 3, 4]
