package com.bank.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
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
    @DisplayName("the shared kernel (lifecycle, system) depends on no feature module")
    void kernelDependsOnNoFeature() {
        for (String kernel : List.of("lifecycle", "system")) {
            assertThat(MODULES.getModuleByName(kernel).orElseThrow().getDependencies(MODULES).uniqueModules()
                    .map(ApplicationModule::getName).filter(name -> !List.of("lifecycle", "system").contains(name)))
                    .as(kernel).isEmpty();
        }
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
