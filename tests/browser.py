"""Headless Chromium for the report's browser tests: finding it and axe-core, running axe on a page.

Only the standard library: Chromium runs as `--headless --dump-dom` on a copy of the page that loads
axe-core from a file beside it, runs the WCAG A and AA rules and writes the results into the DOM.
Chromium's every request goes through a loopback listener that records it, so the tests never reach
beyond this machine and can tell what a page asked for.
"""

from __future__ import annotations

import contextlib
import html
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, NoReturn

import pytest

REPO = Path(__file__).resolve().parent.parent
AXE_ENV = "CMHROADMAP_AXE_JS"
AXE_DEFAULT = REPO / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--mute-audio",
)
INSTALL_CHROMIUM = "apt-get install -y --no-install-recommends chromium"
INSTALL_AXE = "`make axe` (npm install --prefix .cache/axe axe-core@4.14.1), or set CMHROADMAP_AXE_JS"

# Runs after the page has loaded; the results go into a <pre> that --dump-dom prints.
_RUNNER = """
(function () {
  function report(value) {
    var pre = document.createElement("pre");
    pre.id = "cmhroadmap-axe-results";
    pre.hidden = true;
    pre.textContent = JSON.stringify(value);
    document.body.appendChild(pre);
  }
  if (typeof axe === "undefined") { report({error: "axe-core did not load"}); return; }
  axe.run(document, {runOnly: {type: "tag", values: %(tags)s}, resultTypes: ["violations", "incomplete"]})
    .then(function (r) {
      report({
        engine: r.testEngine, runOnly: r.toolOptions.runOnly, violations: r.violations,
        passes: r.passes.map(function (p) { return p.id; }),
        incomplete: r.incomplete,
        inapplicable: r.inapplicable.map(function (p) { return p.id; })
      });
    })
    .catch(function (e) { report({error: String(e && e.stack || e)}); });
})();
"""
_RESULTS = re.compile(r'<pre id="cmhroadmap-axe-results"[^>]*>(.*?)</pre>', re.DOTALL)


class BrowserError(RuntimeError):
    """Chromium failed, timed out, or axe-core never reported."""


def find_chromium() -> str | None:
    """The Chromium executable: /usr/bin/chromium, or `chromium` (or a similar name) on PATH."""
    if os.access("/usr/bin/chromium", os.X_OK):
        return "/usr/bin/chromium"
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def find_axe() -> Path | None:
    """axe-core's axe.min.js: $CMHROADMAP_AXE_JS, or where `make axe` installs it."""
    named = os.environ.get(AXE_ENV)
    path = Path(named) if named else AXE_DEFAULT
    return path if path.is_file() else None


def in_ci() -> bool:
    """Whether this is CI, which installs Chromium and axe-core, so that missing them is a failure."""
    return os.environ.get("CI", "").strip().lower() == "true"


def _missing(what: str) -> NoReturn:
    if in_ci():
        pytest.fail(f"{what}; CI (CI=true) must install it: .ci/run does", pytrace=False)
    pytest.skip(what)


def require_chromium() -> str:
    """Chromium's path; skips the test when it is missing, or fails it in CI."""
    chromium = find_chromium()
    if chromium is None:
        _missing(
            f"Chromium not found (/usr/bin/chromium or chromium on PATH); install it with {INSTALL_CHROMIUM}"
        )
    return chromium


def require_axe() -> Path:
    """axe.min.js; skips the test when it is missing, or fails it in CI."""
    axe_js = find_axe()
    if axe_js is None:
        _missing(f"axe-core not found at ${AXE_ENV} or {AXE_DEFAULT}; install it with {INSTALL_AXE}")
    return axe_js


_BAD_GATEWAY = b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"


class ConnectionRecorder:
    """A loopback TCP listener that records every connection made to it, to stand in as a proxy.

    Each connection is answered with 502 and closed; `requests` holds the first line of each
    (e.g. "GET http://example.invalid/x.png HTTP/1.1" or "CONNECT example.invalid:443 HTTP/1.1").
    """

    def __init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.1)
        self.port: int = self._server.getsockname()[1]
        self.requests: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def proxy_flags(self) -> tuple[str, ...]:
        """Chromium flags that send every request, loopback included, through this listener."""
        return (f"--proxy-server=http://127.0.0.1:{self.port}", "--proxy-bypass-list=<-loopback>")

    def __enter__(self) -> ConnectionRecorder:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._server.close()

    def _serve(self) -> None:
        # Runs until told to stop and nothing more is waiting, so no late connection goes unrecorded.
        while True:
            try:
                connection, _ = self._server.accept()
            except TimeoutError:
                if self._stop.is_set():
                    return
                continue
            data = b""
            with connection, contextlib.suppress(OSError):
                connection.settimeout(2)
                data = connection.recv(65536)
                connection.sendall(_BAD_GATEWAY)
            line = data.split(b"\r\n", 1)[0].decode("latin-1")
            self.requests.append(line or "(a connection that sent nothing)")


# Chromium makes these requests of its own accord, whatever page it loads and whatever flags it gets
# (e.g. the sign-in check IdentityManager sends once the network is up); they are not the page's.
CHROMIUM_OWN_REQUESTS = (
    "CONNECT accounts.google.com:443 ",
    "CONNECT update.googleapis.com:443 ",
    "POST http://update.googleapis.com/service/update2/json?",
    "GET http://clients2.google.com/time/1/current?",
)


@dataclass(frozen=True)
class Load:
    """What headless Chromium made of a page: its DOM, and the requests it caused."""

    dom: str
    requests: list[str]  # first lines of the requests, those Chromium makes on its own left out


def load(chromium: str, page: Path, *extra: str, budget_ms: int = 10_000, timeout: float = 120) -> Load:
    """Load a local file in headless Chromium; its DOM once settled, and any requests it made.

    Every request, loopback ones included, goes to a ConnectionRecorder standing in as the proxy, so
    nothing leaves this machine and nothing the page asks for goes unseen.
    """
    with (
        ConnectionRecorder() as recorder,
        tempfile.TemporaryDirectory(prefix="cmhroadmap-chromium-") as profile,
    ):
        command = [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            *recorder.proxy_flags,
            f"--virtual-time-budget={budget_ms}",
            *extra,
            "--dump-dom",
            page.resolve().as_uri(),
        ]
        # A session of its own, so that a timeout ends Chromium's helper processes too.
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise BrowserError(f"Chromium did not finish within {timeout:g}s on {page}") from None
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.communicate()
    if process.returncode != 0:
        raise BrowserError(
            f"Chromium exited with {process.returncode} on {page}:\n{err.decode(errors='replace')[-3000:]}"
        )
    requests = [line for line in recorder.requests if not line.startswith(CHROMIUM_OWN_REQUESTS)]
    return Load(out.decode("utf-8", errors="replace"), requests)


def run_axe(
    page: Path, chromium: str, axe_js: Path, *, width: int = 1280, timeout: float = 180
) -> dict[str, Any]:
    """Run axe-core's WCAG 2.0/2.1/2.2 A and AA rules on an HTML file; the results as a dict.

    Raises BrowserError unless axe really ran: with the rule tags asked for and some rules passing.
    """
    text = page.read_text(encoding="utf-8")
    runner = _RUNNER % {"tags": json.dumps(list(AXE_TAGS))}
    scripts = f'<script src="axe.min.js"></script>\n<script>{runner}</script>\n'
    if "</body>" not in text:
        raise BrowserError(f"{page} has no </body> to put axe-core before")
    head, _, tail = text.rpartition("</body>")
    with tempfile.TemporaryDirectory(prefix="cmhroadmap-axe-") as work:
        copy = Path(work) / page.name
        copy.write_text(head + scripts + "</body>" + tail, encoding="utf-8")
        shutil.copyfile(axe_js, Path(work) / "axe.min.js")
        dom = load(chromium, copy, f"--window-size={width},1024", budget_ms=60_000, timeout=timeout).dom
    found = _RESULTS.search(dom)
    if found is None:
        raise BrowserError(f"axe-core never reported on {page}; the DOM Chromium dumped ends:\n{dom[-2000:]}")
    results: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    if "error" in results:
        raise BrowserError(f"axe-core failed on {page}: {results['error']}")
    if results.get("runOnly", {}).get("values") != list(AXE_TAGS):
        raise BrowserError(f"axe-core ran other rules than asked for: {results.get('runOnly')}")
    if not results.get("passes"):
        raise BrowserError(f"axe-core reported no passing rules on {page}, so it cannot have checked it")
    return results


def describe_violations(violations: list[dict[str, Any]]) -> str:
    """axe-core's violations as readable lines: rule, impact, help, and the nodes that fail."""
    lines: list[str] = []
    for rule in violations:
        lines.append(f"{rule['id']} ({rule.get('impact')}): {rule['help']} [{rule.get('helpUrl', '')}]")
        for node in rule.get("nodes", []):
            target = " ".join(str(t) for t in node.get("target", []))
            lines.append(f"    {target}: {node.get('html', '')[:200]}")
            summary = node.get("failureSummary")
            if summary:
                lines.extend(f"        {line}" for line in summary.splitlines())
    return "\n".join(lines)


# The page goes into a frame `width` CSS pixels wide (headless Chromium will not make a window narrower
# than about 500 pixels); inside it, the probe measures the page and posts the figures to the host.
_WIDTH_PROBE = """
<script>
window.addEventListener("load", function () {
  var root = document.documentElement, wide = [];
  document.querySelectorAll("body *").forEach(function (el) {
    var box = el.getBoundingClientRect();
    if (box.right > root.clientWidth + 1 && wide.length < 8) {
      var name = el.tagName.toLowerCase() + "." + (el.getAttribute("class") || "");
      wide.push(name + " " + Math.round(box.right));
    }
  });
  parent.postMessage(JSON.stringify({scroll: root.scrollWidth, client: root.clientWidth, wide: wide}), "*");
});
</script>
"""
_WIDTH_HOST = """<!DOCTYPE html><html><head><title>host</title></head><body style="margin:0">
<iframe title="page" src="%(page)s" style="width:%(width)dpx;height:900px;border:0"></iframe>
<script>
window.addEventListener("message", function (event) {
  var pre = document.createElement("pre");
  pre.id = "cmhroadmap-width";
  pre.textContent = event.data;
  document.body.appendChild(pre);
});
</script>
</body></html>
"""
_WIDTH = re.compile(r'<pre id="cmhroadmap-width">(.*?)</pre>', re.DOTALL)


def page_width(page: Path, chromium: str, width: int) -> dict[str, Any]:
    """The page's scrollWidth laid out `width` CSS px wide, and the first elements wider than that."""
    text = page.read_text(encoding="utf-8")
    head, _, tail = text.rpartition("</body>")
    with tempfile.TemporaryDirectory(prefix="cmhroadmap-width-") as work:
        copy = Path(work) / "page.html"
        copy.write_text(head + _WIDTH_PROBE + "</body>" + tail, encoding="utf-8")
        host = Path(work) / "host.html"
        host.write_text(_WIDTH_HOST % {"page": "page.html", "width": width}, encoding="utf-8")
        dom = load(chromium, host, "--window-size=1280,1000").dom
    found = _WIDTH.search(dom)
    if found is None:
        raise BrowserError(f"the width probe never reported on {page}; the DOM ends:\n{dom[-2000:]}")
    measured: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return measured


def print_to_pdf(page: Path, chromium: str, pdf: Path, *, timeout: float = 120) -> None:
    """Print a local page to A4 PDF as a reader would, Chromium's own header and footer left off.

    The page's print stylesheet puts the organisation, period and page numbers in the margins.
    """
    with tempfile.TemporaryDirectory(prefix="cmhroadmap-print-") as profile:
        command = [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.resolve().as_uri(),
        ]
        try:
            done = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise BrowserError(f"Chromium did not print {page} within {timeout:g}s") from None
    if done.returncode != 0 or not pdf.is_file():
        raise BrowserError(
            f"Chromium could not print {page}:\n{done.stderr.decode(errors='replace')[-3000:]}"
        )
