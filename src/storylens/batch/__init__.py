"""The Ray Data batch path: the map step of ingest on a Ray actor pool, the commit step here.

``storylens ingest --engine ray`` reads its inputs with the same
:func:`storylens.ingest.walk.iter_records` as the local engine, puts them in a
Ray Dataset, cleans, detects languages and embeds with ``map_batches`` on an
actor pool (each actor builds its embedder and tools once), and streams the
prepared batches, in input order, to :func:`storylens.stream.commit`, which
clusters and stores them sequentially. The stories are the same as with the
local engine. Needs the optional extra: ``pip install 'storylens[ray]'``.

Nothing below :mod:`storylens.batch` imports it; Ray itself is imported only
when :func:`ingest_ray` runs.
"""

from __future__ import annotations

from .ray_ingest import RAY_MISSING, RayUnavailable, ingest_ray, ray_available

__all__ = ["RAY_MISSING", "RayUnavailable", "ingest_ray", "ray_available"]
