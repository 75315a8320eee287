package io.oneshelf.crm;

/**
 * The named RFM segments: recency, frequency and monetary each high (score 3–5) or low (1–2). Usable as targets
 * (coupons to a segment) by their names.
 */
public enum RfmSegment {
    /** 重要价值客户: bought recently, often, much. */
    IMPORTANT_VALUE(true, true, true),
    /** 重要发展客户: recently and much, but seldom. */
    IMPORTANT_DEVELOP(true, false, true),
    /** 重要保持客户: often and much, but not lately. */
    IMPORTANT_KEEP(false, true, true),
    /** 重要挽留客户: much, but seldom and not lately. */
    IMPORTANT_RETAIN(false, false, true),
    /** 一般价值客户: recently and often, little. */
    GENERAL_VALUE(true, true, false),
    /** 一般发展客户: recently, seldom, little (new customers). */
    GENERAL_DEVELOP(true, false, false),
    /** 一般保持客户: often, little, not lately. */
    GENERAL_KEEP(false, true, false),
    /** 流失预警: not lately, seldom, little. */
    CHURN_WARNING(false, false, false);

    private final boolean recent;
    private final boolean frequent;
    private final boolean valuable;

    RfmSegment(boolean recent, boolean frequent, boolean valuable) {
        this.recent = recent;
        this.frequent = frequent;
        this.valuable = valuable;
    }

    /** The segment of three scores (1–5 each). */
    public static RfmSegment of(int recency, int frequency, int monetary) {
        for (RfmSegment s : values()) {
            if (s.recent == recency >= 3 && s.frequent == frequency >= 3 && s.valuable == monetary >= 3) {
                return s;
            }
        }
        throw new IllegalStateException("every combination has a segment");
    }
}
