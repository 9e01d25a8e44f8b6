"""The workflow's models, one module per concern; importing them here registers them."""

from .activity import Activity
from .preferences import StaffPreference
from .previews import PreviewLink
from .review import ReviewRequest
from .revisions import RevisionInfo

__all__ = ["Activity", "PreviewLink", "ReviewRequest", "RevisionInfo", "StaffPreference"]
