"""A throwaway MediaWiki on SQLite, served by PHP's built-in server on 127.0.0.1.

Debian's ``mediawiki`` package provides the code (``/usr/share/mediawiki``); the wiki's
LocalSettings.php and database live in a temporary directory, and ``MW_CONFIG_FILE``
points MediaWiki at them. ``.ci/install-mediawiki`` installs the packages.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

MEDIAWIKI = Path(os.environ.get("MERGEKIT_MEDIAWIKI_DIR", "/usr/share/mediawiki"))
PAGES = Path(__file__).parent / "pages" / "wiki"

# title -> file in tests/live/pages/wiki (the template first: pages that use it are
# categorised when they are saved).
WIKI_PAGES = {
    "Template:Afd-merge to": "template_afd_merge_to.wikitext",
    "Eldham footbridge collapse": "source.wikitext",
    "Eldham Footbridge": "target.wikitext",
    "Harbor Street fire": "harbor_street_fire.wikitext",
    "Harbor Street": "harbor_street.wikitext",
    "Mill Lane flood": "mill_lane_flood.wikitext",
    "Mergekit RSP export": "rsp_export.wikitext",  # for `mergekit rsp update`
}
# title -> redirect wikitext
WIKI_REDIRECTS = {
    # Already merged: the source is a redirect to the destination.
    "Old Eldham ferry": "#REDIRECT [[Eldham Footbridge#History]]",
    # Renamed: the old title of the source article.
    "Eldham bridge collapse": "#REDIRECT [[Eldham footbridge collapse]]",
}


def missing_reason() -> str | None:
    """Why a wiki cannot be set up here, or None."""
    if shutil.which("php") is None:
        return "php is not installed (run .ci/install-mediawiki)"
    if not (MEDIAWIKI / "maintenance" / "install.php").is_file():
        return f"MediaWiki is not installed in {MEDIAWIKI} (run .ci/install-mediawiki)"
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LocalWiki:
    """A running wiki: ``api`` is its api.php URL; ``log`` the PHP server's access log."""

    root: Path
    port: int
    process: subprocess.Popen | None = None

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.port}/api.php"

    @property
    def conf(self) -> Path:
        return self.root / "LocalSettings.php"

    @property
    def log(self) -> Path:
        return self.root / "server.log"

    def php(self, script: str, *args: str, stdin: str | None = None) -> str:
        env = {**os.environ, "MW_CONFIG_FILE": str(self.conf)}
        done = subprocess.run(
            ["php", f"maintenance/{script}", *args],
            cwd=MEDIAWIKI,
            env=env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{script} failed ({done.returncode}): {done.stdout}\n{done.stderr}")
        return done.stdout

    def install(self) -> None:
        (self.root / "db").mkdir(parents=True)
        self.php(
            "install.php",
            "--dbtype=sqlite",
            f"--dbpath={self.root / 'db'}",
            "--dbname=mergekit",
            f"--confpath={self.root}",
            f"--server=http://127.0.0.1:{self.port}",
            "--scriptpath=",
            "--extensions=Cite",
            "--skins=Vector",
            "--pass=mergekit-test-password",
            "Mergekit Test Wiki",
            "Admin",
        )
        with self.conf.open("a", encoding="utf-8") as fh:
            fh.write(
                "\n# mergekit tests\n"
                "$wgShowExceptionDetails = true;\n"
                "$wgMainCacheType = CACHE_NONE;\n"
                "$wgJobRunRate = 0;\n"
            )
        if "wfLoadExtension( 'Cite' )" not in self.conf.read_text(encoding="utf-8"):
            with self.conf.open("a", encoding="utf-8") as fh:
                fh.write("wfLoadExtension( 'Cite' );\n")

    def edit(self, title: str, text: str) -> None:
        self.php("edit.php", "--conf", str(self.conf), "-u", "Admin", "-s", "mergekit test import", title, stdin=text)

    def import_pages(self) -> None:
        for title, name in WIKI_PAGES.items():
            self.edit(title, (PAGES / name).read_text(encoding="utf-8"))
        for title, text in WIKI_REDIRECTS.items():
            self.edit(title, text)
        self.php("runJobs.php", "--conf", str(self.conf))

    def start(self) -> None:
        env = {**os.environ, "MW_CONFIG_FILE": str(self.conf)}
        log = self.log.open("w")
        self.process = subprocess.Popen(
            ["php", "-S", f"127.0.0.1:{self.port}", "-t", str(MEDIAWIKI)],
            cwd=MEDIAWIKI,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(self.api + "?action=query&meta=siteinfo&format=json", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"php -S did not start: {self.log.read_text()}")
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
            self.process = None

    def api_requests(self) -> int:
        """How many api.php requests the server has answered so far."""
        return sum(1 for line in self.log.read_text(errors="replace").splitlines() if "/api.php" in line and "]: " in line)


def main(argv: list[str] | None = None) -> int:
    """Serve a throwaway wiki until Ctrl-C, for trying the commands that talk to one
    (``mergekit fetch``, ``check --title/--wiki``, ``check --preview``, ``rsp update``) by
    hand: ``python -m tests.live.mediawiki`` (``.ci/start-mediawiki``). The same wiki the
    live tests use, with their sample pages; ``--dir`` keeps it for the next start."""
    import argparse
    import signal
    import tempfile

    parser = argparse.ArgumentParser(prog=".ci/start-mediawiki", description=main.__doc__)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 [default: a free one]")
    parser.add_argument("--dir", type=Path, help="the wiki's folder (settings, database), kept [default: a temporary one]")
    args = parser.parse_args(argv)
    if reason := missing_reason():
        parser.exit(2, f"{parser.prog}: {reason}\n")
    with tempfile.TemporaryDirectory(prefix="mergekit-wiki-") as tmp:
        root = args.dir or Path(tmp) / "wiki"
        kept = root / "port"  # a kept wiki answers on the port it was installed for ($wgServer)
        port = args.port or free_port()
        if kept.is_file():
            written = kept.read_text(encoding="utf-8").strip()
            if not written.isdigit():
                parser.exit(2, f"{parser.prog}: {kept} does not hold a port ({written[:20]!r}): remove {root} "
                               "or give another --dir\n")
            if args.port and args.port != int(written):
                print(f"{parser.prog}: the wiki in {root} was installed for port {written}; it starts there, "
                      f"not on {args.port}", file=sys.stderr)
            port = int(written)
        elif root.exists() and any(root.iterdir()):
            parser.exit(2, f"{parser.prog}: {root} holds files but no finished wiki (an install that stopped?): "
                           "remove it or give another --dir\n")
        wiki = LocalWiki(root, port)
        try:
            if not kept.is_file():
                wiki.install()
                wiki.import_pages()
                kept.write_text(str(wiki.port), encoding="utf-8")
            wiki.start()
        except (RuntimeError, OSError) as exc:
            wiki.stop()
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            parser.exit(2, f"{parser.prog}: the wiki did not start: {first[:300]} (log: {wiki.log})\n")
        print(f"MediaWiki at {wiki.api} (pages: {', '.join(WIKI_PAGES)}). Ctrl-C stops it.\n"
              f"  mergekit fetch --wiki {wiki.api} --source-title \"Eldham footbridge collapse\" --contact you@example.org\n"
              f"  mergekit check --wiki {wiki.api} --title \"Eldham Footbridge\"", flush=True)
        stopped = False

        def stop(*_: object) -> None:
            nonlocal stopped
            stopped = True
            wiki.stop()

        signal.signal(signal.SIGTERM, stop)
        assert wiki.process is not None
        process = wiki.process
        try:
            code = process.wait()
        except KeyboardInterrupt:
            stopped, code = True, 0
        finally:
            wiki.stop()
        if not stopped:  # php -S ended by itself: say so, and fail
            print(f"{parser.prog}: the wiki's server stopped by itself (exit {code}); see {wiki.log}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
