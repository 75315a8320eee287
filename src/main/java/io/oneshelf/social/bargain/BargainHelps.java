package io.oneshelf.social.bargain;

import io.oneshelf.org.Brands;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.social.BargainCut;
import io.oneshelf.social.BargainStarted;
import io.oneshelf.social.share.ShareCodes;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting bargains and helping them. Starting draws the whole cut sequence ({@link CutSequence}) and keeps it. A help
 * locks the bargain's row, so two helpers at once take their turn and each takes the next cut; the anti-abuse rules
 * are checked under that lock: not the buyer, once per bargain, at most the campaign's helps per member per day, one
 * account per device per campaign per day (the device the shop names, or else the member's phone), and (a unique key
 * backing each rule) a race between two bargains of one helper refuses one of them.
 */
@Service
class BargainHelps {

    private static final RandomGenerator RANDOM = new SecureRandom();

    private final BargainCampaigns campaigns;
    private final Bargains bargains;
    private final Brands brands;
    private final ApplicationEventPublisher events;

    BargainHelps(BargainCampaigns campaigns, Bargains bargains, Brands brands, ApplicationEventPublisher events) {
        this.campaigns = campaigns;
        this.bargains = bargains;
        this.brands = brands;
        this.events = events;
    }

    @Transactional
    Bargain start(UUID brandId, UUID customerId, UUID campaignId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        // in the shop a campaign that does not run (inactive, over) is not found: its bargains still show
        BargainCampaign c = campaigns.find(brandId, campaignId).filter(x -> x.runsAt(now))
                .orElseThrow(() -> Rejection.notFound("bargain-campaign"));
        if (c.remaining() <= 0) {
            throw Rejection.conflict("campaignId", "social.bargain.sold-out", c.name());
        }
        bargains.expireOld(brandId, campaignId, customerId);
        Bargain b = new Bargain(Ids.next(), c.id(), ShareCodes.draw(), customerId, c.startPrice(), c.floorPrice(),
                CutSequence.draw(c.startPrice() - c.floorPrice(), c.helpersNeeded(), RANDOM), 0, c.startPrice(),
                Bargain.OPEN, now, min(now.plusMinutes(c.limitMinutes()), c.endsAt()), null, null);
        try {
            bargains.insert(brandId, b);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw Rejection.conflict("campaignId", "social.bargain.already-open");
        }
        events.publishEvent(new BargainStarted(brandId, c.id(), b.id(), b.code(), customerId, b.startPrice(),
                b.floorPrice(), b.cuts().size(), b.expiresAt()));
        return b;
    }

    /** Helper {@code helperId} on device {@code device} takes the next cut of the bargain of that code. */
    @Transactional
    Bargain help(UUID brandId, String code, UUID helperId, String device) {
        Bargain found = bargains.byCode(brandId, ShareCodes.normalise(code))
                .orElseThrow(() -> Rejection.notFound("bargain"));
        Bargain b = bargains.lock(brandId, found.id()).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (!b.openAt(now)) {
            throw Rejection.conflict("code", "social.bargain.closed");
        }
        if (b.customerId().equals(helperId)) {
            throw Rejection.conflict("code", "social.bargain.own");
        }
        if (bargains.helped(brandId, b.id(), helperId)) {
            throw Rejection.conflict("code", "social.bargain.helped-already");
        }
        if (b.atFloor()) {
            throw Rejection.conflict("code", "social.bargain.at-floor");
        }
        BargainCampaign c = campaigns.find(brandId, b.campaignId()).filter(x -> x.active())
                .orElseThrow(() -> Rejection.notFound("bargain"));
        LocalDate day = now.atZoneSameInstant(brands.zoneOf(brandId)).toLocalDate();
        if (bargains.helpsOn(brandId, c.id(), helperId, day) >= c.helpsPerDay()) {
            throw Rejection.conflict("code", "social.bargain.daily-cap", c.helpsPerDay());
        }
        if (bargains.deviceUsed(brandId, c.id(), device, day)) {
            throw Rejection.conflict("code", "social.bargain.device-used");
        }
        try {
            bargains.cut(brandId, b, helperId, device, day, Ids.next());
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw Rejection.conflict("code", "social.bargain.device-used");
        }
        Bargain after = bargains.find(brandId, b.id()).orElseThrow();
        events.publishEvent(new BargainCut(brandId, c.id(), b.id(), helperId, after.cutsTaken(), b.nextCut(),
                after.price()));
        return after;
    }

    private static OffsetDateTime min(OffsetDateTime a, OffsetDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
