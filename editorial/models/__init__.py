"""The workflow's models, one module per concern; importing them here registers them."""

from .activity import Activity
from .previews import PreviewLink

__all__ = ["Activity", "PreviewLink"]
