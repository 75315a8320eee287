package io.oneshelf.guide.binding;

import io.oneshelf.guide.CustomersHandedOver;
import io.oneshelf.messaging.Delivery;
import io.oneshelf.messaging.MessageChannel;
import io.oneshelf.messaging.MessagePurpose;
import io.oneshelf.messaging.Messenger;
import io.oneshelf.messaging.OutgoingMessage;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.org.StaffNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the customers of a handover who looks after them now, by SMS through the {@link Messenger}: the new guide,
 * or the store (its pool). An introduction nobody asked for is marketing (decision 0051), so a customer without
 * marketing consent on SMS is refused by the messenger, not messaged. Each message is referenced by the handover,
 * so an event heard twice sends nothing twice; the handover keeps the counts.
 */
@Component
class HandoverNotices {

    static final String TO_GUIDE = "guide-handover";
    static final String TO_POOL = "guide-handover-pool";

    private final BindingStore bindings;
    private final Handovers handovers;
    private final Messenger messenger;
    private final StaffNames names;
    private final Places places;

    HandoverNotices(BindingStore bindings, Handovers handovers, Messenger messenger, StaffNames names, Places places) {
        this.bindings = bindings;
        this.handovers = handovers;
        this.messenger = messenger;
        this.names = names;
        this.places = places;
    }

    @ApplicationModuleListener
    void on(CustomersHandedOver h) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("store", places.find(h.brandId(), h.storeId()).map(PlaceRef::name).orElse(""));
        if (h.toGuideId() != null) {
            parameters.put("guide", names.of(h.brandId(), List.of(h.toGuideId())).getOrDefault(h.toGuideId(), ""));
        }
        String template = h.toGuideId() == null ? TO_POOL : TO_GUIDE;
        int notified = 0;
        int refused = 0;
        for (UUID customer : bindings.customersOf(h.handoverId())) {
            Delivery d = messenger.send(new OutgoingMessage(h.brandId(), customer, MessageChannel.SMS,
                    MessagePurpose.MARKETING, template, parameters, "guide-handover:" + h.handoverId()));
            if (d.status() == Delivery.Status.SENT) {
                notified++;
            } else {
                refused++;
            }
        }
        handovers.told(h.handoverId(), notified, refused);
    }
}
