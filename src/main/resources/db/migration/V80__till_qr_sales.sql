-- A till sale paid by the till's QR (decision 0048) is placed before it is paid: its row keeps the device sale's
-- order (a repeat answers it, never a second order) while it awaits the payment; its money and its
-- pos.sale.recorded come when the payment completes the order, once (the flag is cleared by one update).
alter table pos_sale add column awaiting boolean not null default false;

create index pos_sale_awaiting on pos_sale (tenant_id, order_id) where awaiting;
