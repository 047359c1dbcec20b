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

The routes live here; the form is built by ``review_form``, the crops by ``crops``,
and uploads wait for their review in ``review_store``.
"""

from __future__ import annotations

import logging
import shutil
import time
from pathlib import Path
from typing import Any

from starlette.responses import FileResponse, Response

from .. import corrections
from ..errors import AppealgenError
from ..models import ParseResult
from .crops import is_crop_name, render_crops
from .guards import posted_form
from .result_page import Outcome, esc, render_error, render_result
from .review_form import MAX_REVIEW_FIELDS, REMEMBER_FIELD, corrections_from_form, render_review
from .review_store import Review
from .uploads import GENERIC_FAILURE, display_name_of, stored_name_of, user_message, write_zip

log = logging.getLogger(__name__)


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

    display = display_name_of(upload)
    folder = web.jobs.new_folder()
    source = folder / stored_name_of(upload)
    started = time.perf_counter()
    try:
        await upload.seek(0)
        with source.open("wb") as out:
            while chunk := await upload.read(1024 * 1024):
                out.write(chunk)
        result = await anyio.to_thread.run_sync(web.runner.read, source, limiter=web.limiter)
        crops = await anyio.to_thread.run_sync(render_crops, source, result, folder)
    except Exception as e:  # noqa: BLE001 - the page must answer; the kind is enough to debug
        return _failed(web, e, display, folder, started)
    review = Review(folder, source, display, result, profile, time.monotonic(), crops)
    review_id = web.reviews.add(review)
    log.info("notice read in %.1f s (%d crops)", time.perf_counter() - started, len(crops))
    return web.page(render_review(review_id, review, web.token))


def _failed(web: Any, error: Exception, display_name: str, folder: Path, started: float) -> Any:
    """The page for an upload whose reading or writing failed; its folder is deleted.
    The library's errors are its one line; anything else is a generic line and a log
    of its kind (never its text, which may hold the notice's words)."""
    took = time.perf_counter() - started
    if isinstance(error, AppealgenError):
        message = user_message(error, display_name, folder)
        shutil.rmtree(folder, ignore_errors=True)
        log.info("upload refused (%s) in %.1f s", type(error).__name__, took)
        return web.page(render_error(message), status=400)
    shutil.rmtree(folder, ignore_errors=True)
    log.warning("internal error %s after %.1f s", type(error).__name__, took)
    return web.page(render_error(GENERIC_FAILURE), status=500)


def review_page(web: Any, review_id: str) -> str:
    """The review form of a stored review ("" when it is gone)."""
    review = web.reviews.get(review_id)
    return render_review(review_id, review, web.token) if review is not None else ""


def _batch_files(case_dir: Path) -> tuple[str | None, list[str]]:
    """The batch's input folder and the input files its work list (``summary.json``)
    lists for this case (none when the folder holds no work list)."""
    import json

    try:
        summary = json.loads((case_dir.parent / "summary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None, []
    if not isinstance(summary, dict):
        return None, []
    files = [
        str(row["file"])
        for row in summary.get("rows") or []
        if isinstance(row, dict)
        and Path(str(row.get("case_dir") or "")).name == case_dir.name
        and row.get("file")
    ]
    indir = summary.get("indir")
    return (str(indir) if indir else None), files


def _notice_candidates(case_dir: Path, recorded: str) -> list[Path]:
    """Where the notice of a batch case may be: the batch's input folder (its
    ``summary.json``) joined with the file it lists for this case, then the recorded name."""
    indir, files = _batch_files(case_dir)
    out = [Path(indir) / f for f in files] if indir else []
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
    files = _batch_files(case_dir)[1]
    review = Review(
        folder,
        source,
        files[0] if files else case_dir.name,  # the notice's name, as the work list says
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

    web = request.app.state.web
    web.jobs.sweep()
    web.reviews.sweep()
    form = await posted_form(request, web, max_files=0, max_fields=MAX_REVIEW_FIELDS)
    if isinstance(form, Response):
        return form
    review_id = request.path_params["review_id"]
    review = web.reviews.get(review_id)
    if review is None:
        return web.page(
            render_error(
                "this check has expired (the notice is deleted after "
                f"{int(web.reviews.ttl // 60)} minutes); choose the notice again below",
                "Please upload the notice again",
            ),
            status=410,
        )
    try:
        pairs = corrections_from_form(review.result, form)
        corrected = corrections.apply(review.result, pairs)
    except AppealgenError as e:
        page = render_review(review_id, review, web.token).replace(
            '<form id="review-form"',
            f'<div class="callout error" role="alert"><p class="error-line">{esc(e.one_line())}'
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
            # the work list shows the case as corrected (its review column empties)
            from ..batch.worklist import refresh_summary

            await anyio.to_thread.run_sync(refresh_summary, review.write_back, written.case_id)
            written.warnings.append(
                f"The letters in {review.write_back / written.case_id} were replaced."
            )
        zip_path = folder / "letters.zip"
        await anyio.to_thread.run_sync(write_zip, case, written, zip_path)
    except Exception as e:  # noqa: BLE001 - the page must answer; the kind is enough to debug
        return _failed(web, e, review.display_name, folder, started)
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
    outcome = Outcome(review.display_name, case, written, job_id)
    if note:
        outcome.written.warnings.append(note)
    return web.page(render_result(outcome, int(web.jobs.ttl // 60)))


async def crop(request: Any) -> Any:
    """GET /crop/{review_id}/{name}: one crop, from the review's private folder only."""
    web = request.app.state.web
    review = web.reviews.get(request.path_params["review_id"])
    name = request.path_params["name"]
    if review is None or not is_crop_name(name) or name not in review.crops.values():
        return Response(status_code=404)
    return FileResponse(review.folder / name, media_type="image/png")
