package io.oneshelf.payment.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The body of WeChat Pay v3's code payment ({@code POST /v3/pay/transactions/codepay}), which the SDK lacks. */
final class CodePayRequest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CodePayRequest() {
    }

    static String json(WechatPayAccount account, String outTradeNo, String description, long amount, String authCode,
                       String storeId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("appid", account.appid());
        body.put("mchid", account.mchid());
        body.put("description", description);
        body.put("out_trade_no", outTradeNo);
        body.put("payer", Map.of("auth_code", authCode));
        body.put("amount", Map.of("total", Math.toIntExact(amount), "currency", "CNY"));
        body.put("scene_info", Map.of("store_info", Map.of("out_id", storeId)));
        return JSON.writeValueAsString(body);
    }
}
