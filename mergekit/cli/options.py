"""Options that mean the same in every command that takes them, defined once.

:func:`network_options` (``--wiki``, ``--contact``, ``--offline``, ``--timeout``,
``--max-retries``) for every command that talks to a wiki or a news site, and
:func:`settings_from_options` turning them into ``NetSettings``. ``--news`` is always a
news *file* and ``--news-url`` always a news *URL*; :func:`given_on_command_line` tells an
option given by the user from one left at its default.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click
from click.core import ParameterSource

from mergekit.net import config

if TYPE_CHECKING:  # the network stack is imported when a command needs it, not at startup
    from mergekit.net.session import NetSettings

__all__ = ["network_options", "settings_from_options", "given_on_command_line", "NETWORK_OPTIONS"]

# parameter name -> option, for messages
NETWORK_OPTIONS = {"api_url": "--wiki", "contact": "--contact", "offline": "--offline", "timeout": "--timeout",
                   "max_retries": "--max-retries"}


def network_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--wiki``, ``--contact``, ``--offline``, ``--timeout``, ``--max-retries``."""

    @click.option("--wiki", "api_url", default=config.DEFAULT_API, show_default=True, metavar="API_URL",
                  help="The wiki's Action API (api.php) URL.")
    @click.option("--contact", metavar="EMAIL_OR_USERPAGE",
                  help="Contact for the User-Agent [default: $MERGEKIT_CONTACT, else the config file].")
    @click.option("--offline", is_flag=True, help="Use the cache only; a page not in it is an error.")
    @click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
                  help="Seconds to wait for a server before retrying.")
    @click.option("--max-retries", type=click.IntRange(min=0), default=4, show_default=True,
                  help="Retries after a timeout, 429, 503, maxlag or ratelimited.")
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    return wrapper


def settings_from_options(*, contact: str | None, offline: bool, timeout: float, max_retries: int) -> NetSettings:
    """The NetSettings the shared options describe (contact resolved, cache dir defaulted)."""
    from mergekit.net.session import NetSettings

    return NetSettings(
        contact=config.resolve_contact(contact),
        offline=offline,
        timeout=timeout,
        max_retries=max_retries,
    )


def given_on_command_line(ctx: click.Context, names: dict[str, str]) -> tuple[str, ...]:
    """The options (of ``names``: parameter -> option) the user gave, not left at their default."""
    return tuple(option for name, option in names.items()
                 if ctx.get_parameter_source(name) is ParameterSource.COMMANDLINE)
