"""The crimestats web app: check an article, explore the figures, see the sources.

``create_app(db=PATH)`` builds the FastAPI app (``crimestats serve`` runs it on uvicorn).
"""

from __future__ import annotations

from ._app import create_app

__all__ = ["create_app"]
