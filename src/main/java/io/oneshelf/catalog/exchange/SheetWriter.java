package io.oneshelf.catalog.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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
final class SheetWriter {

    private SheetWriter() {
    }

    static byte[] write(SheetFormat format, boolean chinese, List<Map<SheetColumn, String>> rows) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (format == SheetFormat.CSV) {
                csv(out, chinese, rows);
            } else {
                xlsx(out, chinese, rows);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(SheetColumn column, boolean chinese) {
        return chinese ? column.label() : column.key();
    }

    private static void csv(ByteArrayOutputStream out, boolean chinese, List<Map<SheetColumn, String>> rows)
            throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            for (SheetColumn column : SheetColumn.values()) {
                printer.print(header(column, chinese));
            }
            printer.println();
            for (Map<SheetColumn, String> row : rows) {
                for (SheetColumn column : SheetColumn.values()) {
                    printer.print(row.getOrDefault(column, ""));
                }
                printer.println();
            }
        }
    }

    private static void xlsx(ByteArrayOutputStream out, boolean chinese, List<Map<SheetColumn, String>> rows)
            throws IOException {
        Workbook workbook = new Workbook(out, "OneShelf", "1.0");
        Worksheet sheet = workbook.newWorksheet(chinese ? "商品" : "Products");
        SheetColumn[] columns = SheetColumn.values();
        for (int c = 0; c < columns.length; c++) {
            sheet.value(0, c, header(columns[c], chinese));
            sheet.style(0, c).bold().set();
            sheet.width(c, columns[c] == SheetColumn.PRODUCT_NAME || columns[c] == SheetColumn.SPECS ? 24 : 16);
        }
        sheet.freezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.length; c++) {
                String value = rows.get(r).getOrDefault(columns[c], "");
                if (value.isEmpty()) {
                    continue;
                }
                if (columns[c] == SheetColumn.LIST_PRICE) {
                    sheet.value(r + 1, c, new BigDecimal(value));
                    sheet.style(r + 1, c).format("0.00").set();
                } else {
                    sheet.value(r + 1, c, value);
                }
            }
        }
        workbook.finish();
    }
}
