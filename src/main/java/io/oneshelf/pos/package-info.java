/**
 * The store counter (收銀): tills, shifts and their cash, sales at the till through the order module, and the
 * receipts printed for them ({@code receipt}: the receipt as JSON, ESC/POS bytes for thermal printers, the QR of the
 * e-receipt). Sells, takes money and reads orders through the order and payment modules' in-process APIs; names
 * stores and staff through {@code org}'s.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "org", "order", "payment", "member"})
package io.oneshelf.pos;
