"""The newsroom's admin, one module per concern; importing them registers them."""

from . import article, categories, lockouts, review, site, users  # noqa: F401
