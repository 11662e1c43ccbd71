"""A texted code as people type it: grouped ('123 456', '123-456') it still works, and an
empty field is asked for again without using up one of the five guesses."""
import pytest

from domain.errors import BadUserInput
from tests.unit.lifecycle_world import build_world


@pytest.fixture
def world():
    return build_world()


async def _texted_code(world) -> tuple[str, str]:
    signed = await world.candidate()
    await world.channels.request_phone_verification(world.user(signed.user.id), "+14155552671")
    return signed.user.id, world.notifier.sent[-1].short.split("code is ")[1][:6]


@pytest.mark.parametrize("typed", ["{a} {b}", "{a}-{b}", " {a}{b} "])
async def test_a_code_typed_in_groups_is_the_code(world, typed):
    user_id, code = await _texted_code(world)
    user = await world.channels.verify_phone(world.user(user_id), typed.format(a=code[:3], b=code[3:]))
    assert user.phone_verified


async def test_an_empty_code_is_asked_for_again_and_uses_no_guess(world):
    user_id, code = await _texted_code(world)
    wrong = "000000" if code != "000000" else "111111"
    for _ in range(6):
        with pytest.raises(BadUserInput, match="Enter the 6-digit code") as refused:
            await world.channels.verify_phone(world.user(user_id), "  ")
        assert refused.value.extensions["field"] == "code"
    for _ in range(4):
        with pytest.raises(BadUserInput, match="not right"):
            await world.channels.verify_phone(world.user(user_id), wrong)
    assert (await world.channels.verify_phone(world.user(user_id), code)).phone_verified


async def test_a_code_before_any_was_texted_is_told_none_was_requested_and_a_spent_one_expired(world):
    signed = await world.candidate()
    with pytest.raises(BadUserInput, match="No code was requested") as refused:
        await world.channels.verify_phone(world.user(signed.user.id), "000000")
    assert refused.value.extensions["reason"] == "NOT_REQUESTED"
    user_id = signed.user.id
    await world.channels.request_phone_verification(world.user(user_id), "+14155552671")
    code = world.notifier.sent[-1].short.split("code is ")[1][:6]
    await world.channels.verify_phone(world.user(user_id), code)
    with pytest.raises(BadUserInput, match="expired or was already used") as spent:
        await world.channels.verify_phone(world.user(user_id), code)
    assert spent.value.extensions["reason"] == "EXPIRED"
