"""The workflow's models, one module per concern; importing them here registers them."""

from .activity import Activity
from .review import ReviewRequest

__all__ = ["Activity", "ReviewRequest"]
