package io.oneshelf.promotion.rule;

/** What an automatic promotion gives. */
public enum PromotionKind {
    /** 滿減: spend at least a tier's threshold on the goods covered, save its amount (the highest tier reached). */
    FULL_REDUCTION,
    /** A percent off each line covered. */
    PERCENT_OFF,
    /** Buy X get Y: of every X + Y units covered, the Y cheapest are free. */
    BUY_X_GET_Y
}
