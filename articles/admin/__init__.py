"""The newsroom's admin, one module per concern; importing them registers them."""

from . import article, site, users  # noqa: F401
