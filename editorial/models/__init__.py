"""The workflow's models, one module per concern; importing them here registers them."""

from .activity import Activity

__all__ = ["Activity"]
