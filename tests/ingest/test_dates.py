import pytest

from chronique.ingest import parse_date


@pytest.mark.parametrize("value,expected", [
    ("2024", ("2024", "year")),
    ("2024-06", ("2024-06", "month")),
    ("2024-06-14", ("2024-06-14", "day")),
    ("2024-06-14T08:30:00Z", ("2024-06-14", "day")),
    ("16 janvier 2022", ("2022-01-16", "day")),
    ("1er mai 2018", ("2018-05-01", "day")),
    ("janvier 2022", ("2022-01", "month")),
])
def test_dates_keep_their_precision(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["2024-13-45", "2023-02-30", "", "pas une date du tout"])
def test_bad_dates_say_why(value):
    with pytest.raises(ValueError) as err:
        parse_date(value)
    assert str(err.value)
