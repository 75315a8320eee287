package io.oneshelf;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The naming and wiring habits of ENGINEERING.md, enforced. */
class CleanCodeTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.oneshelf");

    @Test
    void no_dumping_ground_or_layer_suffix_names() {
        noClasses().should().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("DO")
                .orShould().haveSimpleNameEndingWith("VO")
                .orShould().haveSimpleNameEndingWith("BO")
                .check(classes);
    }

    @Test
    void dependencies_come_through_constructors() {
        noFields().should().beAnnotatedWith(Autowired.class).check(classes);
    }

    @Test
    void the_platform_depends_on_no_business_module() {
        noClasses().that().resideInAPackage("io.oneshelf.platform..")
                .should().dependOnClassesThat().resideInAPackage("io.oneshelf.org..")
                .check(classes);
    }
}
