package io.oneshelf.inventory;

/**
 * Sales and returns other modules post to the stock ledger (an order shipped or picked up, a till sale, goods
 * brought back), each idempotent by its reference: posting the same reference again with the same lines changes
 * nothing and answers {@link Posted#repeated()}; with other lines it is refused ({@code CONFLICT} on
 * {@code reference}). Refusals are {@link io.oneshelf.platform.Rejection}s and leave the stock as it was.
 */
public interface StockPostings {

    /**
     * Stock leaves as a sale. Without a hold, each line takes from the location's stock that is not held
     * ({@code OUT_OF_STOCK} naming {@code lines[i].quantity} if there is not enough). With
     * {@link Sale#holdReference()}, the sale consumes that hold: its lines must be the hold's, a held hold is
     * confirmed by it (its stock leaves now) and a confirmed one has left already, so only the sale is recorded.
     */
    Posted postSale(Sale sale);

    /**
     * A sale that has happened already (a till's sale recorded offline, synced later): the goods are gone, so it is
     * never refused for want of stock. A line the unheld stock cannot cover is first made good by an
     * {@code ADJUSTMENT} of the shortfall (reason {@code sold beyond stock}, the sale's reference), then the sale
     * is posted: the balance never goes below what is held, the ledger still sums to it, and the shortfall is
     * there for a recount. Idempotent by reference like {@link #postSale}; its hold reference is ignored.
     */
    Posted postSaleAsSold(Sale sale);

    /** Stock comes back in at each line's location. */
    Posted postReturn(StockReturn stockReturn);

    /**
     * Goods made to order at each line's location and sold at once (a cake made for its booking): a production
     * receipt and a sale of the same quantity, posted together in one transaction, so on hand is unchanged and the
     * ledger shows both. Idempotent by the sale's reference like {@link #postSale}; its hold reference is ignored.
     */
    Posted postProduction(Sale sale);
}
