"""The candidate copies kept between batches (matching_profile_copies.py) each hold the résumé's
term vector, which a batch used to drop. Their bound must be one a worker process can afford
with résumés of ordinary length: docs/match-storage.md counts "a few KiB" a copy, but a
two-page résumé's vector (its words and word pairs, up to lexical.MAX_TERMS) decoded from
storage is a dict of several hundred int -> float entries, tens of KiB. So the bound is on the
terms held, which a public measure reads (terms_held, max_terms)."""
from __future__ import annotations

import random
import tracemalloc

from domain.matching.lexical import decode, encode
from domain.matching.profiles import CandidateProfile
from domain.services.matching_profile_copies import ProfileCopies

# What one matching process may spend on copies kept only to save re-copying (~20 fields
# each) for the next batch: well above "20,000 x a few KiB".
_BUDGET = 128 * 2**20
# Distinct words and word pairs of a résumé of ~4,000 characters (lexical.features): ~750.
_TERMS = 750


def _stored_vector(rng: random.Random) -> list[float]:
    ids = rng.sample(range(1, 2**24), _TERMS)
    return encode({i: float(rng.random()) for i in ids})


def test_the_copies_kept_at_their_bound_fit_a_worker():
    rng = random.Random(3)
    copies = ProfileCopies()
    sample = 300
    stored = [_stored_vector(rng) for _ in range(sample)]
    profiles = [CandidateProfile(resume_id=f"r{n}", candidate_id=f"c{n}") for n in range(sample)]
    tracemalloc.start()
    try:
        for profile, vector in zip(profiles, stored):
            # As a batch does: the term vector decoded from storage, set on the kept copy.
            copies.with_values(profile, 0.4, decode(vector), 0.1)
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(copies) == sample  # all kept: far below the bound
    # Bytes a term held (the copies' own objects counted in, as terms_held counts them), at
    # the most terms the copies may hold.
    per_term = held / copies.terms_held()
    assert copies.max_terms * per_term <= _BUDGET, (
        f"{copies.max_terms} terms x {per_term:.0f} B = {copies.max_terms * per_term / 2**20:.0f} MiB kept per process")
