-- Orders held from fulfilment (decision 0055): a group-buy order is paid when its member pays, but it is neither
-- picked, shipped nor handed over until its group succeeds. The pricing step of the campaign asks for the hold when
-- the order is placed (same transaction); the campaign's module releases it (`released_at`), and a failed group's
-- orders are cancelled and refunded while still held, so they never reach fulfilment.
create table order_fulfilment_hold (
    order_id    uuid        not null primary key references sales_order (id),
    tenant_id   uuid        not null,
    reason      text        not null,
    held_at     timestamptz not null,
    released_at timestamptz
);
