"""The app under a real server (uvicorn on loopback): concurrent clients, and `storylens serve` itself."""

from __future__ import annotations

import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

# One worker builds the web store once (ingest + models); see the Makefile's --dist loadgroup.
pytestmark = pytest.mark.xdist_group("web")


def test_eight_concurrent_clients_get_no_errors(live_server):
    import httpx

    kz = httpx.get(f"{live_server}/api/stories", params={"q": "Kazakhstan"}).json()["stories"][0]["id"]
    paths = [f"/api/stories?limit=5&offset={i % 3}" for i in range(6)] + [f"/stories/{kz}"] * 6 + \
            [f"/api/stories/{kz}"] * 6 + [f"/api/search?q=q{i} Tokayev" for i in range(6)] + ["/"] * 6

    def get(path: str) -> tuple[str, int]:
        with httpx.Client(base_url=live_server, timeout=120) as c:
            return path, c.get(path).status_code

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(get, paths))
    assert [r for r in results if r[1] != 200] == []


def test_serve_binds_to_loopback_and_answers(web_db, tmp_path):
    import socket

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "storylens.cli", "serve", "--db", str(web_db), "--port", str(port),
                             "--read-only", "--no-semantic"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).json()
                break
            except httpx.HTTPError:
                assert proc.poll() is None, proc.stderr.read()
                assert time.monotonic() < deadline, "storylens serve did not start"
                time.sleep(0.2)
        assert health["read_only"] is True
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}/" in err


def test_serve_without_a_store_fails_with_one_line(tmp_path):
    from typer.testing import CliRunner

    from storylens.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "no article store" in result.output and "storylens ingest" in result.output
    assert "Traceback" not in result.output
