package io.oneshelf.member.signin;

import java.util.UUID;

/**
 * A third party that vouches for who a customer is by a one-time code the customer's app got from it: WeChat's
 * {@code code2session} for a mini program ({@link WechatCode2Session}, the sandbox by default). A code that is not
 * valid (unknown, used, expired) is refused with a 401 naming {@code code}.
 */
public interface LoginProvider {

    /** Who the party says the customer is: WeChat's openid (per app) and unionid (per open platform), if any. */
    record ExternalLogin(String openid, String unionid) {
    }

    ExternalLogin exchange(UUID brandId, String code);
}
