"""The workflow's admin, one module per concern; importing them registers them."""

from . import activity  # noqa: F401
