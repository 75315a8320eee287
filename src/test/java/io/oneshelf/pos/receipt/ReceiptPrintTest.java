package io.oneshelf.pos.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The ESC/POS bytes of a receipt, compared byte for byte with the expected receipts under
 * {@code src/test/resources/io/oneshelf/pos/receipt/} (a change of layout is a change of those files, reviewed as
 * such: a failing run writes what it printed to {@code target/} beside a hex diff).
 */
class ReceiptPrintTest {

    private static final byte[] RESET_AND_CHINESE_MODE = {0x1B, '@', 0x1C, '&'};
    private static final byte[] CHINESE_MODE_OFF_AND_CUT = {0x1C, '.', 0x1D, 'V', 66, 0};

    @Test
    void a_58mm_receipt_prints_as_expected() throws IOException {
        assertBytes("receipt-58mm.bin", ReceiptPrint.bytes(Receipts.aSplitTenderSaleWithADiscount(), Paper.MM58));
    }

    @Test
    void an_80mm_receipt_prints_as_expected() throws IOException {
        assertBytes("receipt-80mm.bin", ReceiptPrint.bytes(Receipts.aSplitTenderSaleWithADiscount(), Paper.MM80));
    }

    @Test
    void a_receipt_resets_the_printer_turns_chinese_mode_on_and_ends_with_the_cut() {
        byte[] bytes = ReceiptPrint.bytes(Receipts.aSplitTenderSaleWithADiscount(), Paper.MM58);
        assertThat(Arrays.copyOfRange(bytes, 0, 4)).isEqualTo(RESET_AND_CHINESE_MODE);
        assertThat(Arrays.copyOfRange(bytes, bytes.length - 6, bytes.length)).isEqualTo(CHINESE_MODE_OFF_AND_CUT);
    }

    @Test
    void chinese_text_is_encoded_in_gb18030() {
        byte[] bytes = ReceiptPrint.bytes(Receipts.aSplitTenderSaleWithADiscount(), Paper.MM80);
        // 珍珠奶茶 in GB2312/GB18030: D5E4 D6E9 C4CC B2E8
        assertThat(indexOf(bytes, new byte[] {(byte) 0xD5, (byte) 0xE4, (byte) 0xD6, (byte) 0xE9, (byte) 0xC4,
                (byte) 0xCC, (byte) 0xB2, (byte) 0xE8})).isPositive();
        assertThat(indexOf(bytes, "珍珠".getBytes(StandardCharsets.UTF_8))).isNegative();
    }

    @Test
    void the_qr_code_stores_the_e_receipt_url_as_a_model_2_code() {
        String url = Receipts.aSplitTenderSaleWithADiscount().eReceiptUrl();
        byte[] bytes = ReceiptPrint.bytes(Receipts.aSplitTenderSaleWithADiscount(), Paper.MM58);
        int stored = url.length() + 3;
        byte[] store = concat(new byte[] {0x1D, '(', 'k', (byte) stored, 0, 49, 80, 48}, url.getBytes());
        assertThat(indexOf(bytes, new byte[] {0x1D, '(', 'k', 4, 0, 49, 65, 50, 0})).isPositive();
        assertThat(indexOf(bytes, new byte[] {0x1D, '(', 'k', 3, 0, 49, 67, 5})).as("module size 5 on 58 mm")
                .isPositive();
        assertThat(indexOf(bytes, store)).isPositive();
        assertThat(indexOf(bytes, new byte[] {0x1D, '(', 'k', 3, 0, 49, 81, 48})).isGreaterThan(indexOf(bytes, store));
    }

    @Test
    void no_printed_line_is_wider_than_the_paper() {
        for (Paper paper : Paper.values()) {
            String text = new String(ReceiptPrint.bytes(Receipts.aSplitTenderSaleWithADiscount(), paper),
                    EscPos.GB18030);
            for (String line : text.split("\n")) {
                if (line.contains("\u001D(k")) {
                    continue; // the QR code's data is not printed as text
                }
                String printable = line.replaceAll("\\u001B[aEd].|\\u001D!.|\\u001B@|\\u001C[&.]", "");
                assertThat(Columns.width(printable)).as("%s: %s", paper, printable).isLessThanOrEqualTo(paper.columns);
            }
        }
    }

    private static void assertBytes(String expectedFile, byte[] actual) throws IOException {
        byte[] expected;
        try (InputStream in = ReceiptPrintTest.class.getResourceAsStream(expectedFile)) {
            expected = in == null ? new byte[0] : in.readAllBytes();
        }
        if (!Arrays.equals(expected, actual)) {
            Path written = Path.of("target", expectedFile.replace(".bin", ".actual.bin"));
            Files.createDirectories(written.getParent());
            Files.write(written, actual);
            fail("The receipt differs from " + expectedFile + " (what was printed is in " + written + "):\n"
                 + HexDiff.of(expected, actual));
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
