package io.oneshelf.platform.api;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.AnnotationsUtils;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Gives every schema of the published contract a unique name. By default a schema is named by the simple name of
 * its Java type, so two nested records called {@code Line} were merged into one schema and a generated client lost
 * fields. A nested type is named after its enclosing type instead ({@code TransferRequests.Count} becomes
 * {@code TransferCount}) unless its own name already says so ({@code CreateProduct}, {@code ProductSummary}).
 * Every name given is remembered with its Java type, so that a name still shared by two types shows up in
 * {@link #collisions()}.
 */
@Component
public class SchemaNames implements ModelConverter {

    private static final String SUFFIXES = "(Controller|Requests|Views|View|Service|Queries)$";

    private final Map<String, Set<String>> typesByName = new ConcurrentHashMap<>();

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        JavaType javaType = Json.mapper().constructType(type.getType());
        if (type.getName() == null && named(javaType)) {
            type.name(nameOf(javaType.getRawClass()));
        }
        Schema<?> schema = chain.next().resolve(type, context, chain);
        String name = schemaName(schema);
        if (name != null && !javaType.isContainerType()) {
            typesByName.computeIfAbsent(name, n -> new TreeSet<>()).add(javaType.toCanonical());
        }
        return schema;
    }

    /** The component a resolved type became: named in full, or (a property's type) referred to. */
    private static String schemaName(Schema<?> schema) {
        if (schema == null) {
            return null;
        }
        if (schema.get$ref() != null) {
            return schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
        }
        return schema.getName();
    }

    /** Schema names given to more than one Java type, with those types; empty when every name is exact. */
    public Map<String, Set<String>> collisions() {
        Map<String, Set<String>> shared = new TreeMap<>();
        typesByName.forEach((name, types) -> {
            if (types.size() > 1) {
                shared.put(name, Set.copyOf(types));
            }
        });
        return shared;
    }

    /** The name of a nested type: prefixed with its enclosing type's capability unless it already names it. */
    static String nameOf(Class<?> type) {
        Class<?> outer = type.getEnclosingClass();
        if (outer == null) {
            return type.getSimpleName();
        }
        String prefix = outer.getSimpleName().replaceFirst(SUFFIXES, "");
        String name = type.getSimpleName();
        return name.contains(prefix) || name.startsWith(stem(prefix)) ? name : prefix + name;
    }

    /** The first word of a type name without a plural s: Barcodes -> Barcode, ProductSearch -> Product. */
    private static String stem(String name) {
        int end = 1;
        while (end < name.length() && !Character.isUpperCase(name.charAt(end))) {
            end++;
        }
        String word = name.substring(0, end);
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    private static boolean named(JavaType type) {
        Class<?> raw = type.getRawClass();
        return raw.getEnclosingClass() != null && type.containedTypeCount() == 0
                && raw.getName().startsWith("io.oneshelf.") && !hasSchemaName(raw);
    }

    private static boolean hasSchemaName(Class<?> raw) {
        io.swagger.v3.oas.annotations.media.Schema schema = AnnotationsUtils.getSchemaDeclaredAnnotation(raw);
        return schema != null && !schema.name().isBlank();
    }
}
