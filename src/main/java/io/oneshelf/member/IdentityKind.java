package io.oneshelf.member;

/** How a customer is recognised: by phone, member card number (or its QR code), WeChat ids or email. */
public enum IdentityKind {
    PHONE, CARD_NUMBER, WECHAT_OPENID, WECHAT_UNIONID, EMAIL,
    /** The signed, short-lived code of the member QR the customer shows in the shop's member centre. */
    MEMBER_CODE
}
