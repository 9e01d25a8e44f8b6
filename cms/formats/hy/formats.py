# Armenian numbers as CLDR writes them (Django ships no formats for hy):
# a decimal comma and thousands grouped by a non-breaking space, 80 000 and 386,72.
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3
