from chronique.events.dates import act_date


def test_weekday_resolves_against_a_day_precise_article():
    # 2025-11-25 is a Tuesday: "ce vendredi" is the 21st
    assert act_date("Il a reçu ce vendredi son homologue.", "2025-11-25", "day") == ("2025-11-21", "day")
    assert act_date("La veille, il avait signé.", "2025-11-25", "day") == ("2025-11-24", "day")


def test_explicit_day_and_month_precision():
    assert act_date("Il est arrivé le 1er mai à Alger.", "2018-05", "month") == ("2018-05-01", "day")
    assert act_date("Ce vendredi, il a signé.", "2021-07", "month") == ("2021-07", "month")
    assert act_date("Sans date.", None, None) == (None, None)
