"""ResumeRowsMemo hands a resume's rows back only for inputs equal to those they were scored
from: a job's profile that changed (and changed back) gets a version never seen before, and
a candidate whose term vector alone differs (a field its dataclass does not compare) misses."""
from __future__ import annotations

import dataclasses

import numpy as np

from domain.matching.profiles import CandidateProfile, JobProfile
from domain.services.matching_resume_rows import ResumeRows, ResumeRowsMemo

ROWS = ResumeRows(np.array([0.5]), np.zeros((1, 6)))


def test_a_profile_changed_and_changed_back_gets_a_new_version():
    memo = ResumeRowsMemo()
    job = JobProfile(job_id="j", title="Nurse", terms={1: 0.5})
    first = memo.versions({"j": job})["j"]
    assert memo.versions({"j": dataclasses.replace(job)})["j"] == first
    changed = memo.versions({"j": dataclasses.replace(job, terms={1: 0.6})})["j"]
    back = memo.versions({"j": job})["j"]
    assert len({first, changed, back}) == 3


def test_rows_come_back_only_for_equal_inputs():
    memo = ResumeRowsMemo()
    candidate = CandidateProfile(resume_id="r", candidate_id="c", terms={3: 1.0})
    key = memo.pair_key([("j", 0.8)], memo.versions({"j": JobProfile(job_id="j", title="Chef")}))
    memo.put(candidate, key, ROWS)
    assert memo.get(dataclasses.replace(candidate), key) is ROWS
    assert memo.get(dataclasses.replace(candidate, terms={3: 0.9}), key) is None
    assert memo.get(candidate, (("j", key[0][1], 0.81),)) is None
    memo.forget(["r"])
    assert memo.get(candidate, key) is None
