package io.oneshelf.payment.gateway;

import com.wechat.pay.java.core.auth.WechatPay2Credential;
import com.wechat.pay.java.core.auth.WechatPay2Validator;
import com.wechat.pay.java.core.cipher.RSASigner;
import com.wechat.pay.java.core.cipher.RSAVerifier;
import com.wechat.pay.java.core.exception.HttpException;
import com.wechat.pay.java.core.exception.MalformedMessageException;
import com.wechat.pay.java.core.exception.ServiceException;
import com.wechat.pay.java.core.exception.ValidationException;
import com.wechat.pay.java.core.http.Constant;
import com.wechat.pay.java.core.http.HttpHeaders;
import com.wechat.pay.java.core.http.HttpMethod;
import com.wechat.pay.java.core.http.HttpRequest;
import com.wechat.pay.java.core.http.JsonRequestBody;
import com.wechat.pay.java.core.http.MediaType;
import com.wechat.pay.java.service.payments.model.Transaction;
import com.wechat.pay.java.service.payments.nativepay.NativePayService;
import com.wechat.pay.java.service.payments.nativepay.model.Amount;
import com.wechat.pay.java.service.payments.nativepay.model.CloseOrderRequest;
import com.wechat.pay.java.service.payments.nativepay.model.PrepayRequest;
import com.wechat.pay.java.service.payments.nativepay.model.QueryOrderByOutTradeNoRequest;
import com.wechat.pay.java.service.refund.RefundService;
import com.wechat.pay.java.service.refund.model.AmountReq;
import com.wechat.pay.java.service.refund.model.CreateRequest;
import com.wechat.pay.java.service.refund.model.QueryByOutRefundNoRequest;
import com.wechat.pay.java.service.refund.model.Refund;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * WeChat Pay through the official SDK ({@code com.github.wechatpay-apiv3:wechatpay-java}): Native payments (a
 * code URL the customer scans or opens), queries by out_trade_no, closing, domestic refunds. The SDK signs each
 * request with the merchant key and verifies each answer's signature with the platform key; the account is the
 * sandbox's unless a real merchant is configured, so the sandbox is this provider's test double and the real
 * gateway is a configuration away.
 */
@Component
class WechatPayProvider implements PaymentProvider {

    private final WechatPayKeys keys;
    private volatile Services services;

    WechatPayProvider(WechatPayKeys keys) {
        this.keys = keys;
    }

    private record Services(WechatPayAccount account, NativePayService payments, RefundService refunds,
                            JdkHttpTransport http) {
    }

    @Override
    public String prepay(String outTradeNo, String description, long amount, OffsetDateTime expiresAt,
                         String notifyUrl) {
        Services s = call(this::services);
        PrepayRequest request = new PrepayRequest();
        request.setAppid(s.account().appid());
        request.setMchid(s.account().mchid());
        request.setDescription(description);
        request.setOutTradeNo(outTradeNo);
        request.setTimeExpire(expiresAt.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        request.setNotifyUrl(notifyUrl);
        Amount total = new Amount();
        total.setTotal(Math.toIntExact(amount));
        total.setCurrency("CNY");
        request.setAmount(total);
        return call(() -> s.payments().prepay(request).getCodeUrl());
    }

    /** The SDK has no code payment service: the request is sent, signed and verified, by its HTTP client. */
    @Override
    public GatewayTransaction codePay(String outTradeNo, String description, long amount, String authCode,
                                      String storeId) {
        Services s = call(this::services);
        String body = CodePayRequest.json(s.account(), outTradeNo, description, amount, authCode, storeId);
        HttpHeaders headers = new HttpHeaders();
        headers.addHeader(Constant.ACCEPT, MediaType.APPLICATION_JSON.getValue());
        headers.addHeader(Constant.CONTENT_TYPE, MediaType.APPLICATION_JSON.getValue());
        HttpRequest request = new HttpRequest.Builder().httpMethod(HttpMethod.POST)
                .url("https://api.mch.weixin.qq.com/v3/pay/transactions/codepay").headers(headers)
                .body(new JsonRequestBody.Builder().body(body).build()).build();
        return call(() -> transaction(s.http().execute(request, Transaction.class).getServiceResponse()));
    }

    /** Sent by the SDK's HTTP client, signed and verified; a batch of one detail, named after the batch. */
    @Override
    public GatewayTransfer transfer(String outBatchNo, String openid, long amount, String remark) {
        Services s = call(this::services);
        String body = TransferRequest.json(s.account(), outBatchNo, openid, amount, remark);
        HttpHeaders headers = new HttpHeaders();
        headers.addHeader(Constant.ACCEPT, MediaType.APPLICATION_JSON.getValue());
        headers.addHeader(Constant.CONTENT_TYPE, MediaType.APPLICATION_JSON.getValue());
        HttpRequest request = new HttpRequest.Builder().httpMethod(HttpMethod.POST)
                .url("https://api.mch.weixin.qq.com/v3/transfer/batches").headers(headers)
                .body(new JsonRequestBody.Builder().body(body).build()).build();
        return call(() -> {
            var answer = s.http().execute(request,
                    com.wechat.pay.java.service.transferbatch.model.InitiateBatchTransferResponse.class)
                    .getServiceResponse();
            return new GatewayTransfer(answer.getOutBatchNo(), answer.getBatchId(), answer.getBatchStatus());
        });
    }

    @Override
    public GatewayTransaction query(String outTradeNo) {
        return call(() -> {
            Services s = services();
            QueryOrderByOutTradeNoRequest request = new QueryOrderByOutTradeNoRequest();
            request.setMchid(s.account().mchid());
            request.setOutTradeNo(outTradeNo);
            return transaction(s.payments().queryOrderByOutTradeNo(request));
        });
    }

    private static GatewayTransaction transaction(Transaction t) {
        return new GatewayTransaction(t.getOutTradeNo(), t.getTransactionId(),
                TradeState.valueOf(t.getTradeState().name()),
                t.getAmount() == null || t.getAmount().getTotal() == null ? 0 : t.getAmount().getTotal(),
                t.getPayer() == null ? null : t.getPayer().getOpenid(), time(t.getSuccessTime()));
    }

    @Override
    public boolean close(String outTradeNo) {
        Services s = call(this::services);
        CloseOrderRequest request = new CloseOrderRequest();
        request.setMchid(s.account().mchid());
        request.setOutTradeNo(outTradeNo);
        try {
            call(() -> {
                s.payments().closeOrder(request);
                return null;
            });
            return true;
        } catch (GatewayRefused e) {
            if ("ORDERPAID".equals(e.code())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public GatewayRefund refund(String outTradeNo, String outRefundNo, long amount, long total, String reason,
                                String notifyUrl) {
        Services s = call(this::services);
        CreateRequest request = new CreateRequest();
        request.setOutTradeNo(outTradeNo);
        request.setOutRefundNo(outRefundNo);
        request.setReason(reason);
        request.setNotifyUrl(notifyUrl);
        AmountReq money = new AmountReq();
        money.setRefund(amount);
        money.setTotal(total);
        money.setCurrency("CNY");
        request.setAmount(money);
        return call(() -> refund(s.refunds().create(request)));
    }

    @Override
    public GatewayRefund queryRefund(String outRefundNo) {
        Services s = call(this::services);
        QueryByOutRefundNoRequest request = new QueryByOutRefundNoRequest();
        request.setOutRefundNo(outRefundNo);
        return call(() -> refund(s.refunds().queryByOutRefundNo(request)));
    }

    private static GatewayRefund refund(Refund r) {
        return new GatewayRefund(r.getOutTradeNo(), r.getOutRefundNo(), r.getRefundId(),
                RefundState.valueOf(r.getStatus().name()),
                r.getAmount() == null || r.getAmount().getRefund() == null ? 0 : r.getAmount().getRefund());
    }

    private static OffsetDateTime time(String text) {
        return text == null || text.isBlank() ? null : OffsetDateTime.parse(text);
    }

    /** The SDK's failures as the module's: refused with a code (4xx), or unavailable (anything else). */
    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ServiceException e) {
            if (e.getHttpStatusCode() >= 400 && e.getHttpStatusCode() < 500 && e.getErrorCode() != null) {
                throw new GatewayRefused(e.getErrorCode(), String.valueOf(e.getErrorMessage()));
            }
            throw new GatewayUnavailable("WeChat Pay answered " + e.getHttpStatusCode(), e);
        } catch (HttpException | ValidationException | MalformedMessageException e) {
            throw new GatewayUnavailable("WeChat Pay: " + e.getMessage(), e);
        } catch (GatewayRefused | GatewayUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            // an answer the SDK could not read, or no account yet (the server is not listening)
            throw new GatewayUnavailable("WeChat Pay: " + e, e);
        }
    }

    /** The SDK's clients for the current account, made again when the account changes (the port is known late). */
    private Services services() {
        WechatPayAccount account = keys.account();
        Services s = services;
        if (s != null && s.account().baseUrl().equals(account.baseUrl()) && s.account().mchid().equals(account.mchid())
                && s.account().merchantSerial().equals(account.merchantSerial())) {
            return s;
        }
        JdkHttpTransport http = new JdkHttpTransport(
                new WechatPay2Credential(account.mchid(), new RSASigner(account.merchantSerial(), account.merchantKey())),
                new WechatPay2Validator(new RSAVerifier(account.platformKey(), account.platformKeyId())),
                account.baseUrl());
        s = new Services(account, new NativePayService.Builder().httpClient(http).build(),
                new RefundService.Builder().httpClient(http).build(), http);
        services = s;
        return s;
    }
}
