package io.oneshelf.payment;

/** How a payment is made. */
public enum Tender {
    /** Notes and coins at a till; change is given back. */
    CASH,
    /** A bank card on the till's own terminal; OneShelf records the terminal's reference. */
    CARD,
    /** WeChat Pay through the configured provider (the sandbox gateway by default). */
    WECHAT_PAY,
    /** The payer's stored-value wallet (會員儲值), kept by the module that implements its {@link AccountTender}. */
    WALLET,
    /** The payer's points at the brand's rate, kept by the module that implements its {@link AccountTender}. */
    POINTS;

    /** Whether the money moves through an online gateway, i.e. succeeds asynchronously. */
    public boolean online() {
        return this == WECHAT_PAY;
    }

    /** Whether the value comes from the payer's account with the brand ({@link AccountTender}): needs a payer. */
    public boolean account() {
        return this == WALLET || this == POINTS;
    }
}
