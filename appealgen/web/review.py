"""The web page's review step: every fact the letters will use, as a form to check and fix.

After the upload the notice is read, not yet written: the page shows each fact the
letters state, filled in from the notice, with the ones the reader is not sure of
marked, each beside a small crop of the page where it was read. Inputs are named by
the contract's field paths (``member.id``, ``claims.0.claim_number``,
``claims.0.denial.primary_category``, ``plan.funding``). What the parent changes, or
ticks as right, becomes the person's word (``corrections``); then the letters are
written. Crops are rendered into the upload's private temporary folder and served
only from there; the folder goes with the letters' download, the time limit, or the
page's shutdown, like every other upload.
"""

from __future__ import annotations

import html
import logging
import re
import secrets
import shutil
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import corrections
from ..corrections import get_value, is_sure, shown
from ..knowledge import categories
from ..models import FUNDING_KINDS, ParseResult

log = logging.getLogger(__name__)

MAX_REVIEW_FIELDS = 600  # a notice with many claims and lines: each fact one input, plus ticks
MAX_CROPS = 80  # crops rendered per notice
CROP_SCALE = 2.0  # render scale of a page (144 dpi): small text stays legible
# around the printed words, in PDF points: wide to the left so the label shows too
CROP_MARGIN_LEFT_PT = 90.0
CROP_MARGIN_PT = 3.0
CROP_MAX_WIDTH_PX = 640
_CROP_NAME = re.compile(r"crop-\d{1,3}\.png")
REMEMBER_FIELD = "remember_layout"
OK_PREFIX = "ok:"  # a tick: "this unsure value is right"

FUNDING_WORDS = {
    "fully_insured": "Fully insured (an insurance company's plan)",
    "self_funded": "Self-funded by an employer (ASO, self-insured)",
    "medicaid": "Medicaid",
    "governmental": "A state, county, city or school district's plan",
    "medicare": "Medicare",
    "church": "A church's plan",
    "fehb": "Federal Employees Health Benefits (FEHB)",
    "tricare": "TRICARE",
    "short_term": "Short-term plan",
    "unknown": "Not sure",
}
# (path, label, input kind) for the facts every notice has
HEADER_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("member.name", "The member's name", "text"),
    ("member.id", "Member ID", "text"),
    ("plan.name", "Plan", "text"),
    ("plan.funding", "How the plan is funded", "funding"),
    ("member.state", "State (two letters)", "text"),
    ("notice_date", "Date of the notice", "date"),
)
CLAIM_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("denied", "Was this claim denied, or were you charged for it?", "denied"),
    ("claim_number", "Claim number", "text"),
    ("patient_name", "Patient", "text"),
    ("denial.primary_category", "Why they denied it", "category"),
    ("totals.billed", "Amount billed", "money"),
    ("totals.paid", "Amount the plan paid", "money"),
    ("totals.patient_responsibility", "Amount billed to you", "money"),
)
LINE_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("date_of_service", "Date of the visit", "date"),
    ("procedure_code", "Code billed", "text"),
)


def review_paths(result: ParseResult) -> list[tuple[str, str, str]]:
    """(path, label, kind) of every fact the form shows, in the order it shows them."""
    out = list(HEADER_FIELDS)
    for i, claim in enumerate(result.claims):
        for name, label, kind in CLAIM_FIELDS:
            out.append((f"claims.{i}.{name}", label, kind))
        for j, _ in enumerate(claim.service_lines):
            for name, label, kind in LINE_FIELDS:
                out.append((f"claims.{i}.service_lines.{j}.{name}", f"Line {j + 1}: {label}", kind))
    return out


# --------------------------------------------------------------------------
# What waits between the upload and the letters


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


# --------------------------------------------------------------------------
# Crops: where on the page each value was read


def render_crops(source: Path, result: ParseResult, folder: Path) -> dict[str, str]:
    """A small PNG of the page around each reviewed value that has a page and a box;
    ``{path: file name}``. A notice that cannot be rendered simply gets no crops."""
    wanted = [
        (path, ev)
        for path, _, _ in review_paths(result)
        if (ev := result.evidence.get(path)) is not None and ev.page and ev.bbox
    ][:MAX_CROPS]
    if not wanted:
        return {}
    try:
        pages = _page_images(source, {ev.page for _, ev in wanted if ev.page})
    except Exception as e:  # noqa: BLE001 - crops are a help; the form works without them
        log.info("no crops (%s)", type(e).__name__)
        return {}
    out: dict[str, str] = {}
    for n, (path, ev) in enumerate(wanted):
        page = pages.get(ev.page or 0)
        if page is None or not ev.bbox:
            continue
        image, scale = page
        x0, top, x1, bottom = ev.bbox
        box = (
            max(0, int((x0 - CROP_MARGIN_LEFT_PT) * scale)),
            max(0, int((top - CROP_MARGIN_PT) * scale)),
            min(image.width, int((x1 + 4 * CROP_MARGIN_PT) * scale)),
            min(image.height, int((bottom + CROP_MARGIN_PT) * scale)),
        )
        if box[2] <= box[0] or box[3] <= box[1]:
            continue
        crop = image.crop(box)
        if crop.width > CROP_MAX_WIDTH_PX:
            ratio = CROP_MAX_WIDTH_PX / crop.width
            crop = crop.resize((CROP_MAX_WIDTH_PX, max(1, int(crop.height * ratio))))
        name = f"crop-{n}.png"
        crop.save(folder / name, format="PNG")
        out[path] = name
    return out


def _page_images(source: Path, numbers: set[int]) -> dict[int, tuple[Any, float]]:
    """{page number: (PIL image, pixels per PDF point)} for the pages asked for."""
    from PIL import Image

    with source.open("rb") as f:
        is_pdf = f.read(5) == b"%PDF-"
    out: dict[int, tuple[Any, float]] = {}
    if is_pdf:
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(source))
        try:
            for number in sorted(numbers):
                if 1 <= number <= len(pdf):
                    page = pdf[number - 1]
                    out[number] = (
                        page.render(scale=CROP_SCALE).to_pil().convert("RGB"),
                        CROP_SCALE,
                    )
        finally:
            pdf.close()
        return out
    with Image.open(source) as img:
        img.load()
        image = img.convert("RGB")
        dpi = float((img.info.get("dpi") or (0, 0))[0] or 0)
    # as the OCR reader measures a photo: its recorded resolution when that makes a
    # page-sized sheet, else its width taken as a letter-size page (8.5 inches)
    if not dpi or not 5.5 <= image.width / dpi <= 14.5:
        dpi = image.width / 8.5
    if 1 in numbers:
        out[1] = (image, dpi / 72.0)
    return out


# --------------------------------------------------------------------------
# The form


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _input_value(result: ParseResult, path: str) -> str:
    value = get_value(result, path)
    if path.endswith(".denied"):
        return "yes" if value else "no"
    if value is None:
        return ""
    return shown(value) if not isinstance(value, str) else value


def _field_id(path: str) -> str:
    return "f-" + path.replace(".", "-")


def _control(result: ParseResult, path: str, kind: str, fid: str, hint_id: str) -> str:
    value = _input_value(result, path)
    attrs = f'id="{fid}" name="{_e(path)}" aria-describedby="{hint_id}"'
    if kind == "funding":
        opts = "".join(
            f'<option value="{k}"{" selected" if k == value else ""}>{_e(FUNDING_WORDS.get(k, k))}</option>'
            for k in FUNDING_KINDS
        )
        return f"<select {attrs}>{opts}</select>"
    if kind == "denied":
        opts = "".join(
            f'<option value="{k}"{" selected" if k == value else ""}>{w}</option>'
            for k, w in (("yes", "Yes, denied or charged to me"), ("no", "No, it was paid"))
        )
        return f"<select {attrs}>{opts}</select>"
    if kind == "category":
        cats = categories()
        current = value if value in cats else ""
        opts = '<option value="">Choose the reason</option>' if not current else ""
        opts += "".join(
            f'<option value="{k}"{" selected" if k == current else ""}>{_e(c.choice)}</option>'
            for k, c in cats.items()
        )
        return f"<select {attrs}>{opts}</select>"
    typ = "date" if kind == "date" else "text"
    extra = ' inputmode="decimal"' if kind == "money" else ""
    return f'<input type="{typ}" {attrs} value="{_e(value)}" maxlength="300"{extra}>'


def render_review(review_id: str, review: Review, token: str) -> str:
    """The review form, as the page's ``#result`` section."""
    r = review.result
    out: list[str] = [
        '<section id="result" class="result review" aria-labelledby="result-title">',
        '<h2 id="result-title" tabindex="-1">Check what we read</h2>',
        f'<p class="lead">We read <strong>{_e(review.display_name)}</strong>. These are the '
        "facts your letters will state. Compare them with your notice and fix anything "
        'wrong. Facts marked <span class="unsure-tag">check this</span> are ones we are '
        "not sure of: correct them, or tick <em>This is right</em>; otherwise the letters "
        "leave a highlighted blank for you to fill in.</p>",
    ]
    question = corrections.denied_question(r)
    if question:
        out.append(f'<div class="callout" role="note"><p>{_e(question)}</p></div>')
    out.append(
        f'<form id="review-form" class="review-form" action="/review/{_e(review_id)}" '
        'method="post">'
        f'<input type="hidden" name="token" value="{_e(token)}">'
    )
    groups: list[tuple[str, list[tuple[str, str, str]]]] = [("About you and your plan", [])]
    for path, label, kind in review_paths(r):
        if path.startswith("claims."):
            i = int(path.split(".")[1])
            title = f"Claim {i + 1}"
            if not groups or groups[-1][0] != title:
                groups.append((title, []))
        groups[-1][1].append((path, label, kind))
    for title, fields in groups:
        out.append(f'<fieldset class="facts"><legend>{_e(title)}</legend>')
        for path, label, kind in fields:
            out.append(_fact(review_id, review, path, label, kind))
        out.append("</fieldset>")
    out.append(
        '<p class="check"><input type="checkbox" id="remember_layout" '
        f'name="{REMEMBER_FIELD}" value="yes" aria-describedby="remember-hint">'
        '<label for="remember_layout">Remember this layout</label></p>'
        '<p class="hint" id="remember-hint">Next time a notice from this insurer looks like '
        "this one, appealgen reads it the way you corrected it. Kept on this computer only.</p>"
        '<p class="actions"><button type="submit" id="make-letters" class="button">'
        "Make my letters</button></p></form></section>"
    )
    return "\n".join(out)


def _fact(review_id: str, review: Review, path: str, label: str, kind: str) -> str:
    r = review.result
    fid = _field_id(path)
    hint_id = fid + "-hint"
    value = get_value(r, path)
    present = value not in (None, "", []) and not (kind == "funding" and value == "unknown")
    unsure = present and not is_sure(r, path)
    ev = r.evidence.get(path)
    classes = "fact" + (" unsure" if unsure else "")
    bits = [f'<div class="{classes}" data-path="{_e(path)}">']
    tag = ' <span class="unsure-tag">check this</span>' if unsure else ""
    bits.append(f'<label for="{fid}">{_e(label)}{tag}</label>')
    bits.append(_control(r, path, kind, fid, hint_id))
    notes: list[str] = []
    if ev is not None and ev.source in ("profile", "person"):
        notes.append("from your profile" if ev.source == "profile" else "your correction")
    elif not present and path in r.not_printed:
        notes.append("not printed on the notice")
    elif not present:
        notes.append("not found on the notice")
    if unsure and ev is not None and ev.reason:
        notes.append(f"not sure: {ev.reason}")
    elif unsure:
        notes.append("not sure")
    if kind == "category":
        claim = r.claims[int(path.split(".")[1])]
        words = claim.denial.reason_text if claim.denial else None
        if words:
            notes.append(f"the notice says: \u201c{words}\u201d")
    bits.append(f'<span class="hint" id="{hint_id}">{_e("; ".join(notes))}</span>')
    crop = review.crops.get(path)
    if crop:
        page = f" (page {ev.page})" if ev and ev.page else ""
        bits.append(
            f'<img class="crop" src="/crop/{_e(review_id)}/{_e(crop)}" '
            f'alt="Where the notice shows it{_e(page)}" loading="lazy">'
        )
    if unsure:
        ok = OK_PREFIX + path
        bits.append(
            f'<span class="ok"><input type="checkbox" id="{fid}-ok" name="{_e(ok)}" value="yes">'
            f'<label for="{fid}-ok">This is right</label></span>'
        )
    bits.append("</div>")
    return "".join(bits)


# --------------------------------------------------------------------------
# The answer: the parent's corrections


def corrections_from_form(result: ParseResult, form: Any) -> list[tuple[str, str]]:
    """``PATH=VALUE`` pairs for what the parent changed or ticked as right.

    A value that differs from what was read is the parent's; an unsure value left alone
    stays unsure unless its "This is right" box is ticked. Values outside a path's
    vocabulary raise InputError (one line) from ``corrections.apply``.
    """
    pairs: list[tuple[str, str]] = []
    for path, _, kind in review_paths(result):
        raw = form.get(path)
        if not isinstance(raw, str):
            continue
        raw = raw.strip()
        before = _input_value(result, path)
        if kind == "denied":
            raw = "true" if raw == "yes" else "false"
            before = "true" if before == "yes" else "false"
        if kind == "category" and raw == "" and before == "":
            continue
        if raw != before or form.get(OK_PREFIX + path) == "yes":
            pairs.append((path, raw))
    return pairs


def _write_back(case_dir: Path, outdir: Path) -> None:
    """Put a finished case folder in ``outdir`` in place of the one there (atomically)."""
    import os
    import tempfile

    final = outdir / case_dir.name
    staged = Path(tempfile.mkdtemp(prefix=f".{case_dir.name}.tmp-", dir=outdir))
    shutil.copytree(case_dir, staged / case_dir.name)
    old = None
    if final.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{case_dir.name}.old-", dir=outdir))
        os.replace(final, old / case_dir.name)
    os.replace(staged / case_dir.name, final)
    shutil.rmtree(staged, ignore_errors=True)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def is_crop_name(name: str) -> bool:
    return bool(_CROP_NAME.fullmatch(name))


# --------------------------------------------------------------------------
# The routes (registered by app.create_app)


def remember_layout(source: Path, corrected: ParseResult) -> str | None:
    """Send the reviewed parse document to the layout learner; a note for the page when
    it cannot."""
    from .. import api

    learn = getattr(api, "learn_layout", None)
    if learn is None:
        return "This version of appealgen cannot remember layouts yet; your letters are made."
    try:
        learn(source, corrected.to_dict())
    except Exception as e:  # noqa: BLE001 - learning is a help; the letters still come
        log.info("layout not learned (%s)", type(e).__name__)
        return "appealgen could not remember this layout; your letters are made."
    return None


async def start(web: Any, upload: Any, profile: Any) -> Any:
    """After the upload: read the notice (in a bounded child), render the crops, and answer
    with the review form. The upload stays in its private folder until the letters."""
    import anyio

    from . import app as web_app

    display = web_app.display_name_of(upload)
    folder = web.jobs.new_folder()
    source = folder / web_app.stored_name_of(upload)
    started = time.perf_counter()
    try:
        await upload.seek(0)
        with source.open("wb") as out:
            while chunk := await upload.read(1024 * 1024):
                out.write(chunk)
        result = await anyio.to_thread.run_sync(web.runner.read, source, limiter=web.limiter)
        crops = await anyio.to_thread.run_sync(render_crops, source, result, folder)
    except web_app.AppealgenError as e:
        message = web_app.user_message(e, display, folder)
        shutil.rmtree(folder, ignore_errors=True)
        log.info("upload refused (%s) in %.1f s", type(e).__name__, time.perf_counter() - started)
        return web.page(web_app.render_error(message), status=400)
    except Exception as e:  # noqa: BLE001 - the page must answer; the kind is enough to debug
        shutil.rmtree(folder, ignore_errors=True)
        log.warning(
            "internal error %s after %.1f s", type(e).__name__, time.perf_counter() - started
        )
        return web.page(web_app.render_error(web_app.GENERIC_FAILURE), status=500)
    review = Review(folder, source, display, result, profile, time.monotonic(), crops)
    review_id = web.reviews.add(review)
    log.info("notice read in %.1f s (%d crops)", time.perf_counter() - started, len(crops))
    return web.page(render_review(review_id, review, web.token))


def review_page(web: Any, review_id: str) -> str:
    """The review form of a stored review ("" when it is gone)."""
    review = web.reviews.get(review_id)
    return render_review(review_id, review, web.token) if review is not None else ""


def _notice_candidates(case_dir: Path, recorded: str) -> list[Path]:
    """Where the notice of a batch case may be: the batch's input folder (its
    ``summary.json``) joined with the file it lists for this case, then the recorded name."""
    import json

    out: list[Path] = []
    try:
        summary = json.loads((case_dir.parent / "summary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        summary = {}
    indir = summary.get("indir") if isinstance(summary, dict) else None
    for row in (summary.get("rows") or []) if isinstance(summary, dict) else []:
        if isinstance(row, dict) and Path(str(row.get("case_dir") or "")).name == case_dir.name:
            if indir and row.get("file"):
                out.append(Path(indir) / str(row["file"]))
    if recorded:
        out.append(Path(recorded))
    return out


def open_case(web: Any, case_dir: Path, profile: Any, notice: Path | None = None) -> str:
    """Store the review of a case folder a batch wrote (``case.json``, edited or not);
    its notice (``notice``, or where the batch read it) gives the crops."""
    import hashlib

    from ..api import read_case
    from ..errors import InputError

    case_json = case_dir / "case.json"
    if not case_json.is_file():
        raise InputError(f"{case_dir}: not a case folder (no case.json); give OUTDIR/<case-id>")
    result = read_case(case_json)
    folder = web.jobs.new_folder()
    source: Path | None = None
    candidates = [notice] if notice else _notice_candidates(case_dir, result.source.file)
    for path in candidates:
        if path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == result.source.sha256:
            source = folder / ("notice" + path.suffix.lower())
            shutil.copyfile(path, source)
            break
    crops = render_crops(source, result, folder) if source is not None else {}
    review = Review(
        folder,
        source,
        case_dir.name,
        result,
        profile,
        time.monotonic(),
        crops,
        write_back=case_dir.parent,
        keep=True,
    )
    return web.reviews.add(review)


async def finish(request: Any) -> Any:
    """POST /review/{review_id}: the parent's corrections -> the letters -> the download."""
    import anyio

    from . import app as web_app

    web = request.app.state.web
    web.jobs.sweep()
    web.reviews.sweep()
    if request.headers.get("sec-fetch-site") == "cross-site":
        return web_app._forbidden(web)
    try:
        form = await request.form(
            max_files=0, max_fields=MAX_REVIEW_FIELDS, max_part_size=web_app.MAX_FIELD_CHARS * 8
        )
    except web_app._TooLarge:
        return web.too_large()
    except web_app.HTTPException:
        return web.page(
            web_app.render_error("the form could not be read; reload the page and try again"),
            status=400,
        )
    token = form.get("token")
    if not isinstance(token, str) or not secrets.compare_digest(token.encode(), web.token.encode()):
        return web_app._forbidden(web)
    review_id = request.path_params["review_id"]
    review = web.reviews.get(review_id)
    if review is None:
        return web.page(
            web_app.render_error(
                "this check has expired (the notice is deleted after "
                f"{int(web.reviews.ttl // 60)} minutes); choose the notice again below",
                "Please upload the notice again",
            ),
            status=410,
        )
    try:
        pairs = corrections_from_form(review.result, form)
        corrected = corrections.apply(review.result, pairs)
    except web_app.AppealgenError as e:
        page = render_review(review_id, review, web.token).replace(
            '<form id="review-form"',
            f'<div class="callout error" role="alert"><p class="error-line">{_e(e.one_line())}'
            '</p></div><form id="review-form"',
            1,
        )
        return web.page(page, status=400)
    remember = form.get(REMEMBER_FIELD) == "yes" and review.source is not None
    note = remember_layout(review.source, corrected) if remember else None  # type: ignore[arg-type]
    if not review.keep:
        web.reviews.pop(review_id)
    source = review.source
    # an opened case stays for another round: its letters go to a folder of their own
    folder = web.jobs.new_folder() if review.keep else review.folder
    started = time.perf_counter()
    try:
        case, written = await anyio.to_thread.run_sync(
            web.runner.write, corrected, folder, review.profile, source
        )
        if review.write_back is not None:
            await anyio.to_thread.run_sync(_write_back, written.case_dir, review.write_back)
            written.warnings.append(
                f"The letters in {review.write_back / written.case_id} were replaced."
            )
        zip_path = folder / "letters.zip"
        await anyio.to_thread.run_sync(web_app.write_zip, case, written, zip_path)
    except web_app.AppealgenError as e:
        message = web_app.user_message(e, review.display_name, folder)
        shutil.rmtree(folder, ignore_errors=True)
        return web.page(web_app.render_error(message), status=400)
    except Exception as e:  # noqa: BLE001 - the page must answer; the kind is enough to debug
        shutil.rmtree(folder, ignore_errors=True)
        log.warning(
            "internal error %s after %.1f s", type(e).__name__, time.perf_counter() - started
        )
        return web.page(web_app.render_error(web_app.GENERIC_FAILURE), status=500)
    # only the zip stays: the upload, the crops and the loose letters go now
    shutil.rmtree(folder / "letters", ignore_errors=True)
    if not review.keep:
        if source is not None:
            source.unlink(missing_ok=True)
        for crop in review.crops.values():
            (folder / crop).unlink(missing_ok=True)
    job_id = web.jobs.add(folder, zip_path, f"appeal-letters-{written.case_id}.zip")
    log.info(
        "letters written in %.1f s (%d files, %d corrections)",
        time.perf_counter() - started,
        len(written.files),
        len(pairs),
    )
    outcome = web_app.Outcome(review.display_name, case, written, job_id)
    if note:
        outcome.written.warnings.append(note)
    return web.page(web_app.render_result(outcome, int(web.jobs.ttl // 60)))


async def crop(request: Any) -> Any:
    """GET /crop/{review_id}/{name}: one crop, from the review's private folder only."""
    from starlette.responses import FileResponse, Response

    web = request.app.state.web
    review = web.reviews.get(request.path_params["review_id"])
    name = request.path_params["name"]
    if review is None or not is_crop_name(name) or name not in review.crops.values():
        return Response(status_code=404)
    return FileResponse(review.folder / name, media_type="image/png")
