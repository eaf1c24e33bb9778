"""Stopping a search on request (a Cancel button): shared by the optimiser and its engines."""

from __future__ import annotations

from typing import Any


class Stopped(Exception):
    """The caller asked the solver to stop (``should_stop`` returned True): there is no result."""


def check_stop(p: Any) -> None:
    """Raise ``Stopped`` when ``p.should_stop`` asks to stop (called between steps and in long loops)."""
    if p.should_stop is not None and p.should_stop():
        raise Stopped
