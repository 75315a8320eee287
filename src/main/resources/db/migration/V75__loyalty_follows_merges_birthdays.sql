-- Loyalty follows customer merges, and birthdays (decision 0042).
--
-- A merge moves the merged customer's points and wallet value to the survivor as transfer pairs in the ledgers
-- (MERGE_OUT from one, MERGE_IN to the other; an undo is another pair the other way), never as edits. BIRTHDAY is
-- the points a tier gives once a year on the member's birthday. loyalty_merge is loyalty's own record of the merges
-- it followed (the survivor's growth counts the merged customer's while it stands); loyalty_merge_shortfall what an
-- undo could not move back because the survivor had spent it since.

alter table points_entry drop constraint points_entry_kind_check;
alter table points_entry drop constraint points_entry_check;
alter table points_entry add constraint points_entry_kind_check
    check (kind in ('EARN', 'REVERSE', 'REDEEM', 'REFUND', 'EXPIRE', 'MERGE_OUT', 'MERGE_IN', 'BIRTHDAY'));
alter table points_entry add constraint points_entry_check
    check ((kind in ('EARN', 'REFUND', 'MERGE_IN', 'BIRTHDAY')) = (points >= 0) or points = 0);

alter table wallet_entry drop constraint wallet_entry_kind_check;
alter table wallet_entry drop constraint wallet_entry_check;
alter table wallet_entry add constraint wallet_entry_kind_check
    check (kind in ('TOP_UP', 'SPEND', 'REFUND', 'MERGE_OUT', 'MERGE_IN'));
alter table wallet_entry add constraint wallet_entry_check
    check ((kind in ('SPEND', 'MERGE_OUT') and principal <= 0 and bonus <= 0)
           or (kind not in ('SPEND', 'MERGE_OUT') and principal >= 0 and bonus >= 0));

create table loyalty_merge (
    tenant_id   uuid        not null references tenant (id),
    merge_id    uuid        not null,
    survivor_id uuid        not null,
    merged_id   uuid        not null,
    merged_at   timestamptz not null,
    undone_at   timestamptz,
    primary key (tenant_id, merge_id)
);

create index loyalty_merge_survivor on loyalty_merge (tenant_id, survivor_id) where undone_at is null;

create table loyalty_merge_shortfall (
    tenant_id  uuid        not null references tenant (id),
    merge_id   uuid        not null,
    -- POINTS: points owed back; WALLET: one owner's principal and bonus owed back
    kind       text        not null check (kind in ('POINTS', 'WALLET')),
    owner_kind text        not null default '' check (owner_kind in ('', 'BRAND', 'FRANCHISEE')),
    owner_id   uuid,
    points     bigint      not null default 0 check (points >= 0),
    principal  bigint      not null default 0 check (principal >= 0),
    bonus      bigint      not null default 0 check (bonus >= 0),
    at         timestamptz not null,
    unique nulls not distinct (tenant_id, merge_id, kind, owner_kind, owner_id)
);

-- A customer's birthday: month and day (the benefit's date), the year only if they told it. Set once by the customer.
alter table customer add column birthday_month smallint check (birthday_month between 1 and 12);
alter table customer add column birthday_day smallint check (birthday_day between 1 and 31);
alter table customer add column birthday_year smallint check (birthday_year between 1900 and 2100);
alter table customer add constraint customer_birthday_whole
    check ((birthday_month is null) = (birthday_day is null) and (birthday_year is null or birthday_month is not null));

create index customer_birthday on customer (tenant_id, birthday_month, birthday_day) where birthday_month is not null;
