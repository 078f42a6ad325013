"""The host of a web address, read one way wherever Kopir judges a link.

Printed documents keep a link only when it goes to a public web address
(``public_web_address``), and the do-not-amplify guard (``content/links.py``)
compares a material's links with blocked hosts. Both read the host with
``normal_host``, the way a browser will when the reader follows the link: lower
case, international names in their ASCII (IDNA) form, so full-width letters and
digits or ideographic full stops cannot make a local or blocked host look like
another one.

It lives in the print package because that is the lower layer of the two:
``content.printing`` imports nothing from the rest of ``content``, while
``content.links`` may import from it.
"""

import contextlib
import ipaddress
from urllib.parse import urlsplit

LOCAL_SUFFIXES = (".local", ".localhost", ".internal")


def normal_host(name):
    """A host name as a browser looks it up: lower case, IDNA, no final dot.

    A name the IDNA codec refuses is kept as it was written (lower case).
    """
    host = (name or "").lower()
    with contextlib.suppress(UnicodeError):
        host = host.encode("idna").decode("ascii")
    # After the encoding: "example。org。" ends in a dot only once it is ASCII.
    return host.rstrip(".")


def web_host(url):
    """The host ``url`` names; "" if it names none.

    An address without ``//`` (``example.org/path``) is read as a host and a path.
    """
    url = url.strip()
    try:
        return normal_host(urlsplit(url if "//" in url else f"//{url}").hostname)
    except ValueError:
        return ""


def public_web_address(url):
    """True for http(s) addresses on a named public host; never files or IPs."""
    try:
        parts = urlsplit(url.strip())
        host = normal_host(parts.hostname)
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not host or not host.isascii():
        return False
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return False
    if "." not in host or host.endswith(LOCAL_SUFFIXES):
        return False
    return host != "localhost"
