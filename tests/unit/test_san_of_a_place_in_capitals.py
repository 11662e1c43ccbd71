""""SAN" in capitals names the storage network only where no capitalised word follows it: a
place or a firm written in capitals ("SAN FERNANDO", "SAN Miguel Corporation") is no skill
(invented lines)."""
import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor

_SAN = "Storage area network SAN software"


@pytest.mark.parametrize("line", [
    "Address: SAN FERNANDO, Pampanga",
    "Branch Manager, SAN Miguel Corporation",
    "Moved to San Diego in 2019",
])
def test_a_place_or_firm_is_no_storage_network(line: str) -> None:
    assert _SAN not in EmbeddedSkillExtractor().extract(line)


@pytest.mark.parametrize("line", [
    "Managed SAN and NAS storage for 40 hosts",
    "Configured the SAN for the cluster",
    "Built a SAN, tuned iSCSI",
])
def test_the_storage_network_in_capitals_is_still_read(line: str) -> None:
    assert _SAN in EmbeddedSkillExtractor().extract(line)
