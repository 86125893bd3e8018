"""Point incidents binned to a square grid on the British National Grid, with lattice weights.

data.police.uk points are WGS84 longitude/latitude snapped to anonymised "on or near" points.
They are projected to EPSG:27700 (metres), kept if inside the study area, and counted in square
cells aligned to multiples of the cell size.  Only cells that touch the area are analysed: cells
wholly outside it would add zeros that say nothing about crime.

Automatic cell size (``AUTO_RULE``): the side that gives about five incidents per cell if crime were
spread evenly over the area, sqrt(5 * area / points), rounded up to 10 m and never below 50 m,
because data.police.uk snaps locations to points roughly that far apart; if that would exceed the
cell cap, the side is enlarged until the grid fits.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
import shapely
from pyproj import Transformer

from .._errors import Hint, InputError

__all__ = ["Grid", "GridCounts", "to_bng", "auto_cell_size", "make_grid", "bin_points",
           "lattice_weights", "AUTO_RULE", "DEFAULT_MAX_CELLS", "MIN_AUTO_CELL"]

DEFAULT_MAX_CELLS = 250_000
MIN_AUTO_CELL = 50.0
PER_CELL = 5.0
AUTO_RULE = ("automatic: side = sqrt(5 x area / points in area), i.e. about 5 incidents per cell if "
             "spread evenly, rounded up to 10 m, at least 50 m (data.police.uk snaps points to "
             "anonymised locations), enlarged if needed to stay under the cell cap")

_TO_BNG = Transformer.from_crs("EPSG:4326", "EPSG:27700", always_xy=True)
_TO_WGS = Transformer.from_crs("EPSG:27700", "EPSG:4326", always_xy=True)


def to_bng(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """WGS84 longitude/latitude to British National Grid easting/northing (metres)."""
    x, y = _TO_BNG.transform(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
    return np.asarray(x), np.asarray(y)


def geometry_to_bng(geom: shapely.Geometry) -> shapely.Geometry:
    return shapely.transform(geom, lambda c: np.column_stack(_TO_BNG.transform(c[:, 0], c[:, 1])))


def geometry_to_wgs(geom):
    return shapely.transform(geom, lambda c: np.column_stack(_TO_WGS.transform(c[:, 0], c[:, 1])))


@dataclass(frozen=True)
class Grid:
    """A square lattice over the area's bounding box; ``keep`` lists cells touching the area."""

    cell_size: float
    x0: float
    y0: float
    nx: int
    ny: int
    ix: np.ndarray       # column index of each kept cell
    iy: np.ndarray       # row index of each kept cell

    @property
    def n_cells(self) -> int:
        return int(self.ix.shape[0])

    def cell_ids(self) -> list[str]:
        """Stable ids: easting_northing of each kept cell's lower-left corner, in metres."""
        ex = (self.x0 + self.ix * self.cell_size).round().astype(int)
        ny = (self.y0 + self.iy * self.cell_size).round().astype(int)
        return [f"{a}_{b}" for a, b in zip(ex.tolist(), ny.tolist(), strict=True)]

    def polygons(self) -> np.ndarray:
        """Kept cells as shapely boxes in BNG."""
        x = self.x0 + self.ix * self.cell_size
        y = self.y0 + self.iy * self.cell_size
        return shapely.box(x, y, x + self.cell_size, y + self.cell_size)


def auto_cell_size(area_m2: float, n_points: int, *, bounds: tuple[float, float, float, float],
                   max_cells: int) -> float:
    """The automatic cell side in metres (see ``AUTO_RULE``)."""
    side = math.sqrt(PER_CELL * area_m2 / max(n_points, 1))
    side = max(MIN_AUTO_CELL, math.ceil(side / 10.0) * 10.0)
    while _lattice_size(bounds, side) > max_cells:
        side += 10.0
    return side


def _lattice_size(bounds: tuple[float, float, float, float], side: float) -> int:
    minx, miny, maxx, maxy = bounds
    nx = int(math.floor(maxx / side) - math.floor(minx / side)) + 1
    ny = int(math.floor(maxy / side) - math.floor(miny / side)) + 1
    return nx * ny


def make_grid(area_bng: shapely.Geometry, cell_size: float, *, max_cells: int) -> Grid:
    """Cells of ``cell_size`` metres covering the area; refuses grids over ``max_cells``."""
    if not cell_size or cell_size <= 0 or not math.isfinite(cell_size):
        raise InputError(f"cell size {cell_size!r} m: give a positive number of metres, e.g. 100")
    bounds = area_bng.bounds
    total = _lattice_size(bounds, cell_size)
    if total > max_cells:
        minx, miny, maxx, maxy = bounds
        fit = math.ceil(math.sqrt((maxx - minx) * (maxy - miny) / max_cells) / 10.0) * 10.0
        raise InputError(
            f"a {cell_size:g} m grid over this area needs {total:,} cells, over the cap of "
            f"{max_cells:,}. Use a larger cell size (about {fit:g} m or more fits), a smaller "
            "area, or raise the cap on cells if you really mean it",
            hints=[Hint("cell_size", f"{fit:g}"), Hint("max_cells", f"{total}")])
    x0 = math.floor(bounds[0] / cell_size) * cell_size
    y0 = math.floor(bounds[1] / cell_size) * cell_size
    nx = int(math.floor(bounds[2] / cell_size) - math.floor(bounds[0] / cell_size)) + 1
    ny = int(math.floor(bounds[3] / cell_size) - math.floor(bounds[1] / cell_size)) + 1
    gx, gy = np.meshgrid(np.arange(nx), np.arange(ny), indexing="ij")
    ix, iy = gx.ravel(), gy.ravel()
    boxes = shapely.box(x0 + ix * cell_size, y0 + iy * cell_size,
                        x0 + (ix + 1) * cell_size, y0 + (iy + 1) * cell_size)
    shapely.prepare(area_bng)
    keep = shapely.intersects(area_bng, boxes)
    return Grid(float(cell_size), x0, y0, nx, ny, ix[keep], iy[keep])


@dataclass(frozen=True)
class GridCounts:
    counts: np.ndarray
    inside: int          # points inside the area (all counted in some cell)


def bin_points(grid: Grid, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Count points (already inside the area) per kept cell."""
    cx = np.floor((np.asarray(x) - grid.x0) / grid.cell_size).astype(np.int64)
    cy = np.floor((np.asarray(y) - grid.y0) / grid.cell_size).astype(np.int64)
    key_cells = grid.ix.astype(np.int64) * grid.ny + grid.iy
    order = np.argsort(key_cells)
    sorted_keys = key_cells[order]
    keys = cx * grid.ny + cy
    pos = np.searchsorted(sorted_keys, keys)
    pos = np.clip(pos, 0, len(sorted_keys) - 1)
    hit = sorted_keys[pos] == keys
    if not hit.all():  # a point on the area's edge in a cell we dropped: cannot happen, but say so
        raise InputError(f"{int((~hit).sum())} points fell outside the grid cells kept for the area")
    out = np.zeros(grid.n_cells, dtype=np.int64)
    np.add.at(out, order[pos], 1)
    return out


def lattice_weights(grid: Grid) -> sp.csr_matrix:
    """Queen contiguity between kept cells (the 8 surrounding cells), self excluded."""
    n = grid.n_cells
    key = grid.ix.astype(np.int64) * grid.ny + grid.iy
    order = np.argsort(key)
    sk = key[order]
    rows, cols = [], []
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            if dx == 0 and dy == 0:
                continue
            nx_, ny_ = grid.ix + dx, grid.iy + dy
            valid = (nx_ >= 0) & (nx_ < grid.nx) & (ny_ >= 0) & (ny_ < grid.ny)
            k = nx_.astype(np.int64) * grid.ny + ny_
            pos = np.clip(np.searchsorted(sk, k), 0, max(n - 1, 0))
            ok = valid & (sk[pos] == k) if n else valid
            rows.append(np.nonzero(ok)[0])
            cols.append(order[pos[ok]])
    r = np.concatenate(rows) if rows else np.array([], int)
    c = np.concatenate(cols) if cols else np.array([], int)
    return sp.csr_matrix((np.ones(len(r)), (r, c)), shape=(n, n))


@dataclass
class GridInfo:
    cell_size_m: float
    rule: str                   # how the size was chosen
    cells: int
    points_total: int           # incidents of the measure in the period held in the store
    points_in_area: int
    points_outside_area: int
    points_no_location: int
    crs: str = "EPSG:27700 (British National Grid)"
