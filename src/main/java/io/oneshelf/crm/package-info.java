/**
 * Customer relationship insight (会员分层): per brand and customer the paid orders and what came back, kept from
 * {@code OrderPaid} and {@code OrderReturned} (the {@code member} module may not read orders, and {@code order}
 * depends on {@code member}, so this lives apart), and RFM layering: recency, frequency and monetary scores (1–5,
 * quintiles within the brand) and a named segment per customer (重要价值客户, 流失预警 …), recomputed on a schedule
 * and on demand ({@link io.oneshelf.crm.RfmSegment}, {@link io.oneshelf.crm.CustomerSegmented}). Follows customer
 * merges ({@code CustomersMerged}). Depends on {@code platform}, {@code org}, {@code member} and {@code order}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "org", "member", "order"})
package io.oneshelf.crm;
