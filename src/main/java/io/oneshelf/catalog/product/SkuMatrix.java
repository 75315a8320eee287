package io.oneshelf.catalog.product;

import io.oneshelf.platform.Rejection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates the variants of a product as the cartesian product of its spec attributes, in the order the values
 * are given (中杯/冰, 中杯/熱, 大杯/冰, …). The n-th variant is coded {@code <spuCode>-<n>} and named after the
 * product and its values, unless an explicit entry for the same combination gives a code; explicit entries also
 * bring barcodes. A product without spec attributes has exactly one variant.
 */
public final class SkuMatrix {

    static final int MAX_VARIANTS = 400;

    /** What the caller may say about one combination. */
    public record SkuInput(String code, Map<String, String> specs, List<String> barcodes) {
    }

    /** A variant to be created. */
    public record SkuDraft(String code, String name, Map<String, String> specs, List<String> barcodes) {
    }

    private SkuMatrix() {
    }

    public static List<SkuDraft> generate(String spuCode, String spuName, List<SpecAttribute> attributes,
                                   List<SkuInput> explicit) {
        checkAttributes(attributes);
        List<Map<String, String>> combinations = combinations(attributes);
        Map<Map<String, String>, SkuInput> given = explicitByCombination(explicit, new HashSet<>(combinations));
        List<SkuDraft> drafts = new ArrayList<>();
        for (int n = 0; n < combinations.size(); n++) {
            Map<String, String> specs = combinations.get(n);
            SkuInput input = given.get(specs);
            String code = input == null || input.code() == null || input.code().isBlank()
                    ? spuCode + "-" + (n + 1) : input.code().trim();
            String name = specs.isEmpty() ? spuName : spuName + " " + String.join(" ", specs.values());
            drafts.add(new SkuDraft(code, name, specs, input == null || input.barcodes() == null
                    ? List.of() : List.copyOf(input.barcodes())));
        }
        checkCodes(drafts);
        return drafts;
    }

    private static void checkAttributes(List<SpecAttribute> attributes) {
        Set<String> names = new HashSet<>();
        long variants = 1;
        for (int i = 0; i < attributes.size(); i++) {
            SpecAttribute a = attributes.get(i);
            if (!names.add(a.name())) {
                throw Rejection.invalid("specAttributes[" + i + "].name", "catalog.spec.name-twice");
            }
            if (new HashSet<>(a.values()).size() != a.values().size()) {
                throw Rejection.invalid("specAttributes[" + i + "].values", "catalog.spec.value-twice");
            }
            variants *= a.values().size();
            if (variants > MAX_VARIANTS) {
                throw Rejection.invalid("specAttributes", "catalog.spec.too-many-variants", MAX_VARIANTS);
            }
        }
    }

    static List<Map<String, String>> combinations(List<SpecAttribute> attributes) {
        List<Map<String, String>> result = new ArrayList<>();
        result.add(new LinkedHashMap<>());
        for (SpecAttribute attribute : attributes) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : result) {
                for (String value : attribute.values()) {
                    Map<String, String> combination = new LinkedHashMap<>(partial);
                    combination.put(attribute.name(), value);
                    next.add(combination);
                }
            }
            result = next;
        }
        return result;
    }

    private static Map<Map<String, String>, SkuInput> explicitByCombination(List<SkuInput> explicit,
                                                                           Set<Map<String, String>> valid) {
        Map<Map<String, String>, SkuInput> given = new HashMap<>();
        for (int i = 0; i < explicit.size(); i++) {
            Map<String, String> specs = explicit.get(i).specs() == null ? Map.of() : explicit.get(i).specs();
            if (!valid.contains(specs)) {
                throw Rejection.invalid("skus[" + i + "].specs", "catalog.spec.not-a-combination");
            }
            if (given.putIfAbsent(specs, explicit.get(i)) != null) {
                throw Rejection.invalid("skus[" + i + "].specs", "catalog.spec.same-combination");
            }
        }
        return given;
    }

    private static void checkCodes(List<SkuDraft> drafts) {
        Set<String> codes = new HashSet<>();
        Set<String> barcodes = new HashSet<>();
        for (SkuDraft draft : drafts) {
            if (!codes.add(draft.code())) {
                throw Rejection.invalid("skus", "catalog.sku.code-twice", draft.code());
            }
            for (String barcode : draft.barcodes()) {
                BarcodePolicy.require("skus", barcode);
                if (!barcodes.add(barcode)) {
                    throw Rejection.invalid("skus", "catalog.barcode.twice", barcode);
                }
            }
        }
    }
}
