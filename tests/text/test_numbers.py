from newsweave.text.numbers import numbers_compatible, numbers_in


def test_number_words_and_digits_normalise():
    assert numbers_in("Fourteen people and 14 dogs; 6,000 a day; 5.40pm; 3.0 miles") >= {"14", "6000", "5.4", "3"}


def test_one_is_not_counted():
    assert numbers_in("one of the injured") == set()


def test_compatibility():
    assert not numbers_compatible("Fourteen people were hurt.", "Twelve people were hurt.")
    assert numbers_compatible("Fourteen people were hurt.", "14 people were hurt in 2025.")
    assert numbers_compatible("The board is investigating.", "Twelve people were hurt.")
