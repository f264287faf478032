"""Before reading what the coder makes of a news excerpt found outside the evaluation files: does
it share text with an annotated article whose errors must stay unread?

    python docs/experiments/excerpt_overlap.py EXCERPT.txt [...]

Prints one word a file, and nothing of what it shares: "test" (it shares an eight-word run with
`test.jsonl`: delete it unread), "sealed" (with one of the training articles sealed since the
twenty-fifth stop, `training.sealed_ids`: delete it unread too -- the coder's output on it is
that article's predictions), "read" (with a training article whose errors may be read: nothing
new, the article is already in the training set), or "new". Public news is republished: of
six agency excerpts read at the thirty-seventh stop, five were training articles, two of them
sealed, found only after their coding had been read (the checks of the stops before looked at
`test.jsonl` alone)."""
import json
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from chronique.events.training import sealed_ids  # noqa: E402

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
RUN = 8


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text.lower())
    return re.findall(r"\w+", "".join(ch for ch in text if not unicodedata.combining(ch)))


def runs(text: str) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1)}


def main(paths: list[str]) -> None:
    sealed = sealed_ids(EVAL)
    shared: dict[str, set[tuple[str, ...]]] = {"test": set(), "sealed": set(), "read": set()}
    for name in ("test", "seeds", "dev", "train"):
        for line in (EVAL / f"{name}.jsonl").open(encoding="utf-8"):
            if line.strip():
                article = json.loads(line)
                kind = "test" if name == "test" else "sealed" if article["id"] in sealed else "read"
                shared[kind] |= runs(article["text"])
    for path in paths:
        mine = runs(Path(path).read_text(encoding="utf-8"))
        print(path, next((kind for kind in ("test", "sealed", "read") if mine & shared[kind]), "new"))


if __name__ == "__main__":
    main(sys.argv[1:])
