"""setSelfIdentification replaces earlier answers, so an input with no answer in it would
wipe them without the person meaning to: it is refused (400 BAD_USER_INPUT) naming what to
send, and the earlier answers stay; withdrawSelfIdentification is how answers are forgotten.
On both backends, as the answers are stored."""
from __future__ import annotations

import pytest

from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.resume_choice_helpers import backend  # noqa: F401 (a fixture: embedded and AWS)

SET = "mutation($i: SelfIdentificationInput!){ setSelfIdentification(input: $i){ sex raceEthnicity } }"
MINE = "{ mySelfIdentification { sex raceEthnicity } }"


@pytest.mark.parametrize("empty", [{}, {"sex": None, "raceEthnicity": None}], ids=["left-out", "nulls"])
async def test_an_input_without_answers_is_refused_and_keeps_earlier_ones(backend, empty):  # noqa: F811
    token, _ = await backend.candidate()
    given = {"sex": "FEMALE", "raceEthnicity": "DECLINE_TO_STATE"}
    assert (await backend.data(SET, {"i": given}, token))["setSelfIdentification"] == given
    response = await backend.http.post(backend.path, json={"query": SET, "variables": {"i": empty}},
                                       headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 400
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "sex" in error["message"] and "raceEthnicity" in error["message"]
    assert "DECLINE_TO_STATE" in error["message"] and "withdrawSelfIdentification" in error["message"]
    assert (await backend.data(MINE, token=token))["mySelfIdentification"] == given


async def test_one_answer_alone_is_still_taken(backend):  # noqa: F811
    token, _ = await backend.candidate()
    answered = await backend.data(SET, {"i": {"raceEthnicity": "ASIAN"}}, token)
    assert answered["setSelfIdentification"] == {"sex": None, "raceEthnicity": "ASIAN"}
