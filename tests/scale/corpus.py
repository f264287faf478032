"""Short French articles written for the scale tests (dated, from several outlets)."""
from __future__ import annotations

import json
from pathlib import Path

ARTICLES = [
    ("s01", "2023-01-10", "MAP", "Le ministre des Affaires étrangères, Nasser Bourita, a reçu mardi à Rabat son homologue espagnol, José Manuel Albares."),
    ("s02", "2023-01-18", "Le Matin", "Le Maroc a condamné fermement l'attaque contre l'ambassade de France à Niamey."),
    ("s03", "2023-02-02", "Le360", "Le ministre de l'Intérieur, Abdelouafi Laftit, a signé à Rome un accord avec son homologue italien sur la migration irrégulière."),
    ("s04", "2023-02-20", "MAP", "L'Algérie a rappelé son ambassadeur à Paris pour consultations.\n\nAlger accuse la France d'ingérence."),
    ("s05", "2023-03-05", "Hespress FR", "Le président français Emmanuel Macron s'est entretenu par téléphone avec le roi Mohammed VI."),
    ("s06", "2023-03-21", "MAP", "Le Mali a expulsé l'ambassadeur de France, accusé de propos hostiles."),
    ("s07", "2023-04-04", "Le Desk", "La Mauritanie et le Sénégal ont signé un accord de coopération dans le domaine de la pêche."),
    ("s08", "2023-04-19", "MAP", "Le gouvernement tunisien a rejeté les critiques de l'Union européenne sur la gestion des migrants."),
    ("s09", "2023-05-08", "Le Matin", "La Russie a menacé la Moldavie de représailles si elle expulse ses diplomates."),
    ("s10", "2023-05-30", "Yabiladi", "Le ministre portugais de l'Intérieur a rencontré à Lisbonne son homologue marocain.\n\nLes deux ministres ont convenu de renforcer la coopération sécuritaire."),
    ("s11", "2023-06-12", "MAP", "L'Égypte a appelé Israël à cesser les frappes contre Gaza."),
    ("s12", "2023-06-25", "Médias24", "Le Burkina Faso a suspendu la diffusion des médias français sur son territoire."),
]


def write_corpus(folder: Path, articles=ARTICLES) -> Path:
    path = folder / "corpus.jsonl"
    path.write_text("".join(json.dumps({"id": i, "date": d, "source": s, "text": t}, ensure_ascii=False) + "\n"
                            for i, d, s, t in articles), encoding="utf-8")
    return path
