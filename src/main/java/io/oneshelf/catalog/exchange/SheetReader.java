package io.oneshelf.catalog.exchange;

import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * Reads an uploaded product sheet (CSV through Commons CSV, XLSX through FastExcel) and refuses, before any job
 * exists, a file that cannot be a product sheet: unknown type, unreadable, empty, a header without a required
 * column or with an unknown one, more rows than {@link #MAX_ROWS}. Blank rows are skipped but still counted, so
 * row numbers match what the user sees.
 */
final class SheetReader {

    static final int MAX_ROWS = 20_000;
    private static final String FIELD = "file";
    private static final Charset GB18030 = Charset.forName("GB18030");

    private SheetReader() {
    }

    static Sheet read(String fileName, byte[] content) {
        SheetFormat format = SheetFormat.ofFileName(fileName).orElseThrow(() -> refuse(
                Message.of("import.file.type")));
        if (content.length == 0) {
            throw refuse(Message.of("import.file.empty"));
        }
        boolean zip = ReadableWorkbook.isOOXMLZipHeader(Arrays.copyOf(content, Math.min(content.length, 8)));
        if (ReadableWorkbook.isOLE2Header(Arrays.copyOf(content, Math.min(content.length, 8)))) {
            throw refuse(Message.of("import.file.xls"));
        }
        if (format == SheetFormat.XLSX && !zip) {
            throw refuse(Message.of("import.file.not-xlsx"));
        }
        if (format == SheetFormat.CSV && zip) {
            throw refuse(Message.of("import.file.not-csv"));
        }
        List<List<String>> raw = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        if (format == SheetFormat.CSV) {
            csv(content, raw, numbers);
        } else {
            xlsx(content, raw, numbers);
        }
        return sheet(format, raw, numbers);
    }

    private static Sheet sheet(SheetFormat format, List<List<String>> raw, List<Integer> numbers) {
        if (raw.isEmpty()) {
            throw refuse(Message.of("import.file.empty"));
        }
        Map<Integer, SheetColumn> byIndex = new LinkedHashMap<>();
        Map<SheetColumn, String> headers = header(raw.get(0), byIndex);
        List<Sheet.Row> rows = new ArrayList<>();
        for (int i = 1; i < raw.size(); i++) {
            Map<SheetColumn, String> values = new EnumMap<>(SheetColumn.class);
            List<String> cells = raw.get(i);
            for (Map.Entry<Integer, SheetColumn> column : byIndex.entrySet()) {
                values.put(column.getValue(), column.getKey() < cells.size() ? cells.get(column.getKey()) : "");
            }
            rows.add(new Sheet.Row(numbers.get(i), values));
        }
        if (rows.isEmpty()) {
            throw refuse(Message.of("import.file.no-rows"));
        }
        if (rows.size() > MAX_ROWS) {
            throw refuse(Message.of("import.file.too-many-rows", MAX_ROWS));
        }
        return new Sheet(format, headers, rows);
    }

    private static Map<SheetColumn, String> header(List<String> cells, Map<Integer, SheetColumn> byIndex) {
        Map<SheetColumn, String> headers = new EnumMap<>(SheetColumn.class);
        List<Rejection.Fault> errors = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i);
            if (text.isBlank()) {
                continue;
            }
            Optional<SheetColumn> column = SheetColumn.byHeader(text);
            if (column.isEmpty()) {
                errors.add(Rejection.Fault.of(FIELD, "import.header.unknown", text));
            } else if (headers.putIfAbsent(column.get(), text) != null) {
                errors.add(Rejection.Fault.of(FIELD, "import.header.twice", column.get().describe()));
            } else {
                byIndex.put(i, column.get());
            }
        }
        for (SheetColumn column : SheetColumn.values()) {
            if (column.required() && !headers.containsKey(column)) {
                errors.add(Rejection.Fault.of(FIELD, "import.header.missing", column.describe()));
            }
        }
        if (!errors.isEmpty()) {
            throw new Rejection(Rejection.Kind.INVALID,
                    Message.of("import.header.refused", errors.get(0).message()), errors);
        }
        return headers;
    }

    private static void csv(byte[] content, List<List<String>> raw, List<Integer> numbers) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(text(content), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.stream().map(c -> c == null ? "" : c.trim()).toList();
                keep(cells, (int) record.getRecordNumber(), raw, numbers);
                if (raw.size() > MAX_ROWS + 1) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw refuse(Message.of("import.file.bad-csv", String.valueOf(e.getMessage())));
        }
    }

    /** UTF-8 (with or without the BOM Excel writes), else GB18030, in which Chinese Excel saves CSV by default. */
    private static String text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(content, GB18030);
        }
    }

    private static void xlsx(byte[] content, List<List<String>> raw, List<Integer> numbers) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
             Stream<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<org.dhatim.fastexcel.reader.Row> it = rows.iterator();
            while (it.hasNext() && raw.size() <= MAX_ROWS + 1) {
                org.dhatim.fastexcel.reader.Row row = it.next();
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                keep(cells, row.getRowNum(), raw, numbers);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw refuse(Message.of("import.file.bad-xlsx", String.valueOf(e.getMessage())));
        }
    }

    /** Numbers as typed (12.5, 6901234567892), not in the floating-point or scientific form Excel stores. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> {
                BigDecimal n = cell.asNumber();
                yield n == null ? "" : n.stripTrailingZeros().toPlainString();
            }
            case EMPTY -> "";
            default -> cell.getText() == null ? "" : cell.getText().trim();
        };
    }

    private static void keep(List<String> cells, int number, List<List<String>> raw, List<Integer> numbers) {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        raw.add(cells);
        numbers.add(number);
    }

    private static Rejection refuse(Message message) {
        return new Rejection(Rejection.Kind.INVALID, Message.of("import.file.refused", message),
                List.of(new Rejection.Fault(FIELD, message)));
    }
}
