package io.oneshelf.order.pricing;

import java.util.List;
import org.springframework.stereotype.Component;

/** Checkout pricing: every {@link PricingStep} bean, in order, over one basket. */
@Component
public class PricingPipeline {

    private final List<PricingStep> steps;

    /** Spring hands the steps sorted by their {@code @Order}. */
    PricingPipeline(List<PricingStep> steps) {
        this.steps = List.copyOf(steps);
    }

    public Checkout price(Checkout checkout) {
        steps.forEach(step -> step.apply(checkout));
        return checkout;
    }
}
