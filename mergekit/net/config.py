"""Where mergekit's network settings come from: flag, environment, config file.

The contact (an e-mail address or a user page) goes into the User-Agent; Wikimedia
throttles and then blocks generic clients, so mergekit refuses to talk to a Wikimedia
wiki without one. Resolution order: ``--contact``, ``$MERGEKIT_CONTACT``, then
``contact = "..."`` in ``config.toml`` in the user config directory (or
``$MERGEKIT_CONFIG``). The cache lives in the user cache directory unless
``$MERGEKIT_CACHE_DIR`` says otherwise.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs

from mergekit.errors import InputError

__all__ = [
    "DEFAULT_API",
    "config_path",
    "cache_dir",
    "resolve_contact",
    "is_wikimedia",
    "require_contact",
]

DEFAULT_API = "https://en.wikipedia.org/w/api.php"

# Hosts run by the Wikimedia Foundation, whose User-Agent policy requires a contact.
_WIKIMEDIA_DOMAINS = (
    "wikipedia.org",
    "wikimedia.org",
    "wiktionary.org",
    "wikiquote.org",
    "wikibooks.org",
    "wikisource.org",
    "wikinews.org",
    "wikiversity.org",
    "wikivoyage.org",
    "wikidata.org",
    "mediawiki.org",
    "wikifunctions.org",
)


def config_path() -> Path:
    """The config file: ``$MERGEKIT_CONFIG`` or ``config.toml`` in the user config dir."""
    override = os.environ.get("MERGEKIT_CONFIG")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("mergekit")) / "config.toml"


def cache_dir() -> Path:
    """The HTTP cache directory: ``$MERGEKIT_CACHE_DIR`` or the user cache dir."""
    override = os.environ.get("MERGEKIT_CACHE_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_cache_dir("mergekit"))


def _config_contact(path: Path) -> str | None:
    if not path.is_file():
        return None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"config file {path}: cannot read it ({exc}); fix or remove it") from None
    value = data.get("contact")
    if value is not None and not isinstance(value, str):
        raise InputError(f'config file {path}: contact must be a string, e.g. contact = "you@example.org"')
    return value.strip() or None if value else None


def resolve_contact(flag: str | None = None) -> str | None:
    """The contact from ``--contact``, ``$MERGEKIT_CONTACT`` or the config file, else None."""
    for value in (flag, os.environ.get("MERGEKIT_CONTACT")):
        if value and value.strip():
            return value.strip()
    return _config_contact(config_path())


def is_wikimedia(url: str) -> bool:
    """True when ``url`` is on a Wikimedia host (en.wikipedia.org, commons.wikimedia.org...)."""
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in _WIKIMEDIA_DOMAINS)


def require_contact(api_url: str, contact: str | None) -> None:
    """Refuse to talk to a Wikimedia wiki without a contact in the User-Agent."""
    if contact is None and is_wikimedia(api_url):
        raise InputError(
            f"{api_url}: Wikimedia requires a contact in the User-Agent; pass --contact "
            f"EMAIL_OR_USERPAGE, set MERGEKIT_CONTACT, or put contact = \"...\" in {config_path()}"
        )
