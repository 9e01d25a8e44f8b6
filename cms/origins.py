"""
Telling a cross-site POST apart by the headers a browser sends, without a token.

The share forms carry no CSRF token, so that reader pages hold no per-reader
secret and can be cached whole. A browser says where a request comes from,
and a page on another site cannot make it say otherwise. The rule is Go
1.25's CrossOriginProtection, with the scheme check that Django's own Origin
check (CsrfViewMiddleware) makes:

- `Sec-Fetch-Site` (Fetch Metadata, sent by every current browser) decides
  when it is there: `same-origin`, or `none` (the reader typed or bookmarked
  the address), is this site; any other value (`same-site`, `cross-site`, or
  one we do not know) is not.
- Without it, `Origin` decides: absent (an old browser, or no browser at all,
  which a token would not stop either) is this site; equal to this site's own
  scheme and host is this site; any other, `null` included, is not.
"""

SAME_ORIGIN_FETCH = frozenset({"same-origin", "none"})


def is_same_origin(request) -> bool:
    """Whether `request`, a POST, comes from a page of this site (or from no page), by the rule above."""
    fetch_site = request.META.get("HTTP_SEC_FETCH_SITE")
    if fetch_site is not None:
        # As browsers send it, exactly; any other spelling is another value.
        return fetch_site in SAME_ORIGIN_FETCH
    origin = request.META.get("HTTP_ORIGIN")
    if origin is None:
        return True
    # As CsrfViewMiddleware builds it: the scheme as the request was made (behind
    # a TLS proxy, SECURE_PROXY_SSL_HEADER), and the host checked against ALLOWED_HOSTS.
    own = f"{'https' if request.is_secure() else 'http'}://{request.get_host()}"
    return origin == own
