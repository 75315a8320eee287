package io.oneshelf.catalog.exchange;

import io.oneshelf.platform.Message;
/**
 * What is wrong in one row of an import sheet. {@code row} is the row number as a spreadsheet program shows it
 * (header = 1); {@code column} the header text as written in the file, {@code field} the column's stable key.
 */
record RowError(int row, String column, String field, Message message) {

    static RowError of(Sheet sheet, int row, SheetColumn column, Message message) {
        return new RowError(row, sheet.header(column), column.key(), message);
    }
}
