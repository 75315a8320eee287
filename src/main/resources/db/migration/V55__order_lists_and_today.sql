-- Issue 11's console: the order list filters by guide, status and channel too, each walking an index of its own
-- newest first (the store's and the customer's came with V50, the number's is its unique key).
create index sales_order_guide on sales_order (tenant_id, guide_id, id desc) where guide_id is not null;
create index sales_order_status on sales_order (tenant_id, status, id desc);
create index sales_order_channel on sales_order (tenant_id, channel, id desc);

-- Today's figures of the home dashboard (decision 0030): one row per order, written from the order events by the
-- analytics module with the order's figures as they are now (so an event heard twice or late changes nothing),
-- summed per day (the brand's business day of the order's creation) by channel and by store. `sold` is the total
-- once paid (0 unpaid or cancelled), `returned` what completed returns took back. Never the source of truth.
create table sales_day_order (
    tenant_id  uuid        not null,
    order_id   uuid        not null,
    day        date        not null,
    channel    text        not null,
    store_id   uuid,
    place_ids  uuid[]      not null,
    status     text        not null,
    total      bigint      not null,
    sold       bigint      not null,
    returned   bigint      not null,
    updated_at timestamptz not null,
    primary key (tenant_id, order_id)
);

create index sales_day_order_day on sales_day_order (tenant_id, day);
