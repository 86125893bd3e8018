"""Security headers on every response (issue 13): what the browser may load, frame and send on.

The pages load their script and stylesheet from ``/static`` only (no inline script: the error page's
'go back' link is wired up by ``app.js``).  Styles may be inline (charts are SVG with style attributes;
a downloaded report carries its CSS inline), which CSP allows with ``'unsafe-inline'`` for styles only.
Charts come as inline SVG, never as external images, so ``img-src`` allows only the site and data: URIs.
"""

from __future__ import annotations

from typing import Any

__all__ = ["SECURITY_HEADERS", "SecurityHeadersMiddleware"]

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")

SECURITY_HEADERS: dict[str, str] = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
}
_RAW = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]


class SecurityHeadersMiddleware:
    """Add :data:`SECURITY_HEADERS` to every HTTP response, errors and static files included."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(msg: Any) -> None:
            if msg["type"] == "http.response.start":
                have = {k.lower() for k, _ in msg.get("headers", [])}
                msg = {**msg, "headers": [*msg.get("headers", []), *(h for h in _RAW if h[0] not in have)]}
            await send(msg)

        await self.app(scope, receive, with_headers)
