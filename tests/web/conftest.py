"""A store built from the samples, the dev set (when ../shared is here) and a hostile article,
and a real Uvicorn server over it on a free local port."""
from __future__ import annotations

import json
import socket
import threading
import time

import pytest
import uvicorn

import chronique
from chronique.web import create_app
from tests.conftest import SAMPLES, SHARED_EVAL

# An article written for these tests: markup that must be shown as text, never run
HOSTILE = {
    "id": "xss-test", "date": "2024-03-05", "title": "<script>window.__xss = 'title'</script>",
    "source": "javascript:window.__xss='source'",
    "text": ("Le ministre des Affaires étrangères, Nasser Bourita, a reçu mardi à Rabat son homologue espagnol, "
             "José Manuel Albares. <script>window.__xss = 'script'</script>\n\n"
             "Les deux ministres ont signé un accord <img src=x onerror=\"window.__xss='img'\"> sur la migration. "
             "<a href=\"javascript:window.__xss='link'\">lien</a>"),
}


# an article whose id holds a slash, as a site mirror's or a feed's do
MIRRORED = {"id": "site1/index", "date": "2024-03-06", "source": "https://example.org/site1/",
            "text": "Le ministre marocain des Affaires étrangères a reçu mercredi à Rabat son homologue portugais."}


@pytest.fixture(scope="session")
def web_db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("web")
    hostile = tmp / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE, ensure_ascii=False) + "\n" + json.dumps(MIRRORED, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    inputs = [SAMPLES, hostile]
    if (SHARED_EVAL / "dev.jsonl").exists():
        inputs.append(SHARED_EVAL / "dev.jsonl")
    db = tmp / "web.db"
    chronique.run(inputs, db)
    return db


@pytest.fixture(scope="session")
def live_server(web_db):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(web_db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
