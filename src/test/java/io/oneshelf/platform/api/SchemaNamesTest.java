package io.oneshelf.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.oas.models.media.ObjectSchema;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaNamesTest {

    static class TransferRequests {
        record Count(long quantity) {
        }

        record Line(long quantity) {
        }
    }

    static class ReservationRequests {
        record Line(long quantity) {
        }
    }

    static class ProductSearch {
        record ProductSummary(String name) {
        }
    }

    @Test
    void nested_types_are_named_after_their_enclosing_type_unless_their_name_says_it() {
        assertThat(SchemaNames.nameOf(TransferRequests.Count.class)).isEqualTo("TransferCount");
        assertThat(SchemaNames.nameOf(TransferRequests.Line.class)).isEqualTo("TransferLine");
        assertThat(SchemaNames.nameOf(ReservationRequests.Line.class)).isEqualTo("ReservationLine");
        assertThat(SchemaNames.nameOf(ProductSearch.ProductSummary.class)).isEqualTo("ProductSummary");
        assertThat(SchemaNames.nameOf(String.class)).isEqualTo("String");
    }

    @Test
    void a_name_given_to_two_java_types_is_reported() {
        SchemaNames names = new SchemaNames();
        names.resolve(new AnnotatedType(TransferRequests.Line.class), null, alwaysNamed("Line"));
        names.resolve(new AnnotatedType(TransferRequests.Line.class), null, alwaysNamed("Line"));
        assertThat(names.collisions()).isEmpty();

        names.resolve(new AnnotatedType(ReservationRequests.Line.class), null, referredTo("Line"));

        assertThat(names.collisions()).containsOnlyKeys("Line");
        assertThat(names.collisions().get("Line")).hasSize(2);
    }

    /** A property's type comes back as a reference to its component, not as the component itself. */
    private static Iterator<ModelConverter> referredTo(String name) {
        ModelConverter referred = (type, context, chain) -> new ObjectSchema().$ref("#/components/schemas/" + name);
        return List.of(referred).iterator();
    }

    /** The rest of the converter chain, answering a schema of the given name whatever it is asked. */
    private static Iterator<ModelConverter> alwaysNamed(String name) {
        ModelConverter named = (type, context, chain) -> new ObjectSchema().name(name);
        return List.of(named).iterator();
    }
}
