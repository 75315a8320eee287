package io.oneshelf.payment.tender;

import io.oneshelf.payment.gateway.WechatPayNotices;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where WeChat Pay (or the sandbox) posts its notifications: public, signed by the gateway instead. The body is
 * read as the exact bytes that were signed. A forged, altered, stale or replayed notification is 401 and changes
 * nothing; a verified one is applied once and answered 200 with no body, as WeChat Pay expects (again 200 for a
 * duplicate, so that the gateway stops resending it). Not part of the published API: its contract is WeChat Pay's.
 */
@Hidden
@RestController
class WechatPayNotifyController {

    private static final Logger log = LoggerFactory.getLogger(WechatPayNotifyController.class);

    private final WechatPayNotices notices;
    private final NoticeDesk desk;

    WechatPayNotifyController(WechatPayNotices notices, NoticeDesk desk) {
        this.notices = notices;
        this.desk = desk;
    }

    @PostMapping("/api/v1/payments/notify/wechatpay")
    ResponseEntity<Void> notify(HttpServletRequest request) throws java.io.IOException {
        String body = StreamUtils.copyToString(request.getInputStream(), StandardCharsets.UTF_8);
        WechatPayNotices.Notice notice;
        try {
            notice = notices.read(request::getHeader, body);
        } catch (WechatPayNotices.Refused e) {
            log.warn("Refused a WeChat Pay notification from {}: {}", request.getRemoteAddr(), e.getMessage());
            throw new Rejection(Rejection.Kind.UNAUTHORIZED, Message.of("payment.notice.refused"));
        }
        NoticeDesk.Outcome outcome = desk.apply(notice);
        log.info("WeChat Pay notification {} ({}): {}", notice.id(), notice.eventType(), outcome);
        return ResponseEntity.ok().build();
    }
}
