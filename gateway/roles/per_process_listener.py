"""The port of `serve --workers N`: one listening socket per API process (SO_REUSEPORT), so
the kernel hands each new connection to one of the processes (by a hash of its addresses).

With one socket shared by every process, whichever process wakes first accepts every
connection waiting (asyncio accepts in a loop): a burst of connections, a load generator's or
a proxy's pool, could land on one process alone.

uvicorn's process manager passes the sockets it is given to each child it spawns (pickled);
`PortReservation` is pickled as "bind a socket of your own on this address", so each child
(and each one the manager restarts) listens on its own socket. The manager's own socket is
bound with SO_REUSEPORT but never listens: it keeps the port for the deployment between child
restarts and takes no connection (the kernel hands connections only to listening sockets)."""
from __future__ import annotations

import errno
import socket

from gateway.startup import StartupFailure


class PortReservation(socket.socket):
    """The manager's bound, never listening socket; in a child, a listening socket of its own."""

    def __reduce__(self):  # what a spawned child receives: a socket of its own, same address
        return (own_socket_on, (self.family, self.getsockname()))


def reserve_port(host: str, port: int) -> PortReservation:
    """Refuses a port another deployment holds (its sockets would share the connections if
    it also used SO_REUSEPORT under the same user), then binds the reservation."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    _refuse_if_taken(family, host, port)
    reservation = PortReservation(family, socket.SOCK_STREAM)
    try:
        # No SO_REUSEADDR here: with it, a second deployment's probe (and its reservation)
        # would be let through while this one's children have not yet begun to listen.
        reservation.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        reservation.bind((host, port))
    except OSError:
        reservation.close()
        raise
    return reservation


def own_socket_on(family: int, address: tuple) -> socket.socket:
    sock = socket.socket(family, socket.SOCK_STREAM)
    # SO_REUSEADDR as uvicorn sets it: a restart is not refused by the last run's connections
    # in TIME_WAIT.
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(address)
    return sock


def _refuse_if_taken(family: int, host: str, port: int) -> None:
    # Without SO_REUSEPORT a bind fails on any socket bound to the port, a deployment's own
    # reservation included.
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                raise StartupFailure(f"{host}:{port}", "the port is in use by another process") from error
            raise StartupFailure(f"{host}:{port}", f"cannot listen there: {error.strerror}") from error
