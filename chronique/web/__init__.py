"""The analyst's web app: server-rendered pages over the Python API, each with a JSON twin."""
from chronique.web.app import create_app

__all__ = ["create_app"]
