"""Ports: what the domain needs from the outside world, as typing.Protocol classes.

Adapters in `adapters/embedded` and `adapters/aws` implement them; `gateway/bootstrap.py`
wires one adapter to each port. Unit tests use the fakes in `tests/fakes`.
"""
