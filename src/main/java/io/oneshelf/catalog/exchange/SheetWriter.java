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
 * keeps every digit) and the price as a number with two decimals. Rows go to the stream as they are added: a
 * sheet's memory is one batch, not the whole catalog.
 */
sealed interface SheetWriter extends AutoCloseable {

    /** A sheet written to {@code out} as rows are added; {@link #close} finishes it. */
    static SheetWriter to(OutputStream out, SheetFormat format, boolean chinese) {
        try {
            return format == SheetFormat.CSV ? new Csv(out, chinese) : new Xlsx(out, chinese);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole small sheet in memory (the empty import template). */
    static byte[] write(SheetFormat format, boolean chinese, List<Map<SheetColumn, String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter writer = to(out, format, chinese)) {
            writer.add(rows);
        }
        return out.toByteArray();
    }

    /** Adds the rows and passes them on to the stream. */
    void add(List<Map<SheetColumn, String>> rows);

    @Override
    void close();

    private static String header(SheetColumn column, boolean chinese) {
        return chinese ? column.label() : column.key();
    }

    final class Csv implements SheetWriter {

        private final CSVPrinter printer;

        private Csv(OutputStream out, boolean chinese) throws IOException {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT);
            for (SheetColumn column : SheetColumn.values()) {
                printer.print(header(column, chinese));
            }
            printer.println();
        }

        @Override
        public void add(List<Map<SheetColumn, String>> rows) {
            try {
                for (Map<SheetColumn, String> row : rows) {
                    for (SheetColumn column : SheetColumn.values()) {
                        printer.print(row.getOrDefault(column, ""));
                    }
                    printer.println();
                }
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                printer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    final class Xlsx implements SheetWriter {

        private static final SheetColumn[] COLUMNS = SheetColumn.values();

        private final Workbook workbook;
        private final Worksheet sheet;
        private int nextRow = 1;

        private Xlsx(OutputStream out, boolean chinese) {
            workbook = new Workbook(out, "OneShelf", "1.0");
            sheet = workbook.newWorksheet(chinese ? "商品" : "Products");
            for (int c = 0; c < COLUMNS.length; c++) {
                sheet.value(0, c, header(COLUMNS[c], chinese));
                sheet.style(0, c).bold().set();
                sheet.width(c, COLUMNS[c] == SheetColumn.PRODUCT_NAME || COLUMNS[c] == SheetColumn.SPECS ? 24 : 16);
            }
            sheet.freezePane(0, 1);
        }

        @Override
        public void add(List<Map<SheetColumn, String>> rows) {
            rows.forEach(row -> cells(nextRow++, row));
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                workbook.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void cells(int r, Map<SheetColumn, String> row) {
            for (int c = 0; c < COLUMNS.length; c++) {
                String value = row.getOrDefault(COLUMNS[c], "");
                if (value.isEmpty()) {
                    continue;
                }
                if (COLUMNS[c] == SheetColumn.LIST_PRICE) {
                    sheet.value(r, c, new BigDecimal(value));
                    sheet.style(r, c).format("0.00").set();
                } else {
                    // inline, not in the shared-strings table, which FastExcel keeps in memory until the end
                    sheet.inlineString(r, c, value);
                }
            }
        }
    }
}
