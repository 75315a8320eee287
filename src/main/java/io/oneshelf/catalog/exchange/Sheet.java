package io.oneshelf.catalog.exchange;

import java.util.List;
import java.util.Map;

/**
 * An uploaded product sheet as read: its format, the header text of each column it has, and its non-blank data
 * rows, each numbered as the user sees it in a spreadsheet program (the header is row 1).
 */
record Sheet(SheetFormat format, Map<SheetColumn, String> headers, List<Row> rows) {

    /** One data row: the trimmed text of each column the sheet has ("" for an empty cell). */
    record Row(int number, Map<SheetColumn, String> values) {

        String get(SheetColumn column) {
            return values.getOrDefault(column, "");
        }
    }

    boolean has(SheetColumn column) {
        return headers.containsKey(column);
    }

    /** The column as its header names it in this sheet, for row errors. */
    String header(SheetColumn column) {
        return headers.getOrDefault(column, column.key());
    }
}
