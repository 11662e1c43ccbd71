"""A batch's candidate copies (its neighbour and lexical values set on each kept profile) are
used again by the next batch only while nothing they were made from moved: the same profile
object, equal values. Otherwise a fresh copy, equal to copying afresh."""
from __future__ import annotations

import dataclasses
import random

from domain.matching.profiles import CandidateProfile
from domain.services.matching_profile_copies import ProfileCopies


def _fresh(p: CandidateProfile, hub, terms, lexical) -> CandidateProfile:
    return dataclasses.replace(p, neighbour_similarity=hub, terms=terms, lexical_neighbour_similarity=lexical)


def _same_fields(a: CandidateProfile, b: CandidateProfile) -> bool:
    return all(getattr(a, f.name) == getattr(b, f.name) for f in dataclasses.fields(CandidateProfile))


def test_a_copy_is_kept_while_its_profile_and_values_stay_and_made_again_when_one_moves():
    rng = random.Random(5)
    copies = ProfileCopies()
    profiles = {f"r{i}": CandidateProfile(resume_id=f"r{i}", candidate_id=f"c{i}", skills=frozenset({"python"}), years=i)
                for i in range(20)}
    values = {rid: (rng.random(), {1: rng.random()}, rng.random()) for rid in profiles}
    first = {rid: copies.with_values(p, *values[rid]) for rid, p in profiles.items()}
    assert copies.made == 20
    for rid, p in profiles.items():
        assert _same_fields(first[rid], _fresh(p, *values[rid]))
    # The next batch reads equal values (new objects, as read again from the store): no new copy.
    again = {rid: copies.with_values(p, values[rid][0], dict(values[rid][1]), values[rid][2]) for rid, p in profiles.items()}
    assert copies.made == 20 and all(again[rid] is first[rid] for rid in profiles)
    # A moved hub, term vector or lexical value, or a profile rebuilt (a new object), each copies again.
    hub, terms, lexical = values["r0"]
    moved = [("r0", profiles["r0"], (hub + 0.1, terms, lexical)),
             ("r1", profiles["r1"], (values["r1"][0], {2: 0.5}, values["r1"][2])),
             ("r2", profiles["r2"], (values["r2"][0], values["r2"][1], None)),
             ("r3", dataclasses.replace(profiles["r3"], years=40), values["r3"])]
    for rid, profile, its in moved:
        copy = copies.with_values(profile, *its)
        assert copy is not first[rid]
        assert _same_fields(copy, _fresh(profile, *its))
    assert copies.made == 24


def test_signed_zero_and_nan_are_never_taken_for_the_same_value():
    copies = ProfileCopies()
    p = CandidateProfile(resume_id="r", candidate_id="c")
    zero = copies.with_values(p, 0.0, None, None)
    negative = copies.with_values(p, -0.0, None, None)
    assert negative is not zero and str(negative.neighbour_similarity) == "-0.0"
    nan = copies.with_values(p, float("nan"), None, None)
    assert copies.with_values(p, float("nan"), None, None) is not nan


def test_copies_are_bounded_by_terms_held_the_least_recently_used_dropped_first():
    def terms(n: int) -> dict[int, float]:
        return dict.fromkeys(range(n), 0.5)

    weight = 100  # a copy of 92 terms weighs 100 (its own object counted as 8 terms)
    copies = ProfileCopies(max_terms=3 * weight)
    profiles = [CandidateProfile(resume_id=f"r{i}", candidate_id=f"c{i}") for i in range(5)]
    vectors = [terms(92) for _ in profiles]
    first = [copies.with_values(p, 0.5, v, None) for p, v in zip(profiles[:3], vectors)]
    assert (len(copies), copies.terms_held()) == (3, 3 * weight)
    assert copies.with_values(profiles[0], 0.5, vectors[0], None) is first[0]  # used: the newest now
    copies.with_values(profiles[3], 0.5, vectors[3], None)  # drops r1, the least recently used
    assert (len(copies), copies.terms_held()) == (3, 3 * weight)
    assert copies.with_values(profiles[0], 0.5, vectors[0], None) is first[0]
    assert copies.with_values(profiles[2], 0.5, vectors[2], None) is first[2]
    again = copies.with_values(profiles[1], 0.5, vectors[1], None)  # made again, dropping r3
    assert again is not first[1] and _same_fields(again, first[1])
    # A larger vector drops as many of the oldest as it needs room for.
    copies.with_values(profiles[4], 0.5, terms(192), None)
    assert (len(copies), copies.terms_held()) == (2, weight + 200)
    assert copies.with_values(profiles[1], 0.5, vectors[1], None) is again
    # A copy heavier than the whole bound is made, not kept.
    copies.with_values(profiles[3], 0.5, terms(400), None)
    assert (len(copies), copies.terms_held()) == (2, weight + 200)


def test_kept_for_nothing_when_the_bound_is_zero():
    copies = ProfileCopies(max_terms=0)
    p = CandidateProfile(resume_id="r", candidate_id="c")
    made = copies.with_values(p, 0.5, None, None)
    assert _same_fields(made, _fresh(p, 0.5, None, None))
    assert copies.with_values(p, 0.5, None, None) is not made and len(copies) == 0 and copies.made == 2
