"""Helpers for end-to-end tests: a real `newsweave serve` subprocess and a headless Chromium."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import httpx

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
CHROME_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_server(db_url: str, *, token: str | None, extra_env: dict[str, str] | None = None,
                   args: tuple[str, ...] = (), log_path: Path | None = None):
    """Start `python -m newsweave serve` on a free loopback port; yield its base URL."""
    port = free_port()
    env = {**os.environ, "NEWSWEAVE_EMBEDDER": "hashing", **(extra_env or {})}
    env.pop("NEWSWEAVE_TOKEN", None)
    cmd = [sys.executable, "-m", "newsweave", "serve", "--db", db_url, "--host", "127.0.0.1",
           "--port", str(port), "--log-level", "warning", *args]
    if token:
        cmd += ["--token", token]
    log = open(log_path or os.devnull, "wb")
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited with {proc.returncode}; see {log_path}")
            try:
                if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("server did not answer within 90 s")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def chromium(width: int = 1280, height: int = 900, *, phone: bool = False):
    """A headless Chromium driven through Debian's chromedriver, with a fresh profile. `phone`
    emulates a touch device of `width` x `height` CSS pixels (desktop windows cannot be narrower
    than 500 px)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tempfile.mkdtemp(prefix='nw-chrome-')}")
    if phone:
        options.add_experimental_option("mobileEmulation", {
            "deviceMetrics": {"width": width, "height": height, "pixelRatio": 2.0, "touch": True}})
    else:
        options.add_argument(f"--window-size={width},{height}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
