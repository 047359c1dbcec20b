"""An upload's own things: its names (shown and stored), the form's profile, the
one-line message of a failure, and the zip of its letters.

The parent's file name is shown, never used as a path: the upload is stored under a
fixed name in its private folder, and messages name the parent's file, not that folder.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from starlette.datastructures import FormData, UploadFile

from ..decide.explain import format_explain
from ..errors import AppealgenError
from ..models import Case
from ..write.profile import Profile, profile_from_dict
from ..write.render import GenerateResult
from .guards import MAX_FIELD_CHARS

# form field -> (profile section, key); a None section is a top-level flag
FORM_FIELDS: dict[str, tuple[str, str, str]] = {
    "member_name": ("member", "name", "Your name"),
    "member_address": ("member", "address", "Your mailing address"),
    "member_phone": ("member", "phone", "Your phone number"),
    "member_email": ("member", "email", "Your email"),
    "baby_name": ("baby", "name", "Your baby's name"),
    "baby_birth_date": ("baby", "birth_date", "Your baby's birth date"),
    "ibclc_name": ("provider", "name", "The lactation consultant's name"),
    "ibclc_npi": ("provider", "npi", "The lactation consultant's NPI"),
}
NO_IN_NETWORK_FIELD = "no_in_network"

GENERIC_FAILURE = (
    "something went wrong while reading this file; try another copy of the notice "
    "(a PDF from the insurer's website reads best)"
)

_SAFE_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,8}")


def profile_from_form(form: FormData) -> Profile | None:
    """The optional form fields as a Profile (None when the parent left them all empty)."""
    data: dict[str, Any] = {}
    for key, (section, name, label) in FORM_FIELDS.items():
        value = form.get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        value = value.strip()
        if len(value) > MAX_FIELD_CHARS:
            raise AppealgenError(f"{label}: too long (at most {MAX_FIELD_CHARS} characters)")
        data.setdefault(section, {})[name] = value
    if form.get(NO_IN_NETWORK_FIELD) == "yes":
        data["no_in_network_available"] = True
    return profile_from_dict(data, source="the form") if data else None


def write_zip(case: Case, written: GenerateResult, zip_path: Path) -> None:
    """The letters, case.json and the plain-text explanation, in one zip (written atomically)."""
    partial = zip_path.with_suffix(".part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in written.files:
            zf.write(path, arcname=path.name)
        zf.writestr("what-to-do.txt", format_explain(case) + "\n")
    partial.replace(zip_path)


def display_name_of(upload: UploadFile) -> str:
    name = (upload.filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    return name[:120] or "your file"


def stored_name_of(upload: UploadFile) -> str:
    suffix = Path((upload.filename or "").replace("\\", "/")).suffix
    return "notice" + (suffix.lower() if _SAFE_SUFFIX.fullmatch(suffix) else "")


def user_message(error: AppealgenError, display_name: str, folder: Path) -> str:
    """The library's one line, naming the parent's file instead of our temporary path."""
    if error.file:
        error.file = display_name
    text = error.one_line()
    for stored in sorted(folder.rglob("*"), key=lambda p: -len(str(p))):
        text = text.replace(str(stored), display_name)
    return text.replace(str(folder), "the upload")
