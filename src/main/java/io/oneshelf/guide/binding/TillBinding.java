package io.oneshelf.guide.binding;

import io.oneshelf.guide.roster.GuideAccess;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderPaid;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Serving a customer binds them: a paid sale at the till or a guide's order (代客下單) for a member, credited to a
 * guide, binds the customer to that guide unless they are bound already ({@link BindingPolicy}). Heard twice, the
 * second finds them bound to the same guide and changes nothing.
 */
@Component
class TillBinding {

    private final Bindings bindings;
    private final GuideAccess guides;

    TillBinding(Bindings bindings, GuideAccess guides) {
        this.bindings = bindings;
        this.guides = guides;
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        if (paid.customerId() == null || paid.guideId() == null || paid.channel() == OrderChannel.ONLINE) {
            return;
        }
        guides.guide(paid.brandId(), paid.guideId()).ifPresent(guide -> bindings.bind(new Bindings.Bind(
                paid.brandId(), paid.customerId(), guide.id(), guide.storeId().orElseThrow(), Binding.Source.TILL,
                null)));
    }
}
