"""The web page's server: one upload in; the denial in plain words and a zip of the letters out.

Runs on 127.0.0.1 only. Every answer is built from the same library calls as the CLI
(parse_file -> decide -> generate). Each upload gets a private temporary folder that is
deleted after its zip is downloaded, after RESULT_TTL_SECONDS, and on shutdown. A
per-process token in the page keeps other sites from posting to it, and the Host check
keeps a rebound domain name from reading it. Logs hold timings and error kinds only.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import os
import re
import secrets
import socket
import sys
import threading
import time
import zipfile
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.datastructures import FormData, Headers, UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import isolate
from ..corrections import denied_question
from ..decide.explain import format_explain
from ..errors import AppealgenError
from ..knowledge import categories
from ..letters import BY_KIND
from ..models import Case
from ..write.profile import Profile, profile_from_dict
from ..write.render import GenerateResult
from . import cases
from .jobs import READS_AT_ONCE, RESULT_TTL_SECONDS, Jobs, JobStore, _reaches_end, _Sending
from .review import crop as review_crop
from .review import finish as review_finish
from .review import open_case, review_page
from .review import start as review_start
from .review_store import ReviewStore

log = logging.getLogger(__name__)

DEFAULT_PORT = 8765
HOST = "127.0.0.1"
LOCAL_HOST_NAMES = ["127.0.0.1", "localhost"]
MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # a 20-page phone-photo PDF fits; a video does not
MAX_FIELD_CHARS = 300  # one form value (the address may have a few lines)
MAX_FORM_FIELDS = 20
SWEEP_INTERVAL_SECONDS = 60
# uploads worked on at once: each read runs in a bounded child (web/jobs.py), and
# deciding and writing take turns there, so a stuck upload cannot block the next
JOBS_AT_ONCE = READS_AT_ONCE
STARTUP_WAIT_SECONDS = 30

CSP = (
    "default-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'; object-src 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]

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


class _TooLarge(Exception):
    """The request body passed MAX_UPLOAD_BYTES while it was being read."""


# --------------------------------------------------------------------------
# The work: upload -> letters -> zip (runs in a worker thread)


@dataclass
class Outcome:
    display_name: str
    case: Case
    written: GenerateResult
    job_id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


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


# --------------------------------------------------------------------------
# HTML (escaped here; the page template lives in static/index.html)


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _day(d: date | None) -> str:
    return d.strftime("%B %-d, %Y") if d else "not known"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _list(items: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<ul{attr}>" + "".join(f"<li>{_e(i)}</li>" for i in items) + "</ul>"


def render_result(outcome: Outcome, ttl_minutes: int) -> str:
    """The answer: the download, the deadline, what was denied and why, the letters and
    where each goes, what to fill in and enclose, and who oversees the plan."""
    case, written = outcome.case, outcome.written
    r, d = case.parse, case.decision
    descriptions = {k: v.description for k, v in categories().items()}
    out: list[str] = []
    out.append('<section id="result" class="result" aria-labelledby="result-title">')
    out.append('<h2 id="result-title" tabindex="-1">Your letters are ready</h2>')
    payer = r.payer.name or "your plan"
    denied = r.denied_claims
    notice = f", dated {_day(r.notice_date)}" if r.notice_date else ""
    out.append(
        f'<p class="lead">We read <strong>{_e(outcome.display_name)}</strong>, a notice from '
        f"{_e(payer)}{_e(notice)}: {_e(len(denied))} of {_e(_plural(len(r.claims), 'claim'))} "
        "denied or charged to you.</p>"
    )
    out.append(
        '<div class="download"><a class="button" id="download" '
        f'href="/download/{_e(outcome.job_id)}">Download your letters (.zip)</a>'
        '<p class="hint">Word files you can edit, the case file, and these notes. '
        "The download works once: afterwards, or after "
        f"{_e(ttl_minutes)} minutes, the letters are deleted from this computer's "
        "temporary folder.</p></div>"
    )
    if d.warnings:
        out.append('<div class="callout"><h3>Read this first</h3>')
        out.append(_list(d.warnings))
        out.append("</div>")

    dl = d.deadlines
    out.append('<h3>Your deadline</h3><div class="deadline">')
    kinds = {doc.kind for doc in d.documents}
    if "appeal" not in kinds and "corrected_claim_request" in kinds:
        # only a billing defect: the provider corrects the claim, no appeal is written
        out.append(
            '<p class="date">Send the corrected-claim request to your provider\'s billing '
            "office now: the provider corrects the claim and sends it again, which settles a "
            "billing error faster than an appeal.</p>"
        )
        if dl.internal_appeal:
            out.append(
                "<p>If the plan denies the corrected claim, the deadline to appeal this notice "
                f"is <strong>{_e(_day(dl.internal_appeal))}</strong>.</p>"
            )
    elif dl.internal_appeal and "internal_appeal" in d.overdue:
        # a passed deadline is said first, and what to do about it
        out.append(
            '<p class="date">The deadline to appeal was '
            f"<strong>{_e(_day(dl.internal_appeal))}</strong> and it has passed: send the "
            "appeal now. It asks the plan to accept it late for good cause.</p>"
        )
    elif dl.internal_appeal:
        out.append(
            f'<p class="date">Send the appeal by <strong>{_e(_day(dl.internal_appeal))}</strong></p>'
        )
    else:
        out.append('<p class="date">Send the appeal as soon as you can.</p>')
    if dl.reasons.get("internal_appeal"):
        out.append(f'<p class="why">{_e(dl.reasons["internal_appeal"])}</p>')
    if dl.external_review:
        out.append(f"<p>External review: by {_e(_day(dl.external_review))}.</p>")
    if d.funding == "medicaid" and dl.fair_hearing:
        out.append(f"<p>Medicaid fair hearing: by {_e(_day(dl.fair_hearing))}.</p>")
    out.append("</div>")

    out.append("<h3>What was denied, and why</h3>")
    for c in denied:
        dates = sorted({ln.date_of_service for ln in c.service_lines if ln.date_of_service})
        head = [f"Claim {c.claim_number}" if c.claim_number else "A claim"]
        if dates:
            days = [_day(x) for x in dates]
            head.append(
                ("visit on " if len(days) == 1 else "visits on ")
                + (", ".join(days[:-1]) + " and " + days[-1] if len(days) > 1 else days[0])
            )
        owed = c.totals.patient_responsibility
        billed = f" — you are billed <strong>${_e(owed)}</strong>" if owed is not None else ""
        out.append(f'<div class="claim"><p class="claim-head">{_e(" — ".join(head))}{billed}</p>')
        if c.denial:
            cats = c.denial.categories or []
            primary = c.denial.primary_category or (cats[0] if cats else None)
            if primary:
                words = primary.replace("_", " ")
                out.append(
                    f'<p><strong>Reason:</strong> <span class="category">{_e(words)}</span>. '
                    f"{_e(descriptions.get(primary, ''))}</p>"
                )
                others = [x.replace("_", " ") for x in cats if x != primary]
                if others:
                    out.append(f'<p class="why">Also: {_e(", ".join(others))}.</p>')
            else:
                out.append(
                    "<p><strong>Reason:</strong> not recognised; the appeal asks the plan "
                    "to explain it.</p>"
                )
            if c.denial.reason_text:
                out.append(
                    f'<blockquote class="quote">The notice says: \u201c{_e(c.denial.reason_text)}'
                    "\u201d</blockquote>"
                )
        out.append("</div>")
    question = denied_question(r)
    if question:  # never "nothing was denied" on a guess: ask
        out.append(f'<p class="callout">{_e(question)}</p>')
    elif not denied:
        out.append("<p>Nothing on this notice was denied.</p>")

    plans = {doc.file: doc for doc in d.documents}
    letters = [p for p in written.files if p.suffix == ".docx"]
    out.append("<h3>Your letters, and who to send them to</h3>")
    out.append('<ol class="letters">')
    for path in letters:
        kind = path.stem
        doc = plans.get(path.name)
        entry = BY_KIND.get(kind)
        title = entry.title if entry else kind.replace("_", " ")
        recipient = (doc.recipient if doc else None) or (entry.addressed_to if entry else None)
        reason = (doc.reason if doc else "") or (entry.description if entry else "")
        out.append(
            f'<li><p class="letter-title"><strong>{_e(title)}</strong> '
            f'<span class="file">{_e(path.name)}</span></p>'
        )
        if recipient:
            verb = "Call" if kind == "call_script" else "Send to"
            out.append(f'<p class="to">{verb}: {_e(recipient)}</p>')
        if reason:
            out.append(f'<p class="why">{_e(reason)}</p>')
        out.append("</li>")
    out.append("</ol>")

    if written.check:
        out.append('<h3 id="check-first">Check before sending</h3>')
        out.append(
            "<p>We were not sure of these, so the letters leave them as highlighted blanks "
            "like <mark>[your member ID]</mark>. Check them on your notice and type them in "
            "Word, or upload the notice again and correct them in the form.</p>"
        )
        out.append(_list([c.line() for c in written.check], "missing check"))
    if written.missing:
        out.append("<h3>Fill in before sending</h3>")
        out.append(
            "<p>These are highlighted in the letters, like <mark>[your phone number]</mark>. "
            "Type them in Word, or add them to the form below and make the letters again.</p>"
        )
        out.append(_list(written.missing, "missing"))
    if written.enclosures:
        out.append("<h3>Put in the envelope with the appeal</h3>")
        out.append(_list(written.enclosures, "checklist"))
    for note in written.warnings:
        out.append(f'<p class="why">Note: {_e(note)}</p>')

    v = d.venue
    if v.name:
        out.append("<h3>Who oversees your plan</h3>")
        line = f"<p><strong>{_e(v.name)}</strong>"
        if v.phone:
            line += f" · {_e(v.phone)}"
        if v.url:
            line += (
                f' · <a href="{_e(v.url)}" rel="noopener noreferrer" target="_blank">'
                "their complaint page</a>"
            )
        out.append(line + "</p>")
        if v.guidance:
            out.append(f'<p class="why">{_e(v.guidance)}</p>')
    out.append('<p class="legal">This explains your options; it is not legal advice.</p>')
    out.append("</section>")
    return "\n".join(out)


def render_error(message: str, title: str = "We could not make letters from this file") -> str:
    return (
        '<section id="result" class="result result-error" role="alert" '
        'aria-labelledby="result-title">'
        f'<h2 id="result-title" tabindex="-1">{_e(title)}</h2>'
        f'<p class="error-line">{_e(message)}</p>'
        "</section>"
    )


# --------------------------------------------------------------------------
# Middleware (plain ASGI, so they wrap every answer including errors)


class SecurityHeaders:
    """CSP and friends on every response; no-store on the pages and downloads."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = scope.get("path", "").startswith("/static/")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += SECURITY_HEADERS
                if not static:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


class BodyLimit:
    """Refuse a POST body over ``limit`` bytes: at once when Content-Length says so, else
    by raising ``_TooLarge`` from ``receive`` (the endpoint answers 413)."""

    def __init__(self, app: ASGIApp, limit: int, too_large: Callable[[], Response]) -> None:
        self.app = app
        self.limit = limit
        self.too_large = too_large

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        length = Headers(scope=scope).get("content-length", "")
        if length.isdigit() and int(length) > self.limit:
            await self.too_large()(scope, receive, send)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge
            return message

        await self.app(scope, limited, send)


# --------------------------------------------------------------------------
# The app


@dataclass
class WebState:
    token: str
    jobs: JobStore
    page_template: str
    limiter: anyio.CapacityLimiter
    max_bytes: int
    runner: Jobs = field(default_factory=Jobs)
    reviews: ReviewStore = field(default_factory=lambda: ReviewStore(RESULT_TTL_SECONDS))
    opened_case: str = ""  # the review id of the case `appealgen review` opened

    def page(self, result: str = "", status: int = 200) -> HTMLResponse:
        mb = self.max_bytes // (1024 * 1024)
        body = (
            self.page_template.replace("{{token}}", self.token)
            .replace("{{max_bytes}}", str(self.max_bytes))
            .replace("{{max_mb}}", str(mb))
            .replace("{{result}}", result)  # last: the result holds text from the upload
        )
        return HTMLResponse(body, status_code=status)

    def too_large(self) -> HTMLResponse:
        mb = self.max_bytes // (1024 * 1024)
        return self.page(
            render_error(f"the file is larger than {mb} MB; send a smaller scan or photo"),
            status=413,
        )


async def index(request: Request) -> Response:
    web: WebState = request.app.state.web
    if web.opened_case:  # `appealgen review OUTDIR/<case>`: that case's review first
        return web.page(review_page(web, web.opened_case))
    return web.page()


async def favicon(request: Request) -> Response:
    return Response(status_code=204)


async def make(request: Request) -> Response:
    """POST /letters: check the token, read the upload and the form, answer with the page."""
    web: WebState = request.app.state.web
    web.jobs.sweep()
    if request.headers.get("sec-fetch-site") == "cross-site":
        return _forbidden(web)
    try:
        form = await request.form(
            max_files=1, max_fields=MAX_FORM_FIELDS, max_part_size=MAX_FIELD_CHARS * 8
        )
    except _TooLarge:
        return web.too_large()
    except HTTPException:
        return web.page(
            render_error("the form could not be read; reload the page and try again"), status=400
        )
    try:
        token = form.get("token")
        if not isinstance(token, str) or not secrets.compare_digest(
            token.encode(), web.token.encode()
        ):
            return _forbidden(web)
        upload = form.get("file")
        if not isinstance(upload, UploadFile) or not upload.filename:
            return web.page(
                render_error("choose the denial letter or EOB first", "No file was chosen"),
                status=400,
            )
        try:
            profile = profile_from_form(form)
        except AppealgenError as e:
            return web.page(render_error(e.one_line(), "Please check the form"), status=400)
        return await review_start(web, upload, profile)
    finally:
        await form.close()


def _forbidden(web: WebState) -> HTMLResponse:
    return web.page(
        render_error(
            "this page is out of date (appealgen web was restarted); reload it and try again",
            "Please reload the page",
        ),
        status=403,
    )


async def download(request: Request) -> Response:
    """GET /download/{job_id}: the zip. HEAD and partial (Range) requests leave it in
    place, so an interrupted download can be resumed while the folder lives; once its
    last byte has been sent, the folder is deleted and the link is gone."""
    web: WebState = request.app.state.web
    job_id = request.path_params["job_id"]
    job = web.jobs.hold(job_id)
    try:
        stat_result = os.stat(job.zip_path) if job is not None else None
    except OSError:
        stat_result = None
    if job is None or stat_result is None:
        if job is not None:
            web.jobs.release(job)
        return web.page(
            render_error(
                "these letters were already downloaded or have expired; make them again below",
                "This download is no longer here",
            ),
            status=410,
        )
    response = FileResponse(
        job.zip_path,
        media_type="application/zip",
        filename=job.download_name,
        stat_result=stat_result,
    )
    last = request.method == "GET" and _reaches_end(request.headers, stat_result.st_size)
    return _Sending(response, web.jobs, job_id, job, last)


def create_app(
    *,
    max_bytes: int = MAX_UPLOAD_BYTES,
    ttl: float = RESULT_TTL_SECONDS,
    allowed_hosts: list[str] | None = None,
    case_dir: Path | None = None,
    profile: Profile | None = None,
    notice: Path | None = None,
) -> Starlette:
    """The Starlette app: GET / (the page), POST /letters, GET /download/{id}, /static.

    Each call makes a new secret token and a new store of temporary folders
    (``app.state.web``). ``allowed_hosts`` defaults to 127.0.0.1 and localhost.
    """
    page = resources.files("appealgen.web").joinpath("static/index.html").read_text("utf-8")
    web = WebState(
        token=secrets.token_urlsafe(32),
        jobs=JobStore(ttl),
        page_template=page,
        limiter=anyio.CapacityLimiter(JOBS_AT_ONCE),
        max_bytes=max_bytes,
        reviews=ReviewStore(ttl),
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        sweeper = asyncio.create_task(_sweep_forever(web.jobs, web.reviews))
        try:
            yield
        finally:
            sweeper.cancel()
            web.runner.close()
            web.reviews.close()
            web.jobs.close()

    app = Starlette(
        routes=[
            Route("/", index, methods=["GET"]),
            Route("/letters", make, methods=["POST"]),
            Route("/review/{review_id}", review_finish, methods=["POST"]),
            Route("/crop/{review_id}/{name}", review_crop, methods=["GET"]),
            Route("/download/{job_id}", download, methods=["GET"]),
            Route("/favicon.ico", favicon, methods=["GET"]),
            *cases.routes(),
            Mount("/static", StaticFiles(packages=[("appealgen.web", "static")]), name="static"),
        ],
        middleware=[
            Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or LOCAL_HOST_NAMES),
            Middleware(SecurityHeaders),
            Middleware(BodyLimit, limit=max_bytes, too_large=web.too_large),
        ],
        lifespan=lifespan,
    )
    app.state.web = web
    if case_dir is not None:
        web.opened_case = open_case(web, Path(case_dir), profile, notice)
    return app


async def _sweep_forever(jobs: JobStore, reviews: ReviewStore | None = None) -> None:
    while True:
        await asyncio.sleep(SWEEP_INTERVAL_SECONDS)
        jobs.sweep()
        if reviews is not None:
            reviews.sweep()


# --------------------------------------------------------------------------
# Serving


def bind(port: int) -> socket.socket:
    """A socket on 127.0.0.1:port (0 picks a free port); AppealgenError when it is taken."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if sys.platform != "win32":  # elsewhere SO_REUSEADDR would let two servers share a port
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, port))
    except OSError as e:
        sock.close()
        raise AppealgenError(
            f"cannot listen on {HOST}:{port} ({e.strerror or e}); try another --port"
        ) from e
    return sock


def serve(
    port: int = DEFAULT_PORT,
    on_ready: Callable[[str], None] | None = None,
    *,
    case_dir: Path | None = None,
    profile: Profile | None = None,
    notice: Path | None = None,
) -> None:
    """Serve the page on 127.0.0.1 until Ctrl+C; call ``on_ready(url)`` once it answers.

    ``case_dir`` (a case folder a batch wrote) opens the page on that case's review; its
    letters are written back into the case folder."""
    import uvicorn

    sock = bind(port)
    url = f"http://{HOST}:{sock.getsockname()[1]}/"
    config = uvicorn.Config(
        create_app(case_dir=case_dir, profile=profile, notice=notice),
        log_level="warning",
        access_log=False,
        server_header=False,
        timeout_graceful_shutdown=3,
    )
    server = _StoppingServer(uvicorn.Server)(config)
    if on_ready is not None:
        threading.Thread(target=_when_started, args=(server, url, on_ready), daemon=True).start()
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()


def _StoppingServer(base: type) -> type:  # noqa: N802 - a class made from uvicorn's, lazily
    class StoppingServer(base):  # type: ignore[valid-type, misc]
        """Stops at Ctrl+C without waiting for reads still running: they are killed at once."""

        def handle_exit(self, sig: int, frame: Any) -> None:
            super().handle_exit(sig, frame)
            isolate.kill_all()

    return StoppingServer


def _when_started(server: Any, url: str, on_ready: Callable[[str], None]) -> None:
    deadline = time.monotonic() + STARTUP_WAIT_SECONDS
    while not server.started and not server.should_exit and time.monotonic() < deadline:
        time.sleep(0.05)
    if server.started:
        on_ready(url)
