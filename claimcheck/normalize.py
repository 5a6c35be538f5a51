"""Compatibility shim: re-exports of claimcheck.arabic, the one module for
Arabic text handling.

Kept only so that modules not yet switched over keep running; new code imports
from claimcheck.arabic.  To be removed once nothing imports it.
"""
from __future__ import annotations

from .arabic import fold, numbers, root, strip_proclitics

__all__ = ["fold", "numbers", "root", "strip_proclitics"]
