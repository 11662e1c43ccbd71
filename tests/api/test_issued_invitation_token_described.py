"""`IssuedInvitation.token` is described as what it is: the bare secret, not the emailed link's
longer token (which also proves the mailbox); an account made with it starts unverified and
must confirm its address before posting jobs."""
from __future__ import annotations

DESCRIBED = '{ __type(name: "IssuedInvitation") { fields { name description } } }'


async def test_the_token_description_says_it_is_not_the_emailed_one_and_leaves_the_address_unverified(client):
    fields = {f["name"]: f["description"] for f in (await client.data(DESCRIBED))["__type"]["fields"]}
    described = fields["token"]
    assert "also emailed to the invitee" not in described
    assert "emailed link" in described and "emailVerified" in described and "verif" in described
    assert "acceptInvitation" in described and "invitationToken" in described
