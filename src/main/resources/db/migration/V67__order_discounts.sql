-- Which rule gave which discount on an order (the price explained): kind, rule id and name, amount in fen and what
-- it was given to (LINES, BASKET apportioned to lines, SHIPPING), as the checkout's pricing answered it.
alter table sales_order add column discounts jsonb not null default '[]';
