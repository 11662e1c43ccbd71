"""The worker's session group is lowered from what the kernel shows in /proc/self/autogroup:
a line with the group's nice value on most Linux kernels, nothing at all on some sandboxed
ones (where there is no group to lower and a start must not fail)."""
from __future__ import annotations

import pytest

from gateway.roles.priority import lowered_group_niceness


@pytest.mark.parametrize(("shown", "increment", "lowered"), [
    ("/autogroup-7 nice 0\n", 10, 10),
    ("/autogroup-7 nice 5\n", 10, 15),
    ("/autogroup-7 nice 15\n", 10, 19),  # the kernel's ceiling
])
def test_the_group_is_lowered_by_the_increment_up_to_19(shown, increment, lowered):
    assert lowered_group_niceness(shown, increment) == lowered


@pytest.mark.parametrize("shown", ["", "\n", "   "])
def test_a_kernel_showing_no_group_leaves_nothing_to_lower(shown):
    assert lowered_group_niceness(shown, 10) is None


def test_a_line_the_kernel_never_writes_is_refused_as_a_value_error():
    with pytest.raises(ValueError):
        lowered_group_niceness("/autogroup-7 nice high", 10)
