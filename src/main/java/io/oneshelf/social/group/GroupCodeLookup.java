package io.oneshelf.social.group;

import io.oneshelf.social.GroupCodes;
import io.oneshelf.social.share.ShareCodes;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@link GroupCodes} for other modules (the POS): a group by its share code, as it stands. */
@Component
class GroupCodeLookup implements GroupCodes {

    private final Groups groups;
    private final GroupOrders orders;

    GroupCodeLookup(Groups groups, GroupOrders orders) {
        this.groups = groups;
        this.orders = orders;
    }

    @Override
    public Optional<GroupCard> find(UUID brandId, String code) {
        return groups.byCode(brandId, ShareCodes.normalise(code)).map(g -> orders.view(brandId, g))
                .map(v -> new GroupCard(v.id(), v.code(), v.groupBuyId(), v.campaignName(), v.skuId(),
                        v.groupPrice(), v.status(), v.size(), v.paidMembers(), v.freePlaces(), v.expiresAt()));
    }
}
