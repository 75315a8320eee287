-- The receipt names the till of an order, and a return finds the shift an order was sold in: by order.
create index pos_sale_order on pos_sale (order_id);

-- A void recorded while the till was offline is synced with its sales: once per (till, client void id), at the
-- time it happened on the device. A void recorded online has no client id.
alter table pos_void add column client_void_id uuid;
alter table pos_void add column synced_at timestamptz;
create unique index pos_void_client on pos_void (till_id, client_void_id) where client_void_id is not null;
