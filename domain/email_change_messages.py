"""The messages of an email address change: the link that proves the new address, the note to
the owner of an address another account asked for (in use, or held), the notice (with its undo link) that
the old address receives once the change is made, and the notice to the new address when the
change is undone."""
from __future__ import annotations

from string import Template

from domain.messages import AccountTemplate

CONFIRM_NEW_EMAIL = AccountTemplate(
    subject="Confirm your new email address",
    text=Template(
        "Hello $name,\n\nYou asked to sign in to TalentGraph with this address from now on. Confirm it by"
        " opening this link:\n\n$link\n\nThe link works once and expires in $hours hours. Until then your"
        " account keeps its current address. If you did not ask, ignore this message.\n\nThe TalentGraph team\n"
    ),
    html=Template(
        "<p>You asked to sign in to TalentGraph with this address from now on.</p>"
        "<p><a href=\"$link\">Confirm my new email address</a></p>"
        "<p>The link works once and expires in $hours hours. Until then your account keeps its current"
        " address. If you did not ask, ignore this message.</p>"
    ),
    short=Template("Confirm your new TalentGraph email address: $link"),
)

# The asker is not told that the address has an account (anyone signed in could learn which
# addresses do): its owner is, and nothing changes.
EMAIL_ALREADY_AN_ACCOUNT = AccountTemplate(
    subject="Someone asked to use your email address",
    text=Template(
        "Hello $name,\n\nSomeone signed in to another TalentGraph account asked to move it to this address,"
        " which is already yours. Nothing was changed. If it was you, sign in with this address instead, or"
        " reset its password here:\n\n$link\n\nThe TalentGraph team\n"
    ),
    html=Template(
        "<p>Someone signed in to another TalentGraph account asked to move it to this address, which is"
        " already yours. Nothing was changed.</p>"
        "<p>If it was you, sign in with this address instead, or <a href=\"$link\">reset its password</a>.</p>"
    ),
    short=Template("Someone asked to move another TalentGraph account to your address; nothing changed. $link"),
)

# An address held for the account that gave it up (its undo link still works): its mailbox is
# that account's owner's, told as the owner of an address in use is; nothing changes either way.
ADDRESS_HELD_ASKED = AccountTemplate(
    subject="Someone asked to use this email address",
    text=Template(
        "Hello $name,\n\nSomeone signed in to a TalentGraph account asked to move it to this address. It"
        " stays reserved for the account that gave it up for a few days after that, so nothing was changed. If you gave"
        " the address up yourself, you can ignore this message.\n\nThe TalentGraph team\n"
    ),
    html=Template(
        "<p>Someone signed in to a TalentGraph account asked to move it to this address. It stays"
        " reserved for the account that gave it up for a few days after that, so nothing was changed.</p>"
        "<p>If you gave the address up yourself, you can ignore this message.</p>"
    ),
    short=Template("Someone asked to move a TalentGraph account to this address; nothing changed."),
)

EMAIL_CHANGED = AccountTemplate(
    subject="Your email address was changed",
    text=Template(
        "Hello $name,\n\nYour TalentGraph account now signs in with $new_address, not with this address."
        " If this was not you, open this link within $days days: it gives the account this address back and"
        " signs every device out, so you can then reset the password:\n\n$link\n\nThe TalentGraph team\n"
    ),
    html=Template(
        "<p>Your TalentGraph account now signs in with $new_address, not with this address.</p>"
        "<p>If this was not you, <a href=\"$link\">give the account this address back</a> within $days days:"
        " every device is signed out, and you can then reset the password.</p>"
    ),
    short=Template("Your TalentGraph sign-in address was changed to $new_address. Not you? $link"),
)

# To the address the account had moved to, once the old one took it back: its holder may be
# the rightful owner, who would otherwise only find that they cannot sign in.
EMAIL_CHANGED_BACK = AccountTemplate(
    subject="Your email address was changed back",
    text=Template(
        "Hello $name,\n\nThe TalentGraph account that signed in with this address was changed back to"
        " $old_address by a link sent there. Every device was signed out and the password no longer works."
        " If this was you, choose a new password (the link is mailed to $old_address):\n\n$link\n\n"
        "If this was not you, whoever reads $old_address now holds the account: contact TalentGraph support"
        " from this address.\n\nThe TalentGraph team\n"
    ),
    html=Template(
        "<p>The TalentGraph account that signed in with this address was changed back to $old_address by a"
        " link sent there. Every device was signed out and the password no longer works.</p>"
        "<p>If this was you, <a href=\"$link\">choose a new password</a> (the link is mailed to $old_address).</p>"
        "<p>If this was not you, whoever reads $old_address now holds the account: contact TalentGraph support"
        " from this address.</p>"
    ),
    short=Template("Your TalentGraph account's address was changed back to $old_address. Not you? Contact support."),
)
