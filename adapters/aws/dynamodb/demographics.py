"""Self-identification on DynamoDB: one item per candidate who answered, PK `SELFID#<user>`,
SK `SELFID`, no GSI keys (nothing lists them: the audit asks for the groups of candidates it
already has, by key)."""
from __future__ import annotations

from collections.abc import Sequence

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled
from adapters.aws.dynamodb.codec import keyed, plain, to_model
from domain.demographics import Demographic, SelfIdentification


class DynamoDemographicsStore:
    def __init__(self, table: DynamoTable) -> None:
        self._table = table

    async def put(self, answers: SelfIdentification) -> bool:
        # With a check that the user item exists, in one transaction: the erasure deletes the
        # user item last and these answers again after it, so answers given while an account
        # is erased cannot outlive it.
        item = keyed(keys.self_identification(answers.user_id), {"entity": "self_identification", **plain(answers)})
        try:
            await self._table.transact([
                {"ConditionCheck": {"Key": keys.user(answers.user_id), "ConditionExpression": "attribute_exists(PK)"}},
                {"Put": {"Item": item}},
            ])
        except TransactionCancelled as cancelled:
            if cancelled.failed(0):
                return False
            raise
        return True

    async def get(self, user_id: str) -> SelfIdentification | None:
        item = await self._table.get(keys.self_identification(user_id))
        return to_model(SelfIdentification, item) if item else None

    async def remove(self, user_id: str) -> bool:
        key = keys.self_identification(user_id)
        existed = await self._table.get(key) is not None
        await self._table.batch_delete([key])
        return existed

    async def groups_of(self, user_ids: Sequence[str]) -> list[Demographic | None]:
        found = await self._table.batch_get(
            [keys.self_identification(i) for i in user_ids], projection=("sex", "race_ethnicity")
        )
        groups = []
        for user_id in user_ids:
            item = found.get(tuple(v["S"] for v in keys.self_identification(user_id).values()))
            groups.append(to_model(Demographic, item) if item else None)
        return groups
