package io.oneshelf.payment.sandbox;

import io.oneshelf.platform.Message;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The sandbox's payer side: the page a payment's code URL opens (scanned as a QR code, or as a link), plain
 * server-rendered HTML in Chinese or English that fits a 390 px phone. The payer picks an openid and whether the
 * merchant is notified at once or only when asked ("send the notification" on the paid page, or
 * {@code POST /sandbox/wechatpay/notifications/{id}/send}), for trying late, repeated and missing notifications.
 */
@Hidden
@RestController
@ConditionalOnProperty(name = "oneshelf.payment.sandbox.enabled", havingValue = "true", matchIfMissing = true)
class SandboxPayPage {

    private final SandboxGateway gateway;
    private final SandboxBooks books;
    private final SandboxNotifier notifier;

    SandboxPayPage(SandboxGateway gateway, SandboxBooks books, SandboxNotifier notifier) {
        this.gateway = gateway;
        this.books = books;
        this.notifier = notifier;
    }

    @GetMapping(value = "/sandbox/wechatpay/pay/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String id, @RequestParam(required = false) String lang,
                                @RequestHeader(value = "Accept-Language", required = false) String accept) {
        boolean zh = chinese(lang, accept);
        return gateway.order(id)
                .map(o -> html(HttpStatus.OK, zh, body(o, zh)))
                .orElseGet(() -> html(HttpStatus.NOT_FOUND, zh, "<p class=\"note\">"
                        + t(zh, "没有这笔订单。", "There is no such payment.") + "</p>"));
    }

    @PostMapping(value = "/sandbox/wechatpay/pay/{id}/confirm", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> confirm(@PathVariable String id, @RequestParam(required = false) String openid,
                                   @RequestParam(required = false) String notify,
                                   @RequestParam(required = false) String lang) {
        String payer = openid == null || openid.isBlank() ? "o" + WechatIds.digits(27) : openid.trim();
        gateway.pay(id, payer.length() > 128 ? payer.substring(0, 128) : payer, "hold".equals(notify));
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create("/sandbox/wechatpay/pay/" + id + (lang == null ? "" : "?lang=" + lang))).build();
    }

    /** Sends a notification now (again), e.g. to try a late or a repeated one; answers the merchant's status. */
    @PostMapping("/sandbox/wechatpay/notifications/{id}/send")
    ResponseEntity<Map<String, Object>> send(@PathVariable String id, @RequestParam(required = false) String back) {
        int status = notifier.send(id);
        if (back != null && back.matches("/sandbox/wechatpay/pay/[A-Za-z0-9]+(\\?lang=[A-Za-z-]+)?")) {
            // sent from the pay page: back to it
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(back)).build();
        }
        return ResponseEntity.ok(Map.of("id", id, "status", status));
    }

    @ExceptionHandler(SandboxGateway.Refusal.class)
    ResponseEntity<Map<String, String>> refused(SandboxGateway.Refusal e) {
        return ResponseEntity.status(e.status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", e.code, "message", e.getMessage()));
    }

    private String body(SandboxOrder o, boolean zh) {
        String state = o.state(OffsetDateTime.now());
        StringBuilder sb = new StringBuilder();
        sb.append("<p class=\"merchant\">").append(t(zh, "OneShelf 沙箱商户", "OneShelf sandbox merchant"))
                .append("</p><p class=\"amount\">").append(esc(Message.yuan(o.total()))).append("</p>")
                .append("<p class=\"what\">").append(esc(o.description())).append("</p>")
                .append("<dl><dt>").append(t(zh, "商户订单号", "Order number")).append("</dt><dd>")
                .append(esc(o.outTradeNo())).append("</dd>");
        if ("NOTPAY".equals(state)) {
            sb.append("</dl><form method=\"post\" action=\"/sandbox/wechatpay/pay/").append(esc(o.id()))
                    .append("/confirm?lang=").append(zh ? "zh-CN" : "en").append("\"><label>")
                    .append(t(zh, "付款人 openid（可留空）", "Payer openid (optional)"))
                    .append("<input name=\"openid\" maxlength=\"128\" placeholder=\"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\">")
                    .append("</label><label>").append(t(zh, "支付结果通知", "Payment notification"))
                    .append("<select name=\"notify\"><option value=\"now\">").append(t(zh, "立即发送", "Send at once"))
                    .append("</option><option value=\"hold\">")
                    .append(t(zh, "暂不发送（稍后手动发送）", "Hold it (send it later by hand)"))
                    .append("</option></select></label><button type=\"submit\">")
                    .append(t(zh, "确认支付", "Confirm payment")).append("</button></form>");
            return sb.toString();
        }
        sb.append("<dt>").append(t(zh, "微信支付单号", "Transaction")).append("</dt><dd>")
                .append(o.paid() ? esc(o.transactionId()) : "—").append("</dd></dl>");
        sb.append("<p class=\"state ").append(o.paid() ? "ok" : "closed").append("\">")
                .append(o.paid() ? t(zh, "支付成功", "Paid") : t(zh, "订单已关闭", "This payment is closed"))
                .append("</p>");
        if (o.paid()) {
            notices(sb, books.owedFor(o.transactionId()), "/sandbox/wechatpay/pay/" + o.id() + "?lang="
                    + (zh ? "zh-CN" : "en"), zh);
        }
        return sb.toString();
    }

    private static void notices(StringBuilder sb, List<SandboxBooks.Owed> owed, String back, boolean zh) {
        for (SandboxBooks.Owed n : owed) {
            sb.append("<form method=\"post\" action=\"/sandbox/wechatpay/notifications/").append(esc(n.id()))
                    .append("/send?back=").append(java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8))
                    .append("\" class=\"notice\"><span>").append(esc(n.eventType())).append(" · ")
                    .append(n.deliveredAt() != null ? t(zh, "已送达", "delivered")
                            : n.held() ? t(zh, "未发送", "held") : t(zh, "发送中", "sending"))
                    .append("</span><button type=\"submit\">").append(t(zh, "发送通知", "Send notification"))
                    .append("</button></form>");
        }
    }

    private static ResponseEntity<String> html(HttpStatus status, boolean zh, String content) {
        String page = "<!doctype html><html lang=\"" + (zh ? "zh-CN" : "en") + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + t(zh, "微信支付（沙箱）", "WeChat Pay (sandbox)") + "</title><style>" + STYLE + "</style></head><body>"
                + "<header>" + t(zh, "微信支付 · 沙箱", "WeChat Pay · sandbox") + "<a href=\"?lang="
                + (zh ? "en\">English" : "zh-CN\">中文") + "</a></header><main>" + content
                + "<p class=\"note\">" + t(zh, "这是 OneShelf 的沙箱支付页，不会扣款。",
                "This is OneShelf's sandbox: no money moves.") + "</p></main></body></html>";
        return ResponseEntity.status(status).contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").body(page);
    }

    private static final String STYLE = """
            *{box-sizing:border-box}body{margin:0;font:16px/1.5 -apple-system,"PingFang SC","Microsoft YaHei",sans-serif;
            background:#ededed;color:#111}header{display:flex;justify-content:space-between;padding:12px 16px;
            background:#fff;font-weight:600}header a{font-weight:400;color:#576b95;text-decoration:none}
            main{max-width:420px;margin:16px auto;padding:24px 16px;background:#fff;border-radius:8px}
            .merchant{text-align:center;margin:0;color:#555}.amount{text-align:center;font-size:36px;font-weight:600;
            margin:8px 0}.what{text-align:center;color:#555;margin:0 0 16px;overflow-wrap:anywhere}
            dl{display:grid;grid-template-columns:auto 1fr;gap:4px 12px;font-size:14px;color:#555}
            dd{margin:0;overflow-wrap:anywhere;text-align:right}label{display:block;margin:12px 0;font-size:14px}
            input,select{display:block;width:100%;margin-top:4px;padding:10px;font-size:16px;border:1px solid #ccc;
            border-radius:6px}button{width:100%;padding:12px;font-size:17px;color:#fff;background:#07c160;border:0;
            border-radius:6px}.state{text-align:center;font-size:20px}.ok{color:#07c160}.closed{color:#fa5151}
            .notice{display:flex;gap:8px;align-items:center;margin:8px 0;font-size:14px}.notice span{flex:1}
            .notice button{width:auto;padding:6px 12px;font-size:14px}.note{color:#888;font-size:13px;text-align:center}""";

    private static boolean chinese(String lang, String accept) {
        String chosen = lang != null ? lang : accept == null ? "zh" : accept;
        return chosen.trim().toLowerCase().startsWith("zh") || chosen.isBlank();
    }

    private static String t(boolean zh, String chinese, String english) {
        return zh ? chinese : english;
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
