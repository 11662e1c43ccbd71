"""When the link mailed to the old address gives it back, the address the account had moved to
is told too: its holder, who may be the account's rightful owner, would otherwise only find
that they cannot sign in any more."""
from __future__ import annotations

from tests.account_helpers import link_token, mailed

PASSWORD = "correct horse battery staple"
REQUEST = "mutation($e: String!, $p: String!){ requestEmailChange(newEmail: $e, currentPassword: $p) }"
CONFIRM = "mutation($t: String!){ confirmEmailChange(token: $t) }"
UNDO = "mutation($t: String!){ undoEmailChange(token: $t) }"
CHANGED_BACK_SUBJECT = "Your email address was changed back"


async def test_the_new_address_is_told_the_change_was_undone_and_how_to_get_back_in(client, app):
    token, user = await client.candidate()
    await client.data(REQUEST, {"e": "ada.moved@example.org", "p": PASSWORD}, token)
    (confirm,) = await mailed(app, user["id"], "Confirm your new email address")
    await client.data(CONFIRM, {"t": link_token(confirm)})
    (notice,) = await mailed(app, user["id"], "Your email address was changed")
    assert (await client.data(UNDO, {"t": link_token(notice)}))["undoEmailChange"] is True

    (told,) = await mailed(app, user["id"], CHANGED_BACK_SUBJECT)
    assert told["recipient"] == "ada.moved@example.org"
    assert user["email"] in told["body_text"] and "/forgot-password" in told["body_text"]
    assert "not you" in told["body_text"]
