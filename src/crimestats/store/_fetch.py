"""Download the official London files (with a local cache) and ingest them.

The catalogue (package data ``fetch_catalogue.json``) lists each dataset's name, download URL and
file name.  Downloads go through pooch into a cache folder, so a second fetch reads the cache.
With no internet, or when the London Datastore has moved a link, point ``mirror`` at a folder or
URL that holds the files under the catalogue's file names, or give your own catalogue file.
"""

from __future__ import annotations

import json
import shutil
import urllib.parse
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .._errors import FetchError, Hint, InputError
from ._ingest import ingest_paths
from ._store import IngestResult, Store

__all__ = ["Dataset", "load_catalogue", "fetch", "default_cache_dir"]


@dataclass(frozen=True)
class Dataset:
    name: str
    file: str
    url: str
    description: str = ""
    page: str = ""
    sha256: str | None = None


def default_cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("crimestats", appauthor=False)) / "downloads"


def load_catalogue(path: Path | None = None) -> list[Dataset]:
    """The datasets ``fetch`` knows: the packaged catalogue, or the JSON file at ``path``."""
    try:
        if path is None:
            text = resources.files("crimestats.data").joinpath("fetch_catalogue.json").read_text("utf-8")
            where = "packaged fetch_catalogue.json"
        else:
            text = Path(path).read_text("utf-8")
            where = str(path)
        data = json.loads(text)
        items = data["datasets"] if isinstance(data, dict) else data
        return [Dataset(name=d["name"], file=d["file"], url=d["url"], description=d.get("description", ""),
                        page=d.get("page", ""), sha256=d.get("sha256")) for d in items]
    except FileNotFoundError as exc:
        raise InputError(f"{path}: catalogue file not found") from exc
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise InputError(f"{where}: not a valid catalogue ({exc}); expected "
                         '{"datasets": [{"name", "file", "url"}, ...]}') from exc


def _source_for(ds: Dataset, mirror: str | None) -> str:
    if not mirror:
        return ds.url
    if "://" in mirror and not mirror.startswith("file://"):
        return mirror.rstrip("/") + "/" + urllib.parse.quote(ds.file)
    folder = Path(mirror[len("file://"):] if mirror.startswith("file://") else mirror)
    return str(folder / ds.file)


def _download(ds: Dataset, src: str, cache: Path, refresh: bool) -> Path:
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / ds.file
    if "://" not in src:  # a local mirror folder
        p = Path(src)
        if not p.exists():
            raise FetchError(f"{ds.name}: {p} not found in the mirror folder; expected a file named {ds.file!r}")
        if refresh or not target.exists():
            shutil.copyfile(p, target)
        return target
    if refresh and target.exists():
        target.unlink()
    import pooch

    pooch.get_logger().setLevel("WARNING")
    try:
        got = pooch.retrieve(url=src, known_hash=(f"sha256:{ds.sha256}" if ds.sha256 else None),
                             fname=ds.file, path=cache, progressbar=False)
    except Exception as exc:  # pooch raises requests/HTTP/ValueError variants
        raise FetchError(
            f"{ds.name}: download from {src} failed ({exc}). If the London Datastore has moved the file, "
            f"find the new link on {ds.page or 'the dataset page'} and give your own catalogue, or a "
            "mirror holding the files.", hints=[Hint("catalogue", "FILE"), Hint("mirror", "DIR-or-URL")]) from exc
    return Path(got)


def fetch(store: Store, *, names: list[str] | None = None, mirror: str | None = None,
          cache_dir: Path | None = None, catalogue: Path | None = None, refresh: bool = False,
          ingest: bool = True) -> list[IngestResult]:
    """Download (or take from the cache / mirror) each dataset, then ingest it into ``store``."""
    cat = load_catalogue(catalogue)
    if names:
        known = {d.name for d in cat}
        unknown = [n for n in names if n not in known]
        if unknown:
            raise InputError(f"unknown dataset(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        cat = [d for d in cat if d.name in names]
    cache = cache_dir or default_cache_dir()
    files = [_download(d, _source_for(d, mirror), cache, refresh) for d in cat]
    if not ingest:
        return [IngestResult(file=str(f), status="downloaded") for f in files]
    return ingest_paths(store, files)
