#!/usr/bin/env python3
"""Edits cells of an .xlsx as another program would (openpyxl: shared strings, no stored
values for formulas), for the end-to-end tests of reading a workbook back.

  edit_xlsx.py <in.xlsx> <out.xlsx> <sheet>!<cell>=<value> [...]
  edit_xlsx.py <in.xlsx> <out.xlsx> <sheet>*<count>

A value that reads as a number is written as a number, else as text. `<sheet>*<count>` appends
`count` copies of the sheet's row 2 (the first below the header): a large workbook.
"""
import sys

import openpyxl


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    book = openpyxl.load_workbook(argv[0])
    for edit in argv[2:]:
        if "*" in edit and "=" not in edit:
            sheet, count = edit.split("*", 1)
            row = [cell.value for cell in book[sheet][2]]
            for _ in range(int(count)):
                book[sheet].append(row)
            continue
        where, value = edit.split("=", 1)
        sheet, cell = where.split("!", 1)
        try:
            number = float(value)
            book[sheet][cell] = int(number) if number.is_integer() else number
        except ValueError:
            book[sheet][cell] = value
    book.save(argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
