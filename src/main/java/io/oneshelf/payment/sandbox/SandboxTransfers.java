package io.oneshelf.payment.sandbox;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The sandbox's transfers to payees' balances (商家轉賬到零錢): each batch finishes at once. The same batch number
 * answers the batch made first (a retried payout pays once); asked with another amount or payee it is refused, as
 * the real gateway refuses. Held in memory: the sandbox keeps no money, only the answers a payout must see.
 */
@Component
@ConditionalOnProperty(name = "oneshelf.payment.sandbox.enabled", havingValue = "true", matchIfMissing = true)
class SandboxTransfers {

    record Batch(String outBatchNo, String batchId, String openid, long amount, OffsetDateTime createdAt) {
    }

    private final Map<String, Batch> batches = new ConcurrentHashMap<>();

    Map<String, Object> transfer(String mchid, String outBatchNo, String openid, long amount) {
        if (openid == null || openid.isBlank() || amount <= 0) {
            throw new SandboxGateway.Refusal(400, "PARAM_ERROR", "参数错误 (a payee and a positive amount)");
        }
        Batch batch = batches.computeIfAbsent(mchid + ":" + outBatchNo, k -> new Batch(outBatchNo,
                "1030000" + WechatIds.digits(24), openid, amount, OffsetDateTime.now()));
        if (batch.amount() != amount || !batch.openid().equals(openid)) {
            throw new SandboxGateway.Refusal(400, "INVALID_REQUEST",
                    "同一商户批次单号的参数不一致 (out_batch_no used with another transfer)");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("out_batch_no", batch.outBatchNo());
        answer.put("batch_id", batch.batchId());
        answer.put("create_time", batch.createdAt().toString());
        answer.put("batch_status", "FINISHED");
        return answer;
    }
}
