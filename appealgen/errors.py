"""One error tree: every failure a user can cause ends as one readable line."""

from __future__ import annotations

import errno


class AppealgenError(Exception):
    """Base of every error appealgen reports to a user (one line, no traceback)."""

    def __init__(self, message: str, *, file: str | None = None) -> None:
        super().__init__(message)
        self.file = file

    def one_line(self) -> str:
        msg = " ".join(str(self).split())
        return f"{printable(self.file)}: {msg}" if self.file else msg


def printable(name: str) -> str:
    """A file name fit for one line: a newline or other control character is shown escaped."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in name)


class InputError(AppealgenError):
    """The input file cannot be read: not a PDF, encrypted, corrupt, empty, too large."""


class NoClaimError(InputError):
    """The file was read but holds no claim appealgen can find."""


class OCRUnavailableError(InputError):
    """A scan needs OCR and tesseract is not installed."""


class OutputError(AppealgenError):
    """The output folder cannot be written: read-only, full, or a file in its way."""


def output_folder_error(folder: object, error: OSError) -> OutputError:
    """One line naming the output folder and what is wrong with it."""
    reason = {
        "ENOTDIR": "a file is in the way (a part of the path is a file, not a folder)",
        "EEXIST": "a file with that name is in the way",
        "EROFS": "it is on a read-only file system",
        "EACCES": "permission denied",
        "EPERM": "permission denied",
        "ENOSPC": "the disk is full",
    }.get(errno.errorcode.get(error.errno or 0, ""), error.strerror or type(error).__name__)
    return OutputError(f"cannot write the output folder {printable(str(folder))}: {reason}")


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
