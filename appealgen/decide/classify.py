"""Denial classification lives in the read stage (``appealgen.read.classify``); kept for callers."""

from __future__ import annotations

from ..read.classify import classify, phrase_categories

__all__ = ["classify", "phrase_categories"]
