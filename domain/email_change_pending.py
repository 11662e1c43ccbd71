"""An address change asked for and not yet confirmed, as its asker sees it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class PendingEmailChange:
    new_email: str
    requested_at: datetime
    expires_at: datetime
