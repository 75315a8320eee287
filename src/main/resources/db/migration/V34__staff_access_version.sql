-- Access tokens carry the access version of their account; disabling the account raises it, so every token
-- issued before is refused on its next request, and stays refused if the account is enabled again.
alter table staff add column access_version int not null default 0;
