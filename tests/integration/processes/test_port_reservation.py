"""The port of `serve --workers N` (gateway/roles/per_process_listener.py): the manager's
reservation keeps the port and takes no connection; what a spawned child receives of it is a
socket of its own on the same address; a port another process holds is refused in words."""
from __future__ import annotations

import os
import socket
from multiprocessing.reduction import ForkingPickler

import pytest

from gateway.roles.per_process_listener import reserve_port
from gateway.startup import StartupFailure


def a_free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def as_a_spawned_child_receives_it(sock: socket.socket) -> socket.socket:
    # What uvicorn's process manager does with the sockets it is given: pickled to each child.
    return ForkingPickler.loads(ForkingPickler.dumps(sock))


def test_the_reservation_takes_no_connection_and_each_child_listens_on_its_own_socket():
    port = a_free_port()
    with reserve_port("127.0.0.1", port) as reservation:
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", port), timeout=2).close()

        children = [as_a_spawned_child_receives_it(reservation) for _ in range(2)]
        try:
            assert all(child.getsockname() == ("127.0.0.1", port) for child in children)
            # Sockets of their own, not copies of one (a copied descriptor shares its inode).
            assert len({os.fstat(sock.fileno()).st_ino for sock in (reservation, *children)}) == 3
            for child in children:
                child.listen(16)
            clients = [socket.create_connection(("127.0.0.1", port), timeout=2) for _ in range(4)]
            for client in clients:
                client.close()
        finally:
            for child in children:
                child.close()


def test_a_port_another_process_listens_on_is_refused_in_words():
    with socket.socket() as other:
        other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        other.bind(("127.0.0.1", 0))
        other.listen(1)
        port = other.getsockname()[1]
        with pytest.raises(StartupFailure, match=f"127.0.0.1:{port}: the port is in use"):
            reserve_port("127.0.0.1", port)


def test_a_second_reservation_of_a_reserved_port_is_refused_before_anything_listens():
    port = a_free_port()
    with reserve_port("127.0.0.1", port), pytest.raises(StartupFailure, match="in use"):
        reserve_port("127.0.0.1", port)
