"""``mergekit check``: citations and wikitext checked before the editor saves."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from mergekit.cli.app import main, reports_input_errors
from mergekit.cli.options import network_options, settings_from_options
from mergekit.errors import InputError

__all__ = ["check", "DEFAULT_FILE"]

DEFAULT_FILE = Path("drafts") / "Camp_Ashraf_3.wikitext"


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; give the wikitext file to check") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a folder; give a wikitext file") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text; save the wikitext as UTF-8") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read it ({exc.strerror})") from None


@main.command()
@click.argument("file", required=False, type=click.Path(path_type=Path))
@click.option("--title", metavar="TITLE", help="Check a page's current wikitext from --wiki instead of a file.")
@click.option("--json", "as_json", is_flag=True, help='Print {"findings": [...], "summary": {...}}.')
@click.option("--online", is_flag=True, help="Also fetch every cited URL (through the cache) and report dead links.")
@click.option("--preview", "preview_api", metavar="API_URL",
              help="Also render the text with action=parse on this wiki and report what it complains about.")
@network_options
@reports_input_errors
def check(file, title, as_json, online, preview_api, api_url, contact, offline, timeout, max_retries):
    """Check wikitext before saving it: references, citations, words to watch, sources.

    Checks FILE (default: drafts/Camp_Ashraf_3.wikitext, the seed draft). Exit 0: no
    errors (warnings allowed); 1: errors; 2: bad input.

    \b
    Examples:
        mergekit check
        mergekit check my-draft/Article.wikitext --json
        mergekit check --title "Camp Ashraf 3" --contact you@example.org
        mergekit check draft.wikitext --online --preview https://test.wikipedia.org/w/api.php
    """
    from mergekit.check import Context
    from mergekit.check.render import render_report
    from mergekit.net import config
    from mergekit.net.rsp import current_table

    if title and file:
        raise InputError("give either FILE or --title, not both")
    if offline and (online or preview_api):
        raise InputError("--online and --preview ask the network; drop --offline (which only serves --title from the cache)")
    settings = settings_from_options(contact=contact, offline=offline, timeout=timeout, max_retries=max_retries)
    if title:
        from mergekit.net.session import open_session
        from mergekit.net.wiki import fetch_page

        config.require_contact(api_url, settings.contact)
        with open_session(settings) as session:
            # The page's current text, as the editor just saved it: never a copy that `fetch`
            # or an earlier check cached (trial-7 checked the revision before the save).
            page = fetch_page(session, api_url, title, settings=settings, fresh=True)
        text, label, page_title = page.wikitext, f"{page.title} (revision {page.revid})", page.title
    else:
        path = file or DEFAULT_FILE
        text, label, page_title = _read(path), str(path), path.stem.replace("_", " ")
    from mergekit.check.document import Document

    doc = Document.parse(text)
    extra: dict[str, Any] = {}
    if online:
        from mergekit.check.deadlinks import urls_to_probe
        from mergekit.net.linkcheck import probe_links

        extra["links_status"] = probe_links([url for _, url in urls_to_probe(doc)], settings)
    if preview_api:
        from mergekit.net.preview import render_preview

        config.require_contact(preview_api, settings.contact)
        html, warnings = render_preview(preview_api, text, page_title, settings)
        extra["preview_html"], extra["preview_warnings"] = html, warnings
    from mergekit.check import check_document

    report = check_document(doc, Context(rsp=current_table(settings)), **extra)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(render_report(report, label), nl=False)
    sys.exit(1 if report.errors else 0)
