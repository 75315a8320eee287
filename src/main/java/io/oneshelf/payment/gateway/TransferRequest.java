package io.oneshelf.payment.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The body of WeChat Pay v3's transfer to a payee's balance ({@code POST /v3/transfer/batches}), one detail. */
final class TransferRequest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TransferRequest() {
    }

    static String json(WechatPayAccount account, String outBatchNo, String openid, long amount, String remark) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("out_detail_no", outBatchNo);
        detail.put("transfer_amount", amount);
        detail.put("transfer_remark", remark);
        detail.put("openid", openid);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("appid", account.appid());
        body.put("out_batch_no", outBatchNo);
        body.put("batch_name", remark);
        body.put("batch_remark", remark);
        body.put("total_amount", amount);
        body.put("total_num", 1);
        body.put("transfer_detail_list", List.of(detail));
        return JSON.writeValueAsString(body);
    }
}
