package io.oneshelf.catalog.product;

import io.oneshelf.catalog.product.SkuMatrix.SkuDraft;
import io.oneshelf.catalog.product.SkuMatrix.SkuInput;
import io.oneshelf.platform.Rejection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variants an existing product gains, and nothing else: new values of its spec attributes bring every
 * combination holding at least one new value (exactly the combinations that could not exist before), or one
 * explicit combination adds one variant (its new values join the attributes without multiplying). Attributes
 * themselves cannot be added: the existing variants would have no value for them. New variants are coded
 * {@code <spuCode>-<n>}, n counting on from the number of variants and skipping codes already in use, unless an
 * explicit code is given.
 */
final class NewVariants {

    static final int MAX_VALUES = 30;

    /** The product's spec attributes after the change and the variants to create. */
    record Plan(List<SpecAttribute> attributes, List<SkuDraft> drafts) {
    }

    private NewVariants() {
    }

    /**
     * @param additions the new values per existing attribute
     * @param explicit  optional codes and barcodes for some of the new combinations
     * @param taken     SKU codes of the brand already in use
     */
    static Plan fromValues(Product product, List<SpecAttribute> additions, List<SkuInput> explicit,
                           Set<String> taken) {
        Map<String, Set<String>> added = checkedAdditions(product.specAttributes(), additions);
        List<SpecAttribute> attributes = product.specAttributes().stream()
                .map(a -> extended(a, added.getOrDefault(a.name(), Set.of()))).toList();
        if (SkuMatrix.combinations(attributes).size() > SkuMatrix.MAX_VARIANTS) {
            throw Rejection.invalid("specAttributes", "catalog.spec.too-many-variants", SkuMatrix.MAX_VARIANTS);
        }
        List<Map<String, String>> fresh = SkuMatrix.combinations(attributes).stream()
                .filter(c -> c.entrySet().stream().anyMatch(e -> added.getOrDefault(e.getKey(), Set.of())
                        .contains(e.getValue())))
                .toList();
        Map<Map<String, String>, SkuInput> given = explicitByCombination(explicit, new HashSet<>(fresh));
        Codes codes = new Codes(product, taken, given.values());
        List<SkuDraft> drafts = new ArrayList<>();
        for (Map<String, String> specs : fresh) {
            SkuInput input = given.get(specs);
            drafts.add(draft(product, specs, input == null ? null : input.code(),
                    input == null || input.barcodes() == null ? List.of() : input.barcodes(), codes));
        }
        checkCodes("skus", "skus", drafts);
        return new Plan(attributes, drafts);
    }

    /** One variant with the given value of every attribute; its code and barcodes are optional. */
    static Plan fromCombination(Product product, SkuInput input, Set<String> taken) {
        Map<String, String> specs = checkedCombination(product, input.specs() == null ? Map.of() : input.specs());
        List<SpecAttribute> attributes = product.specAttributes().stream()
                .map(a -> extended(a, Set.of(specs.get(a.name())))).toList();
        for (SpecAttribute a : attributes) {
            if (a.values().size() > MAX_VALUES) {
                throw Rejection.invalid("specs", "catalog.spec.too-many-values", a.name(), MAX_VALUES);
            }
        }
        SkuDraft draft = draft(product, specs, input.code(),
                input.barcodes() == null ? List.of() : input.barcodes(), new Codes(product, taken, List.of(input)));
        checkCodes("code", "barcodes", List.of(draft));
        return new Plan(attributes, List.of(draft));
    }

    private static Map<String, Set<String>> checkedAdditions(List<SpecAttribute> existing,
                                                             List<SpecAttribute> additions) {
        Map<String, SpecAttribute> byName = new HashMap<>();
        existing.forEach(a -> byName.put(a.name(), a));
        Map<String, Set<String>> added = new LinkedHashMap<>();
        for (int i = 0; i < additions.size(); i++) {
            SpecAttribute addition = additions.get(i);
            SpecAttribute current = byName.get(addition.name());
            if (current == null) {
                throw Rejection.invalid("specAttributes[" + i + "].name", existing.isEmpty()
                        ? "catalog.spec.unknown-none" : "catalog.spec.unknown-of", String.join(", ", byName.keySet()));
            }
            if (added.containsKey(addition.name())) {
                throw Rejection.invalid("specAttributes[" + i + "].name", "catalog.spec.name-twice");
            }
            Set<String> values = new LinkedHashSet<>(addition.values());
            if (values.size() != addition.values().size()) {
                throw Rejection.invalid("specAttributes[" + i + "].values", "catalog.spec.value-twice");
            }
            for (String value : values) {
                if (current.values().contains(value)) {
                    throw Rejection.conflict("specAttributes[" + i + "].values",
                            "catalog.spec.value-exists", addition.name(), value);
                }
            }
            if (current.values().size() + values.size() > MAX_VALUES) {
                throw Rejection.invalid("specAttributes[" + i + "].values",
                        "catalog.spec.too-many-values", addition.name(), MAX_VALUES);
            }
            added.put(addition.name(), values);
        }
        return added;
    }

    private static Map<String, String> checkedCombination(Product product, Map<String, String> specs) {
        Set<String> names = new LinkedHashSet<>();
        product.specAttributes().forEach(a -> names.add(a.name()));
        for (String name : specs.keySet()) {
            if (!names.contains(name)) {
                throw Rejection.invalid("specs", "catalog.spec.unknown", name);
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String name : names) {
            String value = specs.get(name);
            if (value == null || value.isBlank()) {
                throw Rejection.invalid("specs", "catalog.spec.needs-value", name);
            }
            ordered.put(name, value.trim());
        }
        product.skus().stream().filter(s -> s.specs().equals(ordered)).findFirst().ifPresent(s -> {
            throw Rejection.conflict("specs", "catalog.spec.sku-has-values", s.code());
        });
        return ordered;
    }

    private static SpecAttribute extended(SpecAttribute attribute, Set<String> values) {
        List<String> all = new ArrayList<>(attribute.values());
        values.stream().filter(v -> !all.contains(v)).forEach(all::add);
        return new SpecAttribute(attribute.name(), all);
    }

    private static Map<Map<String, String>, SkuInput> explicitByCombination(List<SkuInput> explicit,
                                                                           Set<Map<String, String>> fresh) {
        Map<Map<String, String>, SkuInput> given = new HashMap<>();
        for (int i = 0; i < explicit.size(); i++) {
            Map<String, String> specs = explicit.get(i).specs() == null ? Map.of() : explicit.get(i).specs();
            if (!fresh.contains(specs)) {
                throw Rejection.invalid("skus[" + i + "].specs", "catalog.spec.not-new");
            }
            if (given.putIfAbsent(specs, explicit.get(i)) != null) {
                throw Rejection.invalid("skus[" + i + "].specs", "catalog.spec.same-combination");
            }
        }
        return given;
    }

    private static SkuDraft draft(Product product, Map<String, String> specs, String code, List<String> barcodes,
                                  Codes codes) {
        String name = specs.isEmpty() ? product.name() : product.name() + " " + String.join(" ", specs.values());
        return new SkuDraft(code == null || code.isBlank() ? codes.next() : code.trim(), name, specs,
                List.copyOf(barcodes));
    }

    private static void checkCodes(String codeField, String barcodeField, List<SkuDraft> drafts) {
        Set<String> codes = new HashSet<>();
        Set<String> barcodes = new HashSet<>();
        for (SkuDraft draft : drafts) {
            if (!codes.add(draft.code())) {
                throw Rejection.invalid(codeField, "catalog.sku.code-twice", draft.code());
            }
            for (String barcode : draft.barcodes()) {
                BarcodePolicy.require(barcodeField, barcode);
                if (!barcodes.add(barcode)) {
                    throw Rejection.invalid(barcodeField, "catalog.barcode.twice", barcode);
                }
            }
        }
    }

    /** Hands out {@code <spuCode>-<n>} codes that neither the brand nor this request uses yet. */
    private static final class Codes {

        private final String prefix;
        private final Set<String> used = new HashSet<>();
        private int n;

        Codes(Product product, Set<String> taken, Iterable<SkuInput> explicit) {
            this.prefix = product.code() + "-";
            this.n = product.skus().size();
            used.addAll(taken);
            product.skus().forEach(s -> used.add(s.code()));
            explicit.forEach(i -> {
                if (i.code() != null && !i.code().isBlank()) {
                    used.add(i.code().trim());
                }
            });
        }

        String next() {
            String code;
            do {
                code = prefix + ++n;
            } while (used.contains(code));
            used.add(code);
            return code;
        }
    }
}
