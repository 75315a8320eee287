package io.oneshelf.catalog.product;

import io.oneshelf.platform.Rejection;

/**
 * Which barcodes a SKU may carry: GTIN codes as printed on goods, i.e. EAN-13 (13 digits), UPC-A (12) or EAN-8
 * (8), whose last digit is the GS1 check digit. A mistyped digit at the till is caught here, not at the scanner.
 */
public final class BarcodePolicy {

    private BarcodePolicy() {
    }

    static boolean isValid(String code) {
        if (code == null || !code.matches("\\d{8}|\\d{12}|\\d{13}")) {
            return false;
        }
        int last = code.length() - 1;
        return checkDigit(code.substring(0, last)) == code.charAt(last) - '0';
    }

    /** The GS1 check digit of {@code payload}: weights 3, 1, 3, … from the right, up to the next ten. */
    public static int checkDigit(String payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            int digit = payload.charAt(payload.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? 3 * digit : digit;
        }
        return (10 - sum % 10) % 10;
    }

    static void require(String field, String code) {
        if (!isValid(code)) {
            throw Rejection.invalid(field, "catalog.barcode.invalid");
        }
    }
}
