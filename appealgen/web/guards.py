"""The web page's request guards: security headers on every answer, a cap on request
bodies, and the checks that a form was posted by this page and not another site.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

from starlette.datastructures import FormData, Headers
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .result_page import render_error

MAX_FIELD_CHARS = 300  # one form value (the address may have a few lines)

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


class TooLarge(Exception):
    """The request body passed MAX_UPLOAD_BYTES while it was being read."""


def cross_site(request: Request) -> bool:
    """True when the browser says another site sent this request."""
    return request.headers.get("sec-fetch-site") == "cross-site"


def token_matches(form: FormData, token: str) -> bool:
    """True when the form carries this page's per-process token (compared in constant time)."""
    sent = form.get("token")
    return isinstance(sent, str) and secrets.compare_digest(sent.encode(), token.encode())


def forbidden(web: Any) -> Response:
    """The answer to a post from another site, or from a page older than this server."""
    return web.page(
        render_error(
            "this page is out of date (appealgen web was restarted); reload it and try again",
            "Please reload the page",
        ),
        status=403,
    )


async def posted_form(
    request: Request, web: Any, *, max_files: int, max_fields: int
) -> FormData | Response:
    """The form this page posted, or the page that refuses it: another site's post or a
    wrong token (403), a body over the limit (413), a form that cannot be read (400).
    The caller closes the form."""
    if cross_site(request):
        return forbidden(web)
    try:
        form = await request.form(
            max_files=max_files, max_fields=max_fields, max_part_size=MAX_FIELD_CHARS * 8
        )
    except TooLarge:
        return web.too_large()
    except HTTPException:
        return web.page(
            render_error("the form could not be read; reload the page and try again"), status=400
        )
    if not token_matches(form, web.token):
        await form.close()
        return forbidden(web)
    return form


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
    by raising ``TooLarge`` from ``receive`` (the endpoint answers 413)."""

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
                    raise TooLarge
            return message

        await self.app(scope, limited, send)
