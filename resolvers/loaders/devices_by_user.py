from __future__ import annotations

from aiodataloader import DataLoader

from domain.channels import Device
from domain.ports.accounts import DeviceRepository


class DevicesByUserLoader(DataLoader[str, list[Device]]):
    """Push devices per person; none on a backend without a device store."""

    def __init__(self, devices: DeviceRepository | None) -> None:
        super().__init__()
        self._devices = devices

    async def batch_load_fn(self, keys: list[str]) -> list[list[Device]]:
        if self._devices is None:
            return [[] for _ in keys]
        return await self._devices.for_users(keys)
