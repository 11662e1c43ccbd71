"""Where the person lives, read from more of the ways a résumé's top writes it: a contact line
parted by a template's glyphs ("▪", "■", "◆"); an address labelled with its kind ("Present
Address:", "Permanent Address:"); a postcode joined to its town by a hyphen ("Sylhet-3100")."""
from adapters.embedded.parsing.contact import parse_contact
from adapters.embedded.parsing.contact_separators import glyphs_as_bullets
from adapters.embedded.parsing.home_address import place_of_an_address


def _location(*lines):
    lines = [glyphs_as_bullets(line) for line in lines]
    return parse_contact("\n".join(lines), list(lines)).location


def test_glyphs_part_a_contact_line_as_bars_do():
    assert glyphs_as_bullets("Leeds ■ 07911 123456 ■ ann@example.com") == "Leeds • 07911 123456 • ann@example.com"
    assert _location("Ann Lee", "Boise, ID 83702 ◆ (208) 555-0100 ◆ ann.lee@example.com") == "Boise, ID"
    # a glyph opening a line is a list's bullet, left to the list rules
    assert glyphs_as_bullets("▪ Drain cleaning") == "▪ Drain cleaning"


def test_an_address_labelled_with_its_kind():
    assert _location("Abdus Salam", "Present Address: Flat 3B, Road 12, Zindabazar, Sylhet-3100") == "Sylhet"
    assert _location("Tunde Bello", "Permanent Address: 5 Adeola Street, Ibadan, Oyo State") == "Ibadan, Oyo State"


def test_a_postcode_joined_by_a_hyphen_is_no_part_of_the_town():
    assert place_of_an_address("House 4, Lane 2, Chittagong-4000") == "Chittagong"
    assert place_of_an_address("12 Anna Salai, Chennai-600002, Tamil Nadu") == "Chennai, Tamil Nadu"


def test_a_region_named_as_one_is_not_taken_for_the_town():
    assert place_of_an_address("Blk 3 Lot 9, Mabini St., Pasig City, Metro Manila") == "Pasig City, Metro Manila"
    assert place_of_an_address("Flat 2, 14 Shevchenka St, Boryspil, Kyiv Oblast") == "Boryspil, Kyiv Oblast"
