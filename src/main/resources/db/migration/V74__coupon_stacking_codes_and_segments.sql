-- Coupons, continued (decision 0041): stacking groups and whether a coupon combines with automatic promotions,
-- free-item coupons (one unit of a named SKU), short codes staff read at the till (unique per brand), and the
-- coupons moved by a customer merge (so that an undo moves exactly those back).
alter table coupon_template drop constraint coupon_template_kind_check;
alter table coupon_template add constraint coupon_template_kind_check
    check (kind in ('AMOUNT_OFF', 'PERCENT_OFF', 'FREE_SHIPPING', 'FREE_ITEM'));
alter table coupon_template add column stacking_group  text,
                            add column with_promotions boolean not null default true,
                            add column sku_id          uuid,
                            add constraint coupon_template_free_item check ((kind = 'FREE_ITEM') = (sku_id is not null));

-- 12 characters of an alphabet without look-alikes (no 0/O, 1/I/L); coupons issued before get one from their id
alter table coupon add column code text;
update coupon set code = upper(translate(substr(md5(id::text), 1, 12), '01', 'wx'));
alter table coupon alter column code set not null;
create unique index coupon_code on coupon (tenant_id, code);

create table coupon_merge_move (
    tenant_id     uuid not null references tenant (id),
    merge_id      uuid not null,
    coupon_id     uuid not null references coupon (id),
    from_customer uuid not null,
    to_customer   uuid not null,
    primary key (merge_id, coupon_id)
);
