/**
 * Messages to the brand's customers through the channels Chinese retail reaches them on: SMS, WeChat template and
 * subscribe messages, WeCom (企業微信). Other modules send through {@link io.oneshelf.messaging.Messenger}; every
 * message is checked against the customer's consent for its purpose and channel (member's
 * {@link io.oneshelf.member.Consents}) and refused, not sent, without it; every attempt is kept in the outbox, which
 * the console shows. Providers are behind one interface: the default sandbox sends nothing and records what would
 * have gone out; {@code live} sends SMS through member's {@link io.oneshelf.member.SmsSender} (the provider that
 * also sends the sign-in codes). A module of its own (decision 0051) because guides, SOP tasks and community groups
 * all send, and member (which owns consent) must not depend on them. Depends on {@code platform} and {@code member}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "member"})
package io.oneshelf.messaging;
