"""A batch of jobs is matched with the service's public parts (MatchingParts), never by
reaching into MatchingService's private attributes: a change to the service's internals
cannot then silently break the batch."""
from __future__ import annotations

import ast
from pathlib import Path

import domain.services.matching_job_batch as job_batch


def private_reads(source: str) -> list[str]:
    """Every `x._name` in the source where x is not `self` (the batch's own state)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            owner = node.value
            if not (isinstance(owner, ast.Name) and owner.id == "self"):
                found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


def test_the_job_batch_reads_no_private_attribute_of_another_object():
    assert private_reads(Path(job_batch.__file__).read_text()) == []


def test_the_check_sees_a_private_read_through_a_local_name():
    assert private_reads("def f(s):\n    return s._jobs.get_many([])\n") == ["line 2: s._jobs"]
