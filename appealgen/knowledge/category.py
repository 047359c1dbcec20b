"""categories.yaml: the contract's denial categories, by priority."""

from __future__ import annotations

from ..models import CATEGORIES
from ..records import record
from .files import check_keys, data_loader, did_you_mean, fail, load_yaml


@record(frozen=True)
class CategoryInfo:
    id: str
    priority: int
    description: str
    choice: str = ""  # the reason as the review form offers it ("They say ...")


def check_category(relpath: str, line: int | None, name: str) -> str:
    if name not in CATEGORIES:
        raise fail(relpath, line, f"unknown category {name!r}{did_you_mean(name, CATEGORIES)}")
    return name


@data_loader
def categories() -> dict[str, CategoryInfo]:
    """The contract's categories, ordered by priority (the primary category comes first)."""
    relpath = "categories.yaml"
    doc = load_yaml(relpath)
    if not isinstance(doc, dict):
        raise fail(relpath, None, "expected a mapping with the key 'categories'")
    check_keys(relpath, doc, ("categories",), ("categories",))
    found: dict[str, CategoryInfo] = {}
    priorities: dict[int, str] = {}
    for entry in doc["categories"]:
        if not isinstance(entry, dict):
            raise fail(relpath, doc.get("__line__"), "each category must be a mapping")
        line = entry["__line__"]
        keys = ("id", "priority", "description", "choice")
        check_keys(relpath, entry, keys, keys)
        cat = check_category(relpath, line, str(entry["id"]))
        if cat in found:
            raise fail(relpath, line, f"category {cat!r} is listed twice")
        prio = entry["priority"]
        if not isinstance(prio, int) or isinstance(prio, bool):
            raise fail(relpath, line, f"priority must be a whole number, not {prio!r}")
        if prio in priorities:
            raise fail(relpath, line, f"priority {prio} is also used by {priorities[prio]!r}")
        priorities[prio] = cat
        found[cat] = CategoryInfo(
            cat,
            prio,
            " ".join(str(entry["description"]).split()),
            " ".join(str(entry["choice"]).split()),
        )
    missing = [c for c in CATEGORIES if c not in found]
    if missing:
        raise fail(relpath, None, f"missing categories: {', '.join(missing)}")
    return dict(sorted(found.items(), key=lambda kv: kv[1].priority))
