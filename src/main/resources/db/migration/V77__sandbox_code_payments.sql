-- The sandbox WeChat Pay gateway takes code payments (付款碼, micropay) as well as Native ones: a transaction says
-- which it was, as WeChat Pay's trade_type does. A code payment is notified to nobody (it is answered at once).
alter table wechatpay_sandbox_order add column trade_type text not null default 'NATIVE'
    check (trade_type in ('NATIVE', 'MICROPAY'));
