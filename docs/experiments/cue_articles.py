"""Cue articles for the act model, written for the twenty-second stop from the codebook's cue table
(my own sentences, no published text): 33 short articles, 30 gold events, the codebook's plain
cues ("a coopéré avec", "ont échangé des renseignements", "a acheminé des vivres") and a few
sentences with the same words and no act. The training articles hold almost none of these cues,
so the act model refuses some of them (COOPERATE at 0.16-0.32). Measured as extra training data
(docs/measurements.md, "Twenty-second stop", not kept yet): CV even, the plain cues accepted.

    python docs/experiments/cue_articles.py OUT.jsonl        # writes the articles in FORMAT.md's format
    python docs/experiments/cv_with_extra.py NAME OUT.jsonl  # CV with them added to every fold's training

Each article is a list of (sentence, [(type, (source name, country), (target name, country))])."""
import json
A = [
 [("Le Maroc et l'Espagne ont échangé des renseignements sur une cellule terroriste démantelée à Tanger.", [("COOPERATE", ("Maroc","MAR"), ("Espagne","ESP"))]),
  ("La coopération sécuritaire entre les deux pays est jugée exemplaire par les observateurs.", [])],
 [("Le Bénin coopère étroitement avec le Niger dans la lutte contre les groupes armés.", [("COOPERATE", ("Bénin","BEN"), ("Niger","NER"))]),
  ("Les deux armées partagent une frontière de près de 270 kilomètres.", [])],
 [("La police sénégalaise a collaboré avec Interpol pour localiser le fugitif.", [("COOPERATE", ("police sénégalaise","SEN"), ("Interpol","IGO"))]),
  ("Le suspect était recherché depuis 2019.", [])],
 [("Les forces tchadiennes et camerounaises ont mené une opération conjointe contre Boko Haram.", [("COOPERATE", ("forces tchadiennes","TCD"), ("forces camerounaises","CMR"))]),
  ("L'opération s'est déroulée dans la région du lac Tchad.", [])],
 [("L'Italie a extradé vers la Tunisie un ressortissant tunisien condamné pour terrorisme.", [("COOPERATE", ("Italie","ITA"), ("Tunisie","TUN"))])],
 [("Le ministre ghanéen a réitéré la volonté de son pays de renforcer la coopération avec le Togo.", [("COOPERATE", ("ministre ghanéen","GHA"), ("Togo","TGO"))]),
  ("Il a souligné les liens historiques qui unissent les deux peuples.", [])],
 [("La Mauritanie et le Sénégal ont décidé de renforcer leur coopération dans le domaine de la pêche.", [("AGREE", ("Mauritanie","MRT"), ("Sénégal","SEN"))])],
 [("Les services de renseignement marocains et français travaillent ensemble contre les réseaux de trafic de migrants.", [("COOPERATE", ("services de renseignement marocains","MAR"), ("services de renseignement français","FRA"))])],
 [("Le Japon a octroyé une aide de 3 millions de dollars au Mozambique.", [("AID", ("Japon","JPN"), ("Mozambique","MOZ"))]),
  ("Le Mozambique fait face à une grave crise humanitaire dans le nord du pays.", [])],
 [("L'Égypte a acheminé vingt camions de vivres vers le Soudan.", [("AID", ("Égypte","EGY"), ("Soudan","SDN"))])],
 [("La Turquie a dépêché des secouristes en Libye après les inondations.", [("AID", ("Turquie","TUR"), ("Libye","LBY"))]),
  ("Les inondations ont fait des milliers de morts à Derna.", [])],
 [("Le Qatar a financé la reconstruction de deux écoles à Gaza.", [("AID", ("Qatar","QAT"), ("Gaza","PSE"))])],
 [("L'OIM a rapatrié 150 migrants guinéens depuis la Libye.", [("AID", ("OIM","IGO"), ("Guinée","GIN"))])],
 [("Le président tunisien a reçu lundi le ministre algérien des Affaires étrangères.", [("CONSULT", ("président tunisien","TUN"), ("ministre algérien des Affaires étrangères","DZA"))]),
  ("Les entretiens ont porté sur la situation en Libye.", [])],
 [("Le Premier ministre malien s'est rendu à Niamey pour une visite de travail.", [("CONSULT", ("Premier ministre malien","MLI"), ("Niger","NER"))])],
 [("Le chef de la diplomatie kényane s'est entretenu par téléphone avec son homologue éthiopien.", [("CONSULT", ("chef de la diplomatie kényane","KEN"), ("homologue éthiopien","ETH"))])],
 [("Le roi Mohammed VI a reçu en audience le président de la Commission de l'Union africaine.", [("CONSULT", ("Mohammed VI","MAR"), ("président de la Commission de l'Union africaine","IGO"))])],
 [("La Russie a menacé la Moldavie de représailles si elle rejoignait l'OTAN.", [("THREATEN", ("Russie","RUS"), ("Moldavie","MDA"))])],
 [("Le Rwanda a averti la RDC qu'il répondrait à toute nouvelle incursion.", [("THREATEN", ("Rwanda","RWA"), ("RDC","COD"))])],
 [("L'Union africaine a exhorté les belligérants soudanais à cesser les combats.", [("REQUEST", ("Union africaine","IGO"), ("Soudan","SDN"))])],
 [("Le Maroc a demandé à l'Espagne l'extradition de deux trafiquants.", [("REQUEST", ("Maroc","MAR"), ("Espagne","ESP"))])],
 [("Le Burkina Faso a libéré trois soldats ivoiriens détenus depuis septembre.", [("CONCEDE", ("Burkina Faso","BFA"), ("soldats ivoiriens","CIV"))])],
 [("L'Algérie a rouvert son ambassade à Tripoli.", [("CONCEDE", ("Algérie","DZA"), ("Libye","LBY"))])],
 [("La France a retiré ses derniers soldats du Niger.", [("RETREAT", ("France","FRA"), ("Niger","NER"))])],
 [("Le Mali a rejeté les accusations de l'Algérie.", [("REJECT", ("Mali","MLI"), ("Algérie","DZA"))])],
 [("Le Niger a expulsé l'ambassadeur de France.", [("SANCTION", ("Niger","NER"), ("ambassadeur de France","FRA"))])],
 [("L'Algérie a condamné les frappes israéliennes sur le Liban.", [("ACCUSE", ("Algérie","DZA"), ("Israël","ISR"))])],
 [("Le Sénégal a salué les efforts de la Gambie en faveur de la paix.", [("SUPPORT", ("Sénégal","SEN"), ("Gambie","GMB"))])],
 [("La Russie a déployé des troupes supplémentaires à la frontière finlandaise.", [("MOBILIZE", ("Russie","RUS"), ("Finlande","FIN"))])],
 [("La police espagnole a arrêté trois ressortissants algériens à Almeria.", [("COERCE", ("police espagnole","ESP"), ("ressortissants algériens","DZA"))])],
 # negatives: the words without an act
 [("La coopération entre le Maroc et la France remonte à plusieurs décennies.", []),
  ("Les relations entre les deux pays sont excellentes.", [])],
 [("Le Niger reste l'un des principaux bénéficiaires de l'aide européenne.", []),
  ("L'aide au développement représente une part importante du budget.", [])],
 [("Les négociations sur un accord de libre-échange entre le Kenya et les États-Unis se poursuivent.", [])],
]
out = []
for k, art in enumerate(A):
    text = " ".join(s for s, _ in art)
    evs = []
    for s, es in art:
        for t, src, tgt in es:
            evs.append({"sentence": s, "sentences_also": [], "type": t,
                        "source": {"name": src[0], "country": src[1]},
                        "target": {"name": tgt[0], "country": tgt[1]} if tgt else None, "contexts": []})
    out.append({"id": f"cue{k:02d}", "date": "2024-06-01", "title": "", "source": "", "language": "fr", "text": text, "events": evs})
import sys
with open(sys.argv[1], "w") as f:
    for a in out: f.write(json.dumps(a, ensure_ascii=False) + "\n")
print(len(out), sum(len(a["events"]) for a in out))
