"""A trusted-documents manifest of the wrong shape stops start-up with a sentence naming the file
and what is wrong in it (start-up prints only the error's text), never a bare KeyError or TypeError."""
from __future__ import annotations

import json

import pytest

from gateway.http.trusted_documents import TrustedDocuments

HEADER = {"format": "apollo-persisted-query-manifest", "version": 1}


@pytest.mark.parametrize("manifest, names", [
    ([{"id": "a", "body": "{ me { id } }"}], "a JSON object"),
    ({**HEADER, "operations": {"a": 1}}, "`operations` must be a list"),
    ({**HEADER, "operations": [5]}, "operations[0]"),
    ({**HEADER, "operations": [{"name": "Search", "body": "{ me { id } }"}]}, "operations[0]"),
    ({**HEADER, "operations": [{"id": "a", "body": "{ me { id } }"}, {"id": "b"}]}, "operations[1]"),
    ({**HEADER, "operations": [{"id": "", "body": "{ me { id } }"}]}, "operations[0]"),
])
def test_a_manifest_of_the_wrong_shape_is_refused_naming_the_file_and_the_entry(tmp_path, manifest, names):
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps(manifest))
    with pytest.raises(ValueError) as refused:
        TrustedDocuments.load(path)
    assert str(path) in str(refused.value) and names in str(refused.value), refused.value


def test_a_well_formed_manifest_loads(tmp_path):
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps({**HEADER, "operations": [{"id": "a", "name": "Me", "type": "query", "body": "{ me { id } }"}]}))
    assert TrustedDocuments.load(path).resolve(None, "a") == "{ me { id } }"


@pytest.mark.parametrize("ids", [("ab" * 32, "AB" * 32), ("Ab12" * 16, "aB12" * 16), ("same", "same")])
def test_two_entries_naming_one_operation_are_refused_naming_both(tmp_path, ids):
    # Ids differing only in a hex digest's case name one operation: a silent overwrite would
    # serve one body for both and drop the other from the partners' list.
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps({**HEADER, "operations": [
        {"id": "other", "body": "{ me { name } }"},
        {"id": ids[0], "body": "{ me { id } }"},
        {"id": ids[1], "body": "{ me { email } }"}]}))
    with pytest.raises(ValueError) as refused:
        TrustedDocuments.load(path)
    message = str(refused.value)
    assert str(path) in message and "operations[2]" in message and "operations[1]" in message, message
