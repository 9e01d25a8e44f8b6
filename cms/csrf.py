"""
Django's CSRF token, drawn from the operating system's randomness in one call.

`django.middleware.csrf.get_token` builds the secret and the mask of every
token with `get_random_string`, which asks the operating system for a few
random bytes once per character: 64 system calls, about 90 µs, for each
first-time reader of a page with a form. `get_token` here gives the same
token (a 32-character secret kept in the CSRF cookie, handed out masked as
64 characters) from one `os.urandom` call, and leaves the cookie and every
check to Django's CsrfViewMiddleware, exactly as Django's own function does.
"""

import os

from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH

_CHARS = CSRF_ALLOWED_CHARS
_INDEX = {char: index for index, char in enumerate(_CHARS)}
# Bytes below this map evenly onto the characters; the others are skipped.
_UNBIASED = 256 - 256 % len(_CHARS)


def random_string(length: int) -> str:
    """`length` characters drawn uniformly from the CSRF alphabet."""
    chars = []
    while len(chars) < length:
        # A few bytes to spare: about one in thirty is skipped.
        chars += [_CHARS[byte % len(_CHARS)] for byte in os.urandom(length + 8) if byte < _UNBIASED]
    return "".join(chars[:length])


def get_token(request) -> str:
    """
    The masked CSRF token for a form in the response to `request`, as
    `django.middleware.csrf.get_token` returns it: the secret is the
    request's CSRF cookie, or a new one that the middleware then sets.
    """
    secret = request.META.get("CSRF_COOKIE")
    if secret is None:
        secret = random_string(CSRF_SECRET_LENGTH)
        request.META["CSRF_COOKIE"] = secret
    # As Django does: the cookie is sent again, so that its expiry moves on.
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    mask = random_string(CSRF_SECRET_LENGTH)
    cipher = "".join(_CHARS[(_INDEX[s] + _INDEX[m]) % len(_CHARS)] for s, m in zip(secret, mask, strict=True))
    return mask + cipher
