-- The language a brand's staff read server messages in when their request names none (Accept-Language).
-- OneShelf's brands are Chinese retailers first; English is the other language the server speaks.
alter table tenant add column default_language text not null default 'zh-CN'
    check (default_language in ('zh-CN', 'en'));

-- Import row errors and failures are kept as a message code with arguments (JSON) and shown in the reader's
-- language; rows written before keep their English text in message / failure.
alter table catalog_import_error alter column message drop not null;
alter table catalog_import_error add column message_json jsonb;
alter table catalog_import add column failure_json jsonb;
