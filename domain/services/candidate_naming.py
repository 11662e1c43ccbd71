"""A hiring team's notice names its candidate when it is delivered, looked up then
(domain/candidate_names.py): a mail queued before the candidate erased their account and sent
after it says they have left, and the name is in no stored copy (outbox row, queued work item).

`NamingSender` wraps a provider's ChannelSender with the lookup. The log sender is left
unwrapped: logs outlive an erasure and are read by more people than the mail."""
from __future__ import annotations

from dataclasses import replace

from domain.candidate_names import (
    CandidateAsShown,
    candidate_of,
    names_its_candidate,
    naming,
)
from domain.channels import Channel
from domain.ports.accounts import UserRepository
from domain.ports.notifications import ChannelSender, Delivery
from domain.ports.resumes import ApplicationRepository, ResumeRepository
from domain.resumes import Resume
from domain.users import User


class CandidateNames:
    """Who an application is from, read now from the stores (three reads at most)."""

    def __init__(self, applications: ApplicationRepository, users: UserRepository,
                 resumes: ResumeRepository | None = None) -> None:
        self._applications = applications
        self._users = users
        self._resumes = resumes

    async def of_application(self, application_id: str) -> CandidateAsShown:
        (application,) = await self._applications.get_many([application_id])
        return await candidate_of(application, self._one_user, self._one_resume if self._resumes is not None else None)

    async def _one_user(self, user_id: str) -> User | None:
        return (await self._users.get_many([user_id]))[0]

    async def _one_resume(self, resume_id: str) -> Resume | None:
        assert self._resumes is not None
        return (await self._resumes.get_many([resume_id]))[0]

    async def named(self, delivery: Delivery) -> Delivery:
        """`delivery` as it goes out now: a team's notice names its candidate (or says they left)."""
        application_id = names_its_candidate(delivery.kind, delivery.data)
        if application_id is None:
            return delivery
        who = await self.of_application(application_id)
        return replace(delivery, subject=naming(delivery.subject, who), text=naming(delivery.text, who))


class NamingSender:
    """A ChannelSender handing each delivery to `sender` as named at the moment of sending."""

    def __init__(self, sender: ChannelSender, names: CandidateNames) -> None:
        self._sender = sender
        self._names = names
        self.channel: Channel = sender.channel

    async def deliver(self, delivery: Delivery) -> None:
        await self._sender.deliver(await self._names.named(delivery))
