#!/usr/bin/env python3
"""Prints what openpyxl reads in a workbook, as JSON, for the tests to check.

    .build/venv/bin/python Scripts/xlsx-facts.py FILE.xlsx

For each sheet: the title cell and merged ranges, the frozen cell, column widths, the header
row, print settings (orientation, paper, fit to width, repeated rows, margins, footer), the
autofilter, and every data cell with its value, type, number format, fill, border and wrap.
"""
import datetime
import json
import sys

import openpyxl


def cell_facts(cell):
    value = cell.value
    if isinstance(value, (datetime.datetime, datetime.date)):
        value = value.strftime("%Y-%m-%d")
    fill = cell.fill.fgColor.rgb if cell.fill is not None and cell.fill.fill_type else None
    return {
        "v": value,
        "t": "date" if cell.is_date else cell.data_type,
        "fmt": cell.number_format,
        "fill": fill if isinstance(fill, str) else None,
        "border": cell.border.left.style,
        "wrap": bool(cell.alignment.wrap_text),
        "bold": bool(cell.font.b),
    }


def sheet_facts(sheet):
    rows = list(sheet.iter_rows(min_row=3))
    setup = sheet.page_setup
    return {
        "title": sheet["A1"].value,
        "titleBold": bool(sheet["A1"].font.b),
        "merged": sorted(str(r) for r in sheet.merged_cells.ranges),
        "freeze": sheet.freeze_panes,
        "widths": {key: round(dim.width, 2) for key, dim in sorted(sheet.column_dimensions.items())},
        "header": [c.value for c in sheet[2]],
        "headerFacts": [cell_facts(c) for c in sheet[2]],
        "orientation": setup.orientation,
        "paperSize": setup.paperSize,
        "fitToWidth": 1 if setup.fitToWidth is None else setup.fitToWidth,  # OOXML default 1
        "fitToHeight": setup.fitToHeight,
        "fitToPage": bool(sheet.sheet_properties.pageSetUpPr.fitToPage)
        if sheet.sheet_properties.pageSetUpPr is not None else False,
        "printTitleRows": sheet.print_title_rows,
        "footer": sheet.oddFooter.center.text,
        "autofilter": sheet.auto_filter.ref,
        "rows": [[cell_facts(c) for c in row] for row in rows],
        "heights": [sheet.row_dimensions[r].height for r in range(1, sheet.max_row + 1)],
    }


def main():
    workbook = openpyxl.load_workbook(sys.argv[1])
    print(json.dumps({"sheets": workbook.sheetnames,
                      "sheet": {s.title: sheet_facts(s) for s in workbook.worksheets}},
                     ensure_ascii=False))


if __name__ == "__main__":
    main()
