package com.bank.complaints;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Issue 14: the capabilities are modules whose boundaries a test enforces, drawn into docs/modules. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(ComplaintDeskApplication.class);

    @Test
    @DisplayName("no module reaches into another's internals and no two modules depend on each other in a cycle")
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    @DisplayName("the module diagram and canvases are written to docs/modules")
    void documentsTheModules() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
