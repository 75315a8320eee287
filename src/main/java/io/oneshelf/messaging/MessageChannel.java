package io.oneshelf.messaging;

/**
 * Where a message goes, and the consent channel (member's) that covers it: WeChat template and subscribe messages
 * and WeCom all reach the customer in WeChat.
 */
public enum MessageChannel {
    SMS("SMS"),
    WECHAT_TEMPLATE("WECHAT"),
    WECHAT_SUBSCRIBE("WECHAT"),
    WECOM("WECHAT");

    private final String consentChannel;

    MessageChannel(String consentChannel) {
        this.consentChannel = consentChannel;
    }

    public String consentChannel() {
        return consentChannel;
    }
}
