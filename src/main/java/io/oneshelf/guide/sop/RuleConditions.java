package io.oneshelf.guide.sop;

/**
 * Each dated rule kind as SQL over {@code sop_customer c}: the customers it holds for today ({@code :today}, the
 * brand's date) and the occurrence that makes its task once per customer — the day of the first purchase, the
 * birthday's year, the last purchase before the lapse, the wallet change that left the balance low. A first
 * purchase older than a week past the rule's days is history, not a task (a scan missed for days still catches up).
 */
final class RuleConditions {

    private static final String THIS_YEARS = "(make_date(extract(year from cast(:today as date))::int, "
            + "c.birthday_month, 1) + (c.birthday_day - 1))";
    private static final String NEXT_YEARS = "(make_date(extract(year from cast(:today as date))::int + 1, "
            + "c.birthday_month, 1) + (c.birthday_day - 1))";
    /** Feb 29 falls on Mar 1 in other years (day - 1 added to the 1st). */
    private static final String NEXT_BIRTHDAY = "(case when " + THIS_YEARS + " >= cast(:today as date) then "
            + THIS_YEARS + " else " + NEXT_YEARS + " end)";

    private RuleConditions() {
    }

    /** {@code select customer_id, occurrence from …} for the kind. */
    static String customers(SopRule.Kind kind) {
        return switch (kind) {
            case AFTER_FIRST_PURCHASE -> "select c.customer_id, 'first:' || to_char(c.first_paid_at, 'YYYY-MM-DD')"
                    + " as occurrence from sop_customer c where c.tenant_id = :brand"
                    + " and c.first_paid_at <= now() - make_interval(days => :days)"
                    + " and c.first_paid_at > now() - make_interval(days => :days + 7)";
            case NO_PURCHASE_FOR -> "select c.customer_id, 'lapse:' || to_char(c.last_paid_at,"
                    + " 'YYYY-MM-DD\"T\"HH24:MI:SS') as occurrence from sop_customer c where c.tenant_id = :brand"
                    + " and c.last_paid_at <= now() - make_interval(days => :days)";
            case BIRTHDAY_IN -> "select c.customer_id, 'birthday:' || extract(year from " + NEXT_BIRTHDAY
                    + ")::int as occurrence from sop_customer c where c.tenant_id = :brand"
                    + " and c.birthday_month is not null"
                    + " and " + NEXT_BIRTHDAY + " - cast(:today as date) between 0 and :days";
            case WALLET_BELOW -> "select c.customer_id, 'wallet:' || to_char(c.wallet_changed_at,"
                    + " 'YYYY-MM-DD\"T\"HH24:MI:SS.US') as occurrence from sop_customer c where c.tenant_id = :brand"
                    + " and c.wallet_balance < :threshold";
            case GROUP_BUY_FAILED -> "select j.customer_id, 'group:' || cast(:group as text) as occurrence"
                    + " from sop_group_join j where j.tenant_id = :brand and j.group_id = :group";
        };
    }
}
