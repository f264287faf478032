"""The charts: a true time axis, and one colour per event type wherever it is drawn."""
import json

from chronique.analysis.dyads import type_classes, type_colours
from chronique.web import charts


def test_months_sit_on_a_time_axis_with_their_gaps():
    rows = [{"month": "2014-07", "type": "SANCTION", "n": 2}, {"month": "2018-01", "type": "AGREE", "n": 1},
            {"month": None, "type": "AGREE", "n": 4}]
    fig = json.loads(charts.stacked_by_type(rows, "MAR-ITA"))
    assert fig["layout"]["xaxis"]["type"] == "date"
    xs = sorted(x for trace in fig["data"] for x, y in zip(trace["x"], trace["y"]) if y)
    assert xs == ["2014-07-01", "2018-01-01"]          # dates, not categories side by side
    assert "4 non datés" in fig["layout"]["title"]["text"]            # French unless told
    from chronique.web.labels import words

    english = json.loads(charts.stacked_by_type(rows, "MAR-ITA", words("en")))
    assert "4 undated not shown" in english["layout"]["title"]["text"] and english["layout"]["xaxis"]["title"]["text"] == "month"
    assert json.loads(charts.cooperation_conflict([{"month": "2021-07", "class": "conflict", "n": 1}], "t"))["layout"]["xaxis"]["type"] == "date"


def test_a_type_has_one_colour_in_every_chart_warm_for_conflict_cool_for_cooperation():
    a = json.loads(charts.stacked_by_type([{"month": "2021-07", "type": "SANCTION", "n": 1}], "overview"))
    b = json.loads(charts.stacked_by_type([{"month": "2021-07", "type": "AGREE", "n": 1},
                                           {"month": "2021-08", "type": "SANCTION", "n": 1}], "dyad"))
    colour_in = lambda fig: {t["name"]: t["marker"]["color"] for t in fig["data"]}  # noqa: E731
    assert colour_in(a)["SANCTION"] == colour_in(b)["SANCTION"] == type_colours()["SANCTION"]
    colours, classes = type_colours(), type_classes()
    assert len(set(colours.values())) == len(colours) == 16      # no two types share a colour

    def warm(hex_colour: str) -> bool:
        r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
        return r > b

    for t, cls in classes.items():
        if cls != "neutral":
            assert warm(colours[t]) == (cls == "conflict"), t
