"""The client's address, taken from the trusted proxy hop only.

With ``TRUSTED_PROXY_COUNT=0`` (the default) the client is ``REMOTE_ADDR`` and
any ``X-Forwarded-For`` header is ignored. With ``N`` proxies in front of us,
each appending the address it saw, the client is the N-th address from the
right of ``X-Forwarded-For``: whatever a client writes into the header itself
stays to the left of it and is never read.
"""

import ipaddress

from django.conf import settings


def _valid(address):
    try:
        return str(ipaddress.ip_address(address.strip()))
    except ValueError:
        return None


def client_ip(request):
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.KOPIR_TRUSTED_PROXY_COUNT
    if count <= 0:
        return _valid(remote) or remote
    hops = [
        hop.strip()
        for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if hop.strip()
    ]
    if len(hops) < count:
        # Fewer hops than proxies: the request did not come through them all.
        return _valid(remote) or remote
    return _valid(hops[-count]) or _valid(remote) or remote
