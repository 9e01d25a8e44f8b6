from csp.constants import NONE
from csp.decorators import csp
from django.conf import settings
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse
from django.views.decorators.cache import never_cache
from django.views.static import serve

from articles.uploads import is_image_name


@never_cache
def healthz(request):
    """Answer 200 when the database answers a query, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


# An uploaded file is a picture, never a document: nothing in it may run, load or be framed.
@csp({"default-src": [NONE], "sandbox": True})
def media(request, path):
    """
    An uploaded file, as it was stored (re-encoded, see articles/uploads.py);
    404 for any name an upload cannot have been stored under, such as a file
    left on the disk by an older release.
    """
    if not is_image_name(path):
        raise Http404("Not an uploaded image.")
    return serve(request, path, document_root=settings.MEDIA_ROOT)
