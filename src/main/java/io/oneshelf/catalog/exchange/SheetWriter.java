package io.oneshelf.catalog.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes product sheets in the layout {@link SheetReader} reads: CSV in UTF-8 with a byte-order mark (so that
 * Excel shows Chinese correctly), XLSX through FastExcel with codes and barcodes as text cells (so that Excel
 * keeps every digit) and the price as a number with two decimals.
 */
final class SheetWriter implements AutoCloseable {

    private final boolean chinese;
    private final CSVPrinter csv;
    private final Workbook workbook;
    private final Worksheet sheet;
    private int nextRow = 1;

    private SheetWriter(SheetFormat format, boolean chinese, OutputStream out) throws IOException {
        this.chinese = chinese;
        if (format == SheetFormat.CSV) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT);
            workbook = null;
            sheet = null;
        } else {
            csv = null;
            workbook = new Workbook(out, "OneShelf", "1.0");
            sheet = workbook.newWorksheet(chinese ? "商品" : "Products");
        }
        header();
    }

    /** A sheet written to {@code out} as rows are added; {@link #close} finishes it. */
    static SheetWriter to(OutputStream out, SheetFormat format, boolean chinese) throws IOException {
        return new SheetWriter(format, chinese, out);
    }

    /** A whole small sheet in memory (the empty import template). */
    static byte[] write(SheetFormat format, boolean chinese, List<Map<SheetColumn, String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter writer = to(out, format, chinese)) {
            writer.add(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Adds rows and passes them on to the stream: a sheet's memory is one batch, not the whole catalog. */
    void add(List<Map<SheetColumn, String>> rows) throws IOException {
        for (Map<SheetColumn, String> row : rows) {
            if (csv != null) {
                for (SheetColumn column : SheetColumn.values()) {
                    csv.print(row.getOrDefault(column, ""));
                }
                csv.println();
            } else {
                cells(nextRow, row);
            }
            nextRow++;
        }
        if (csv != null) {
            csv.flush();
        } else {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close();
        } else {
            workbook.finish();
        }
    }

    private void header() throws IOException {
        SheetColumn[] columns = SheetColumn.values();
        if (csv != null) {
            for (SheetColumn column : columns) {
                csv.print(chinese ? column.label() : column.key());
            }
            csv.println();
            return;
        }
        for (int c = 0; c < columns.length; c++) {
            sheet.value(0, c, chinese ? columns[c].label() : columns[c].key());
            sheet.style(0, c).bold().set();
            sheet.width(c, columns[c] == SheetColumn.PRODUCT_NAME || columns[c] == SheetColumn.SPECS ? 24 : 16);
        }
        sheet.freezePane(0, 1);
    }

    private void cells(int r, Map<SheetColumn, String> row) {
        SheetColumn[] columns = SheetColumn.values();
        for (int c = 0; c < columns.length; c++) {
            String value = row.getOrDefault(columns[c], "");
            if (value.isEmpty()) {
                continue;
            }
            if (columns[c] == SheetColumn.LIST_PRICE) {
                sheet.value(r, c, new BigDecimal(value));
                sheet.style(r, c).format("0.00").set();
            } else {
                // inline, not in the shared-strings table, which FastExcel keeps in memory until the end
                sheet.inlineString(r, c, value);
            }
        }
    }
}
