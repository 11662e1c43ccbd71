"""Writing a person's preferences (job search and notification channels alike, one stored
value) over the preferences a change was made from: a change from another tab that lands in
between is read again and kept, never overwritten with a stale copy."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from domain.errors import Conflict, NotFound
from domain.ports.accounts import UserRepository
from domain.ports.queue import PendingWork
from domain.users import Preferences, User

# Each try is lost only to another change of the same person's preferences landing first.
WRITE_ATTEMPTS = 8


async def write_preferences(
    users: UserRepository,
    user_id: str,
    make: Callable[[User], Preferences],
    work: Callable[[User], Sequence[PendingWork]] = lambda _: (),
    needs_phone: Callable[[Preferences], bool] = lambda _: False,
) -> tuple[User, Preferences]:
    """`make` turns the person as stored now into their new preferences (raising what is
    wrong with the change); written with `work` only over what it was made from, and, when
    `needs_phone` says the new preferences text the person, only while their phone is still
    verified (a phone removed meanwhile leaves the stored preferences unchanged, so comparing
    them alone would not see it). Answers the person as read and the preferences written."""
    for _ in range(WRITE_ATTEMPTS):
        (fresh,) = await users.get_many([user_id])
        if fresh is None:
            raise NotFound("No user has that id.")
        preferences = make(fresh)
        if await users.update_preferences(user_id, preferences, work=work(fresh), expected=fresh.preferences,
                                          verified_phone=needs_phone(preferences)):
            return fresh, preferences
    raise Conflict("Your preferences were being changed from elsewhere at the same moment; send this change again.")
