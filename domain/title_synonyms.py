"""Words that name the same job or licence in job titles, where the skill taxonomy has no
entry for the title itself: national names of one licence class (a US CDL is a UK HGV/LGV
licence), regional names of one trade (lorry/truck), and abbreviations every ad uses.
Each group's phrases are interchangeable in a search; the taxonomy's own aliases (RN for
Registered Nurse, golang for Go) come from the SkillExtractor port, not from here."""
from __future__ import annotations

TITLE_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("hgv driver", "lgv driver", "lorry driver", "truck driver", "cdl driver", "commercial driver",
     "tractor trailer driver", "class 1 driver", "class a driver"),
    ("cdl", "hgv", "lgv"),
    ("rn", "registered nurse", "staff nurse"),
    ("lpn", "licensed practical nurse", "lvn", "licensed vocational nurse"),
    ("cna", "certified nursing assistant", "nursing assistant", "hca", "healthcare assistant"),
    ("swe", "software engineer", "software developer"),
    ("qa", "quality assurance"),
    ("hr", "human resources"),
    ("chef de partie", "line cook"),
)
