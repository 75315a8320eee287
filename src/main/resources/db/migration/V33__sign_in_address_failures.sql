-- Failed sign-ins per client address, counted per minute, so that every server instance sees the same count
-- (it was kept in each instance's memory). Not tenant-owned: a sign-in has no tenant yet.
create table sign_in_address_failure (
    address  text        not null,
    minute   timestamptz not null,
    failures int         not null check (failures > 0),
    primary key (address, minute)
);
create index sign_in_address_failure_minute on sign_in_address_failure (minute);
