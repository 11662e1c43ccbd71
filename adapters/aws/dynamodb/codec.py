"""Domain models to DynamoDB attribute values and back.

Attributes that are None are left out (so `attribute_not_exists` reads naturally in
conditions); on the way back, required-but-nullable fields that are absent become None."""
from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any, TypeVar

from boto3.dynamodb.types import TypeDeserializer, TypeSerializer
from pydantic import BaseModel, TypeAdapter

M = TypeVar("M", bound=BaseModel)

_serializer = TypeSerializer()
_deserializer = TypeDeserializer()
_moment = TypeAdapter(datetime)


def plain(model: BaseModel) -> dict[str, Any]:
    """The model as JSON-shaped values, floats as Decimal (DynamoDB numbers are decimal)."""
    return json.loads(model.model_dump_json(), parse_float=Decimal)


def stored_moment(value: datetime) -> str:
    """A datetime as a model field holds it, for update expressions that set one field."""
    return _moment.dump_python(value, mode="json")


def to_attributes(values: Mapping[str, Any]) -> dict[str, dict]:
    return {name: _serializer.serialize(value) for name, value in values.items() if value is not None}


def keyed(key: Mapping[str, dict], values: Mapping[str, Any]) -> dict[str, dict]:
    """An item: its key plus the values as attributes."""
    return {**key, **to_attributes(values)}


def assignments(values: Mapping[str, Any]) -> dict[str, Any]:
    """UpdateItem arguments that SET each attribute to its value, or REMOVE it for None
    (names aliased, so reserved words such as `status` are fine)."""
    names = {f"#a{i}": name for i, name in enumerate(values)}
    given = {f":a{i}": v for i, v in enumerate(values.values()) if v is not None}
    sets = [f"#a{i} = :a{i}" for i in range(len(names)) if f":a{i}" in given]
    removes = [f"#a{i}" for i in range(len(names)) if f":a{i}" not in given]
    expression = ("SET " + ", ".join(sets) if sets else "") + (" REMOVE " + ", ".join(removes) if removes else "")
    return {
        "UpdateExpression": expression.strip(),
        "ExpressionAttributeNames": names,
        "ExpressionAttributeValues": to_attributes(given),
    }


def to_value(value: Any) -> dict:
    if isinstance(value, float):
        value = Decimal(repr(value))
    return _serializer.serialize(value)


def from_attributes(item: Mapping[str, dict]) -> dict[str, Any]:
    return {name: _numbers(_deserializer.deserialize(value)) for name, value in item.items()}


def to_model(model: type[M], item: Mapping[str, dict]) -> M:
    data = from_attributes(item)
    for name, field in model.model_fields.items():
        if name not in data and field.is_required():
            data[name] = None
    return model.model_validate(data)


def _numbers(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, list):
        return [_numbers(v) for v in value]
    if isinstance(value, dict):
        return {k: _numbers(v) for k, v in value.items()}
    if isinstance(value, set):
        return {_numbers(v) for v in value}
    return value
