"""Recruiters inviting others to their organization, and the invitees accepting.

An invitation has one secret, which `inviteRecruiter` answers to the inviter (to pass on by
hand) and the email carries. The email's copy also carries a proof (an HMAC of the secret
under a key only the gateway holds): signing up with it proves the mailbox, and the account
is made with its address verified; the bare secret, which the inviter saw too, proves
nothing about the mailbox and leaves the address to the usual verification link."""
from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import timedelta

from domain.account_tokens import hash_secret, new_link_secret
from domain.channels import Channel
from domain.clock import Clock, new_id
from domain.errors import BadUserInput, Forbidden, NotFound
from domain.invitations import Invitation, InvitationStatus
from domain.messages import Links
from domain.ports.accounts import OrganizationRepository, UserRepository
from domain.ports.invitations import InvitationRepository
from domain.ports.notifications import Message, Notifier
from domain.users import OrganizationRole, Role, User
from domain.validation import normalise_email


def _refused(why: str, reason: str, field: str = "token") -> BadUserInput:
    return BadUserInput(f"This invitation {why}", field=field, reason=reason)


def _in_an_organization() -> BadUserInput:
    return BadUserInput(
        "Your account already belongs to an organization; an account recruits for one organization only."
        " Sign up with another address, or ask for the invitation to be sent to one.",
        field="token", reason="ALREADY_IN_AN_ORGANIZATION",
    )


def _closed(name: str, field: str) -> BadUserInput:
    return BadUserInput(
        f"{name} has closed on TalentGraph (its last member deleted their account), so nobody can join it"
        " any more and this invitation no longer works. To recruit, register an organization of your own"
        " (register with role EMPLOYER and an organizationName) or ask another organization to invite you.",
        field=field, reason="ORGANIZATION_CLOSED",
    )


def _a_candidate_account() -> Forbidden:
    # Turning the account into a recruiter's would cut the person off from their own job search
    # (résumés, matches, applications) and show them the applications of jobs they applied to.
    return Forbidden(
        "Your account is a candidate's, and a candidate's account cannot become a recruiter's: your résumés,"
        " matches and applications stay with it. Recruit with a separate account: ask the organization to"
        " invite another address of yours (a work address, say), then sign up with that invitation"
        " (`register` with role EMPLOYER and the invitation's token as `invitationToken`).",
        reason="CANDIDATE_ACCOUNT",
    )


class InvitationService:
    def __init__(
        self, invitations: InvitationRepository, users: UserRepository, notifier: Notifier, links: Links,
        clock: Clock, ttl: timedelta, mailbox_key: bytes, organizations: OrganizationRepository,
    ) -> None:
        self._invitations = invitations
        self._organizations = organizations
        self._mailbox_key = mailbox_key
        self._users = users
        self._notifier = notifier
        self._links = links
        self._clock = clock
        self._ttl = ttl

    async def invite(self, inviter: User, email: str) -> tuple[Invitation, str]:
        """(the invitation, its secret): the secret is never stored, only its hash."""
        organization_id = self._organization_of(inviter)
        address = normalise_email(email).lower()
        invitee = await self._users.get_by_email(address)
        if invitee is not None and invitee.organization_id == organization_id:
            raise BadUserInput("This person is already a member of your organization.", field="email")
        # Whatever else the address belongs to (a candidate's account, another organization's
        # recruiter, nobody yet), the invitation is issued alike: any other answer would tell
        # any self-registered employer who looks for work here. The invitee learns on accepting
        # what their account can do (`accept`), and the email says it beforehand.
        now = self._clock.now()
        secret = new_link_secret()
        invitation = Invitation(
            id=new_id(), organization_id=organization_id, email=address, invited_by=inviter.id,
            token_hash=hash_secret(secret), created_at=now, expires_at=now + self._ttl,
        )
        await self._invitations.add(invitation)
        if not await self._replace_earlier(invitation):
            return invitation.model_copy(update={"revoked_at": now}), secret
        await self._notifier.send([self._message(inviter, await self._name_of(organization_id), invitation, secret)])
        return invitation, secret

    async def _replace_earlier(self, invitation: Invitation) -> bool:
        """Inviting an address again replaces its open invitation: a recruiter re-sends a lost
        or stale link and expects one pending invitation, the new one. Of two invites at once
        the later (created_at, then id, as stored) stays open, whichever looks last: each
        revokes the earlier ones it sees, and revokes itself on seeing a later one; of any two,
        the one that looks second sees the other. False when this invitation lost so."""
        now = self._clock.now()
        siblings = [i for i in await self._invitations.open_for(invitation.organization_id)
                    if i.email == invitation.email]
        own = next((i for i in siblings if i.id == invitation.id), None)
        if own is None:  # a later invite of the address revoked it already
            return False
        if any((i.created_at, i.id) > (own.created_at, own.id) for i in siblings):
            await self._invitations.revoke(own.id, now)
            return False
        for earlier in siblings:
            if earlier.id != own.id:
                await self._invitations.revoke(earlier.id, now)
        return True

    async def accept(self, invitee: User, secret: str) -> Invitation:
        """An existing account joins: only an employer's that belongs to no organization yet."""
        invitation = await self._open(self._read(secret)[0], invitee.email, "token")
        if invitee.role is Role.ADMIN:
            raise Forbidden("Administrators cannot join an organization; accept it with a recruiter's account.")
        if invitee.role is Role.CANDIDATE:
            raise _a_candidate_account()
        if invitee.organization_id is not None:
            raise _in_an_organization()
        now = self._clock.now()
        if not await self._invitations.accept(invitation.id, invitee.id, now):
            # Another accept (or a revoke) came first; or, the invitation still open, the
            # person joined an organization (or their account changed) in between.
            (latest,) = await self._invitations.get_many([invitation.id])
            await self._refuse_if_closed(invitation.organization_id, "token")
            await self._still_open(latest or invitation, "token")
            raise _in_an_organization()
        return invitation.model_copy(update={"accepted_at": now, "accepted_by": invitee.id})

    async def sign_up(self, account: User, secret: str) -> User:
        """`account`, not yet stored, signing up with the invitation's secret: stored as a
        recruiter of the inviting organization, the invitation used up in the same step. The
        address is verified in the same step when the token is the emailed one (it proves the
        mailbox); the bare secret, which the inviter saw too, leaves it to the usual link."""
        secret, proves_mailbox = self._read(secret)
        invitation = await self._open(secret, account.email, "invitationToken")
        joined = account.model_copy(update={
            "role": Role.EMPLOYER, "organization_id": invitation.organization_id,
            "organization_role": OrganizationRole.RECRUITER,
            "email_verified": account.email_verified or proves_mailbox,
        })
        if not await self._invitations.accept_with_new_account(invitation.id, joined, self._clock.now()):
            (latest,) = await self._invitations.get_many([invitation.id])
            await self._refuse_if_closed(invitation.organization_id, "invitationToken")
            await self._still_open(latest or invitation, "invitationToken")
            raise _refused("could not be used; try again, or ask for a new one.", "INVALID", "invitationToken")
        return joined

    def _proof(self, secret: str) -> str:
        digest = hmac.new(self._mailbox_key, secret.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest[:16]).decode().rstrip("=")

    def mailed_token(self, secret: str) -> str:
        """The token the invitation email carries: the secret and its mailbox proof."""
        return f"{secret}.{self._proof(secret)}"

    def _read(self, token: str) -> tuple[str, bool]:
        """(the secret, whether the token is the emailed one). Secrets hold no dot."""
        secret, dot, proof = (token or "").partition(".")
        # As bytes: compare_digest refuses str holding any non-ASCII letter (a TypeError).
        return secret, bool(dot) and hmac.compare_digest(proof.encode(), self._proof(secret).encode())

    async def _open(self, secret: str, email: str, field: str) -> Invitation:
        invitation = await self._invitations.find(hash_secret(secret or ""))
        if invitation is None:
            raise _refused("link is not valid; check that it was copied whole, or ask for a new invitation.",
                           "INVALID", field)
        if email.lower() != invitation.email:
            raise Forbidden("This invitation was sent to another email address: sign in with that address to accept"
                            " it, or sign up with it.", reason="OTHER_EMAIL")
        # Before the invitation's own state: the closing revoked it, and "ask them for a new
        # one" would send the person to nobody.
        await self._refuse_if_closed(invitation.organization_id, field)
        await self._still_open(invitation, field)
        return invitation

    async def _refuse_if_closed(self, organization_id: str, field: str) -> None:
        (organization,) = await self._organizations.get_many([organization_id])
        if organization is not None and organization.closed_at is not None:
            raise _closed(organization.name, field)

    async def revoke(self, actor: User, invitation_id: str) -> Invitation:
        (invitation,) = await self._invitations.get_many([invitation_id])
        if invitation is None or not self._may_manage(actor, invitation.organization_id):
            raise NotFound("No invitation of your organization has that id.")
        now = self._clock.now()
        if not await self._invitations.revoke(invitation.id, now):
            (invitation,) = await self._invitations.get_many([invitation_id])
            if invitation is None or invitation.status(now) is not InvitationStatus.REVOKED:
                raise BadUserInput("This invitation was already accepted; it can no longer be revoked.", field="id")
            return invitation
        return invitation.model_copy(update={"revoked_at": now})

    async def pending(self, organization_id: str) -> list[Invitation]:
        now = self._clock.now()
        return [i for i in await self._invitations.open_for(organization_id)
                if i.status(now) is InvitationStatus.PENDING]

    async def _still_open(self, invitation: Invitation, field: str) -> None:
        status = invitation.status(self._clock.now())
        if status is InvitationStatus.ACCEPTED:
            raise _refused("was already used; each invitation works once.", "USED", field)
        if status is InvitationStatus.REVOKED and await self._replaced(invitation):
            # Stored as revoked too, but the person already holds the newer link: say where it is.
            raise _refused("was replaced by a newer invitation to this address; use the link in the latest"
                           " invitation email.", "REVOKED", field)
        if status is InvitationStatus.REVOKED:
            raise _refused("was revoked by the organization; ask them for a new one.", "REVOKED", field)
        if status is InvitationStatus.EXPIRED:
            raise _refused("has expired; ask the organization for a new one.", "EXPIRED", field)

    async def _replaced(self, invitation: Invitation) -> bool:
        """Whether a later invitation of the same address to the same organization can still be
        used: an expired one would send the person to a dead link."""
        now = self._clock.now()
        return any(i.email == invitation.email and (i.created_at, i.id) > (invitation.created_at, invitation.id)
                   and i.status(now) is InvitationStatus.PENDING
                   for i in await self._invitations.open_for(invitation.organization_id))

    @staticmethod
    def _may_manage(actor: User, organization_id: str) -> bool:
        return actor.role is Role.ADMIN or (actor.role is Role.EMPLOYER and actor.organization_id == organization_id)

    @staticmethod
    def _organization_of(actor: User) -> str:
        if actor.role is not Role.EMPLOYER or not actor.organization_id:
            raise Forbidden("Only recruiters of an organization can invite others to it.")
        return actor.organization_id

    async def _name_of(self, organization_id: str) -> str | None:
        (organization,) = await self._organizations.get_many([organization_id])
        return organization.name if organization is not None else None

    def _message(self, inviter: User, organization: str | None, invitation: Invitation, secret: str) -> Message:
        link = self._links.to("invitations/accept", token=self.mailed_token(secret))
        hours = int(self._ttl.total_seconds() // 3600)
        recruit_for = f"for {organization}" if organization else "with their organization"
        text = (
            f"Hello,\n\n{inviter.name} invites you to recruit {recruit_for} on TalentGraph."
            f" Open this link to sign up as a recruiter with this email address (or, with a recruiter's account of"
            f" this address that belongs to no organization yet, sign in first):\n\n{link}\n\nThe link works once and"
            f" expires in {hours} hours. A candidate's account cannot recruit: if this address has one, keep it for"
            " your job search and ask for the invitation to be sent to another address of yours. If you did not"
            " expect it, ignore this message.\n\nThe TalentGraph team\n"
        )
        # The invitee may have no account yet: the mail goes to their address, kept on the
        # inviter's record, by email whatever the inviter's own channel preferences.
        return Message(
            user_id=inviter.id, kind="account", subject="You are invited to recruit on TalentGraph", text=text,
            short=f"Join your colleagues on TalentGraph: {link}", data={"link": link},
            dedupe_key=f"invitation:{invitation.id}", only_channel=Channel.EMAIL, recipient=invitation.email,
            # The invitee's way to sign up: accepting it proves the address it went to.
            sign_in_flow=True,
        )
