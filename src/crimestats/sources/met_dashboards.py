"""Readers for this publisher family (to be written)."""

from __future__ import annotations

from ._base import Reader

READERS: list[Reader] = []
