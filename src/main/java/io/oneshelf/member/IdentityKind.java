package io.oneshelf.member;

/** How a customer is recognised: by phone, member card number (or its QR code), WeChat ids or email. */
public enum IdentityKind {
    PHONE, CARD_NUMBER, WECHAT_OPENID, WECHAT_UNIONID, EMAIL
}
