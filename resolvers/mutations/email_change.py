"""Changing the email address one signs in with (domain/services/email_change.py)."""
from __future__ import annotations

from typing import Annotated

import strawberry

from domain.errors import Forbidden
from resolvers.context import Info
from resolvers.permissions import IsAuthenticated, signed_in


@strawberry.type
class EmailChangeMutations:
    @strawberry.mutation(
        description="Mails a confirmation link to `newEmail`; your address changes only when it is opened"
        " (confirmEmailChange), and your current address keeps working until then. Needs your current"
        " password. Rate limited (RATE_LIMITED says when to try again). Answers true whether or not another"
        " account already uses the address (its owner is told instead), so it cannot be used to find out."
        " FORBIDDEN when signed in with a Cognito token: sign in with your TalentGraph password for this.",
        permission_classes=[IsAuthenticated],
    )
    async def request_email_change(
        self, info: Info, new_email: str,
        current_password: Annotated[str, strawberry.argument(description="Your current password.")],
    ) -> bool:
        viewer = signed_in(info)
        if info.context.session_id is None:
            # Signed in by an identity provider's token (Cognito's): the undo of a change could not
            # sign that sign-in out (it ends our sessions and voids our password, not Cognito's).
            raise Forbidden("You signed in through your organization's identity provider (Cognito), whose"
                            " sign-in an undone change could not end; sign in with your TalentGraph email"
                            " and password to change the address mail goes to.", field="newEmail",
                            reason="CHANGE_IT_IN_THE_IDENTITY_PROVIDER")
        await info.context.services.lifecycle.email_change.request(viewer, new_email, current_password)
        info.context.loaders.pending_email_change_by_user.clear(viewer)  # a later field reads it again
        return True

    @strawberry.mutation(
        description="Stops the address change asked for: its link no longer works (me.pendingEmailChange"
        " shows it). True when one was pending, false when there was none.",
        permission_classes=[IsAuthenticated],
    )
    async def cancel_email_change(self, info: Info) -> bool:
        viewer = signed_in(info)
        cancelled = await info.context.services.lifecycle.email_change.cancel(viewer)
        info.context.loaders.pending_email_change_by_user.clear(viewer)
        return cancelled

    @strawberry.mutation(
        description="Changes the account's address to the one the mailed link was sent to, marked verified; the"
        " old address is told and sent a link (undoEmailChange) to give it back, and is held for the account"
        " while that link works (no other account registers it, changes to it or signs in with it). Works"
        " without signing in. CONFLICT (reason EMAIL_TAKEN) when another account took the address meanwhile.",
    )
    async def confirm_email_change(self, info: Info, token: str) -> bool:
        await info.context.services.lifecycle.email_change.confirm(token)
        info.context.loaders.pending_email_change_by_user.clear_all()
        return True

    @strawberry.mutation(
        description="With the link mailed to the old address after a change: gives the account that address"
        " back, signs every device out and voids the password (choose a new one with requestPasswordReset)."
        " For when someone else changed it. The address was held for the account meanwhile; should another"
        " account have it all the same (its hold ended), CONFLICT (reason EMAIL_TAKEN): the account is still"
        " signed out everywhere and its password voided, and the link keeps working.",
    )
    async def undo_email_change(self, info: Info, token: str) -> bool:
        await info.context.services.lifecycle.email_change.undo(token)
        return True
