package io.oneshelf.payment;

/** How a payment is made. Wallet and points come with members. */
public enum Tender {
    /** Notes and coins at a till; change is given back. */
    CASH,
    /** A bank card on the till's own terminal; OneShelf records the terminal's reference. */
    CARD,
    /** WeChat Pay through the configured provider (the sandbox gateway by default). */
    WECHAT_PAY;

    /** Whether the money moves through an online gateway, i.e. succeeds asynchronously. */
    public boolean online() {
        return this == WECHAT_PAY;
    }
}
