"""Shared fixtures: no network beyond 127.0.0.1, no credentials from the environment."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pytest

from tests.helpers import CASSETTES, DUMMY_KEY

_ENV = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "FACTX_MODEL",
    "FACTX_CASSETTE_MODE",
    "FACTX_CASSETTES",
    "FACTX_PROMPTS",
    "FACTX_API_KEY",
    "FACTX_CONNECT_TO",
)


def _is_loopback(address: object) -> bool:
    if isinstance(address, tuple) and address:
        host = address[0]
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return host == "localhost"
    return isinstance(address, (str, bytes))  # unix sockets


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection to a non-loopback address fails the test; credentials are cleared."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def connect(self: socket.socket, address: object) -> object:
        if not _is_loopback(address):
            raise AssertionError(f"test tried to reach the network: {address!r}")
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: object) -> object:
        if not _is_loopback(address):
            raise AssertionError(f"test tried to reach the network: {address!r}")
        return real_connect_ex(self, address)

    real_getaddrinfo = socket.getaddrinfo

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        if host not in (None, "localhost", b"localhost") and not _is_loopback((host,)):
            raise AssertionError(f"test tried to resolve a network host: {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    for name in _ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def replay(monkeypatch: pytest.MonkeyPatch, offline: None) -> Path:
    """Put factx in cassette replay mode over the committed cassettes, with a dummy key.

    Replay builds no network transport, so a request without a cassette fails the test.
    Tests marked `@pytest.mark.replay` get this fixture automatically.
    """
    monkeypatch.setenv("FACTX_CASSETTE_MODE", "replay")
    monkeypatch.setenv("FACTX_CASSETTES", str(CASSETTES))
    monkeypatch.setenv("OPENAI_API_KEY", DUMMY_KEY)
    return CASSETTES


@pytest.fixture(autouse=True)
def _replay_marker(request: pytest.FixtureRequest, offline: None) -> None:
    if request.node.get_closest_marker("replay"):
        request.getfixturevalue("replay")
