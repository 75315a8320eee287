package io.oneshelf;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The business modules and their allowed dependencies; a forbidden dependency fails the build here. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(OneShelfApplication.class);

    @Test
    void module_boundaries_are_respected() {
        modules.verify();
    }

    @Test
    void module_documentation_is_written() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
