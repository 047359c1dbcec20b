"""One error tree: every failure a user can cause ends as one readable line."""

from __future__ import annotations


class AppealgenError(Exception):
    """Base of every error appealgen reports to a user (one line, no traceback)."""

    def __init__(self, message: str, *, file: str | None = None) -> None:
        super().__init__(message)
        self.file = file

    def one_line(self) -> str:
        msg = " ".join(str(self).split())
        return f"{self.file}: {msg}" if self.file else msg


class InputError(AppealgenError):
    """The input file cannot be read: not a PDF, encrypted, corrupt, empty, too large."""


class NoClaimError(InputError):
    """The file was read but holds no claim appealgen can find."""


class OCRUnavailableError(InputError):
    """A scan needs OCR and tesseract is not installed."""


class KnowledgeError(AppealgenError):
    """A data file in the knowledge base is malformed (file:line: what is wrong)."""


class TemplateError(AppealgenError):
    """A letter template is missing, malformed or uses unknown variables."""


class ProfileError(AppealgenError):
    """The profile TOML cannot be read or has unknown keys."""


class ConversionError(AppealgenError):
    """DOCX to PDF conversion failed or LibreOffice is not installed."""


class LayoutError(AppealgenError):
    """A learned layout is unknown or malformed, or a corrected document cannot teach one."""
