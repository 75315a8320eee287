package io.oneshelf.catalog.exchange;

import io.oneshelf.catalog.product.SkuMatrix;
import io.oneshelf.catalog.product.SpecAttribute;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spec attributes of a new product, gathered from its rows: attribute names in the order of its first row,
 * values in the order they first appear. The catalog makes a product's variants the full combination of its
 * spec values ({@link SkuMatrix}), so the rows of a new product must give every combination exactly once.
 */
final class VariantMatrix {

    private static final int SHOWN = 5;

    private final Sheet sheet;
    private final List<RowError> errors;

    VariantMatrix(Sheet sheet, List<RowError> errors) {
        this.sheet = sheet;
        this.errors = errors;
    }

    List<SpecAttribute> attributes(List<ProductLine> group, boolean complete) {
        ProductLine first = group.get(0);
        List<String> names = new ArrayList<>(specs(first).keySet());
        Map<String, Set<String>> values = new LinkedHashMap<>();
        names.forEach(n -> values.put(n, new LinkedHashSet<>()));
        Map<Map<String, String>, Integer> rowOf = new HashMap<>();
        boolean consistent = true;
        for (ProductLine line : group) {
            Map<String, String> specs = specs(line);
            if (!specs.keySet().equals(Set.copyOf(names))) {
                consistent = false;
                error(line, Message.of("import.specs.differ", describe(specs.keySet()), first.row(), describe(names)));
                continue;
            }
            Integer earlier = rowOf.putIfAbsent(specs, line.row());
            if (earlier != null) {
                consistent = false;
                error(line, specs.isEmpty()
                        ? Message.of("import.specs.needed", line.productCode())
                        : Message.of("import.specs.repeated", earlier));
                continue;
            }
            specs.forEach((name, value) -> values.get(name).add(value));
        }
        List<SpecAttribute> attributes = names.stream()
                .map(n -> new SpecAttribute(n, List.copyOf(values.get(n)))).toList();
        if (consistent && complete) {
            checkCombinations(group, attributes);
        }
        return attributes;
    }

    private void checkCombinations(List<ProductLine> group, List<SpecAttribute> attributes) {
        ProductLine first = group.get(0);
        List<SkuMatrix.SkuInput> given = group.stream()
                .map(l -> new SkuMatrix.SkuInput(l.skuCode(), specs(l), List.of())).toList();
        try {
            List<SkuMatrix.SkuDraft> drafts = SkuMatrix.generate(first.productCode(), first.productName(),
                    attributes, given);
            Set<Map<String, String>> present = new java.util.HashSet<>(given.stream()
                    .map(SkuMatrix.SkuInput::specs).toList());
            List<String> missing = drafts.stream().map(SkuMatrix.SkuDraft::specs).filter(s -> !present.contains(s))
                    .map(s -> String.join("/", s.values())).toList();
            if (!missing.isEmpty()) {
                String shown = String.join(", ", missing.subList(0, Math.min(SHOWN, missing.size())));
                error(first, missing.size() > SHOWN
                        ? Message.of("import.specs.missing-more", first.productCode(), shown, missing.size() - SHOWN)
                        : Message.of("import.specs.missing", first.productCode(), shown));
            }
        } catch (Rejection e) {
            error(first, e.firstMessage());
        }
    }

    private static Map<String, String> specs(ProductLine line) {
        return line.specs() == null ? Map.of() : line.specs();
    }

    private static Object describe(java.util.Collection<String> names) {
        return names.isEmpty() ? Message.of("import.specs.none") : String.join(", ", names);
    }

    private void error(ProductLine line, Message message) {
        errors.add(RowError.of(sheet, line.row(), SheetColumn.SPECS, message));
    }
}
