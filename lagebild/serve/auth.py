"""Who may ask: nobody needs a token on a loopback address; beyond it a bearer token is required.

The token comes as `Authorization: Bearer …` or as a `token` query parameter (the dashboard page
passes on the one in its own address); it is compared in constant time.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
from collections.abc import Callable
from typing import Annotated, Optional

from fastapi import Depends, HTTPException
from fastapi.security import APIKeyQuery, HTTPAuthorizationCredentials, HTTPBearer

TOKEN_ENV = "LAGEBILD_TOKEN"

_bearer = HTTPBearer(auto_error=False, description="the server's token")
_query = APIKeyQuery(name="token", auto_error=False, description="the server's token, for links from the dashboard")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def token_for(host: str, given: str | None) -> tuple[str | None, bool]:
    """The token to require when bound to `host` and whether it was generated here: the one
    given (or $LAGEBILD_TOKEN); none on loopback; else a fresh random one."""
    token = given or os.environ.get(TOKEN_ENV) or None
    if token or is_loopback(host):
        return token, False
    return secrets.token_urlsafe(24), True


def require_token(token: str) -> Callable[..., None]:
    """A dependency that lets a request through only when it carries `token`."""

    def check(bearer: Annotated[Optional[HTTPAuthorizationCredentials], Depends(_bearer)],
              query: Annotated[Optional[str], Depends(_query)]) -> None:
        offered = bearer.credentials if bearer is not None else query
        if offered is None or not secrets.compare_digest(offered.encode("utf8"), token.encode("utf8")):
            raise HTTPException(401, "missing or wrong token (send Authorization: Bearer TOKEN or ?token=TOKEN)",
                                headers={"WWW-Authenticate": "Bearer"})

    return check
