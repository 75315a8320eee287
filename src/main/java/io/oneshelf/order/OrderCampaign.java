package io.oneshelf.order;

import java.util.UUID;

/**
 * The campaign an order is placed for, when its price comes from one rather than from the shelf: a group buy's group
 * ({@code GROUP_BUY}, the group's id) or a bargain ({@code BARGAIN}, the bargain's id). The order only carries it to
 * its pricing ({@link io.oneshelf.order.pricing.Checkout#campaign()}); the pricing step of the module that owns the
 * kind prices the line and records the order against the campaign in the order's transaction.
 */
public record OrderCampaign(String kind, UUID id) {
}
