"""A refusal names what was refused: a permission class that guards one field says which, and
one that names any of its fields names them all (a message written for one field and shared
with another tells the caller about the wrong thing)."""
from __future__ import annotations

import re
from collections import defaultdict

from graphql import GraphQLObjectType


def _guarded_fields() -> dict[type, set[str]]:
    from resolvers.schema import schema

    guarded: dict[type, set[str]] = defaultdict(set)
    for graphql_type in schema._schema.type_map.values():
        if isinstance(graphql_type, GraphQLObjectType) and not graphql_type.name.startswith("__"):
            for name, field in graphql_type.fields.items():
                definition = field.extensions.get("strawberry-definition")
                for permission in getattr(definition, "permission_classes", None) or ():
                    guarded[permission].add(name)
    return guarded


def _words(field_name: str) -> list[str]:
    return re.sub(r"(?<!^)(?=[A-Z])", " ", field_name).lower().split()


def _names(message: str, field_name: str) -> bool:
    """Each word of the field's name begins a word of the message (jobs, job; members)."""
    said = re.findall(r"[a-z]+", message.lower())
    return all(any(w.startswith(word) for w in said) for word in _words(field_name))


def test_a_class_guarding_one_field_names_it():
    for permission, fields in _guarded_fields().items():
        if len(fields) == 1:
            (field,) = fields
            assert _names(permission.message, field), (permission.__name__, field, permission.message)


def test_a_class_naming_one_of_its_fields_names_them_all():
    for permission, fields in _guarded_fields().items():
        named = {field for field in fields if len(_words(field)) > 1 and _names(permission.message, field)}
        if named:
            assert named == {f for f in fields if len(_words(f)) > 1} and all(
                _names(permission.message, f) for f in fields), (permission.__name__, sorted(fields), permission.message)


def test_the_organization_fields_each_have_their_own_message():
    from resolvers.permissions import MaySeeMembers, MaySeePendingInvitations

    guarded = _guarded_fields()
    assert guarded[MaySeeMembers] == {"members"} and guarded[MaySeePendingInvitations] == {"pendingInvitations"}
    assert MaySeeMembers.message != MaySeePendingInvitations.message
