"""Uploads read and waiting for the parent's review (what waits between the upload and the letters)."""

from __future__ import annotations

import secrets
import shutil
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..models import ParseResult


@dataclass
class Review:
    folder: Path
    source: Path | None  # the notice (None: a case whose notice is not on this computer)
    display_name: str
    result: ParseResult
    profile: Any
    created: float
    crops: dict[str, str] = field(default_factory=dict)  # path -> crop file name
    write_back: Path | None = None  # a batch's output folder: the letters replace the case's
    keep: bool = False  # opened by `appealgen review`: offered again until the page stops


class ReviewStore:
    """Uploads read and waiting for the parent's review, by a secret id; a review older than
    ``ttl`` seconds is deleted with its folder (``sweep``)."""

    def __init__(self, ttl: float) -> None:
        self.ttl = ttl
        self._items: dict[str, Review] = {}
        self._lock = threading.Lock()

    def add(self, review: Review) -> str:
        review_id = secrets.token_urlsafe(18)
        with self._lock:
            self._items[review_id] = review
        return review_id

    def get(self, review_id: str) -> Review | None:
        with self._lock:
            review = self._items.get(review_id)
            if review is None or review.keep or time.monotonic() - review.created <= self.ttl:
                return review
            del self._items[review_id]
        shutil.rmtree(review.folder, ignore_errors=True)
        return None

    def pop(self, review_id: str) -> Review | None:
        with self._lock:
            return self._items.pop(review_id, None)

    def sweep(self) -> int:
        now = time.monotonic()
        with self._lock:
            old = [k for k, r in self._items.items() if now - r.created > self.ttl and not r.keep]
            expired = [self._items.pop(k) for k in old]
        for review in expired:
            shutil.rmtree(review.folder, ignore_errors=True)
        return len(expired)

    def close(self) -> None:
        with self._lock:
            items, self._items = list(self._items.values()), {}
        for review in items:
            shutil.rmtree(review.folder, ignore_errors=True)
