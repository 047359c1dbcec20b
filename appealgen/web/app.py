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
import logging
import os
import secrets
import socket
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import isolate
from ..errors import AppealgenError
from ..write.profile import Profile
from . import cases
from .guards import (
    CSP,
    MAX_FIELD_CHARS,
    SECURITY_HEADERS,
    BodyLimit,
    SecurityHeaders,
    TooLarge,
    posted_form,
)
from .guards import forbidden as _forbidden
from .jobs import READS_AT_ONCE, RESULT_TTL_SECONDS, Jobs, JobStore, Sending, reaches_end
from .result_page import Outcome, render_error, render_result
from .review import crop as review_crop
from .review import finish as review_finish
from .review import open_case, review_page
from .review import start as review_start
from .review_store import ReviewStore
from .uploads import (
    FORM_FIELDS,
    GENERIC_FAILURE,
    NO_IN_NETWORK_FIELD,
    display_name_of,
    profile_from_form,
    stored_name_of,
    user_message,
    write_zip,
)

# The result page, the guards and the upload's helpers live in their own modules;
# these names stay importable from here for the code and tests written against them.
__all__ = [
    "CSP",
    "DEFAULT_PORT",
    "FORM_FIELDS",
    "GENERIC_FAILURE",
    "HOST",
    "MAX_FIELD_CHARS",
    "MAX_UPLOAD_BYTES",
    "NO_IN_NETWORK_FIELD",
    "SECURITY_HEADERS",
    "BodyLimit",
    "Outcome",
    "SecurityHeaders",
    "WebState",
    "TooLarge",
    "_forbidden",
    "bind",
    "create_app",
    "display_name_of",
    "profile_from_form",
    "render_error",
    "render_result",
    "serve",
    "stored_name_of",
    "user_message",
    "write_zip",
]

log = logging.getLogger(__name__)

DEFAULT_PORT = 8765
HOST = "127.0.0.1"
LOCAL_HOST_NAMES = ["127.0.0.1", "localhost"]
MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # a 20-page phone-photo PDF fits; a video does not
MAX_FORM_FIELDS = 20
SWEEP_INTERVAL_SECONDS = 60
# uploads worked on at once: each read runs in a bounded child (web/jobs.py), and
# deciding and writing take turns there, so a stuck upload cannot block the next
JOBS_AT_ONCE = READS_AT_ONCE
STARTUP_WAIT_SECONDS = 30

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
    form = await posted_form(request, web, max_files=1, max_fields=MAX_FORM_FIELDS)
    if isinstance(form, Response):
        return form
    try:
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
    last = request.method == "GET" and reaches_end(request.headers, stat_result.st_size)
    return Sending(response, web.jobs, job_id, job, last)


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
