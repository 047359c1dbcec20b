"""rules/addressees.yaml: requests to the plan that letters to others leave out."""

from __future__ import annotations

import re

from .checks import phrase_patterns
from .files import check_keys, data_loader, fail, load_yaml


@data_loader
def plan_request_patterns() -> tuple[re.Pattern[str], ...]:
    """Sentence patterns of argument texts that ask the plan itself for something."""
    relpath = "rules/addressees.yaml"
    doc = load_yaml(relpath)
    if not isinstance(doc, dict):
        raise fail(relpath, None, "expected the key 'plan_requests'")
    check_keys(relpath, doc, ("plan_requests",), ("plan_requests",))
    return phrase_patterns(relpath, doc.get("__line__"), doc["plan_requests"], "plan_requests")
