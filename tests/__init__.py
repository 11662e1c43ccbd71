"""Every test, eval, benchmark and helper process under tests/ reads places and currencies by
the packaged reference data, as the gateway does (gateway.bootstrap.open_services installs
it): installed here, on the package's import, so that a script that parses or compares places
without the gateway (tests.eval.eval_parse, the fakes) needs no step of its own."""
from adapters.reference_data.packaged import packaged_reference_data
from domain.installed_reference_data import install_reference_data

install_reference_data(packaged_reference_data())
