"""The workflow's models, one module per concern; importing them here registers them."""

from .activity import Activity
from .revisions import RevisionInfo

__all__ = ["Activity", "RevisionInfo"]
