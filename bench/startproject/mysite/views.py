"""
Added for the bench: the one view of this project, the same as bench/bare.py's.

It reads neither request.session nor request.user, so the default
middleware's sessions and authentication never touch the database: `/`
answers with no db.sqlite3 and no migrations.
"""

from django.http import HttpResponse


def ok(request):
    return HttpResponse("ok", content_type="text/plain")
